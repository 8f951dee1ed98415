// A worker thread of `bulletin people`: reads each file it is sent, analyses it and answers its
// digest (or why it could not be read). The same bundle (dist/cli-bundle.js) runs as the main thread and
// as these workers.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import { applyCorrections, correctionsFileName, parseCorrections } from '../core/corrections';
import type { Analysis } from '../core/types';
import { loadNodeResources } from '../core/nodeResources';
import { setDefaultResources } from '../core/resources';
import { digestOf, type DocumentDigest } from '../core/whoswho';
import { textOfBytes } from '../core/fileText';

export interface PeopleTask {
  index: number;
  path: string;
  /** Leave the corrections stored beside the file unread (--no-corrections). */
  engineOnly?: boolean;
}

/** A digest, with what went wrong with the file's corrections (`notes`), or why the file could not be read. */
export type PeopleAnswer = { index: number; digest: DocumentDigest; notes: string[] } | { index: number; problem: string };

export function readDigest(path: string, engineOnly = false): { digest: DocumentDigest; notes: string[] } | { problem: string } {
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { problem: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (err as Error).message };
  }
  const read = textOfBytes(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
  if ('problem' in read) return { problem: read.problem };
  const { text } = read;
  try {
    const notes: string[] = [];
    const analysis = engineOnly ? analyze(text) : corrected(path, text, analyze(text), notes);
    return { digest: digestOf(text, analysis), notes };
  } catch (err) {
    return { problem: `analysis failed: ${(err as Error).message}` };
  }
}

/** The analysis with the corrections stored beside the file (FILE.corrections.json), as `bulletin analyze` applies them. */
function corrected(path: string, text: string, analysis: Analysis, notes: string[]): Analysis {
  const file = correctionsFileName(path);
  let json: string;
  try {
    json = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') notes.push(`${file}: ${(err as Error).message}; corrections not applied`);
    return analysis;
  }
  const parsed = parseCorrections(json);
  if (!parsed.ok) {
    notes.push(`${file}: cannot be read as corrections: ${parsed.error}; the engine's analysis is used and the file is left as it is`);
    return analysis;
  }
  const outcome = applyCorrections(text, analysis, parsed.corrections);
  for (const c of outcome.unresolved) notes.push(`${file}: correction "${c.anchor.text.replace(/\s+/g, '')}" not applied: its text is no longer in the file`);
  return outcome.analysis;
}

export function runPeopleWorker(): void {
  const port = parentPort!;
  setDefaultResources(loadNodeResources);
  port.on('message', (task: PeopleTask) => {
    const answer: PeopleAnswer = { index: task.index, ...readDigest(task.path, task.engineOnly) };
    port.postMessage(answer);
  });
}
