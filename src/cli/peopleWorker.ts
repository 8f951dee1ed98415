// A worker thread of `bulletin people`: reads each file it is sent, analyses it and answers its
// digest (or why it could not be read). The same bundle (dist/cli.js) runs as the main thread and
// as these workers.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import { loadNodeResources } from '../core/nodeResources';
import { setDefaultResources } from '../core/resources';
import { digestOf, type DocumentDigest } from '../core/whoswho';
import { checkText } from './inputCheck';

export interface PeopleTask {
  index: number;
  path: string;
}

export type PeopleAnswer = { index: number; digest: DocumentDigest } | { index: number; problem: string };

export function readDigest(path: string): { digest: DocumentDigest } | { problem: string } {
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { problem: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (err as Error).message };
  }
  const problem = checkText(buffer);
  if (problem) return { problem };
  const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
  if (text.includes('\uFFFD')) return { problem: 'not UTF-8 text' };
  try {
    return { digest: digestOf(text, analyze(text)) };
  } catch (err) {
    return { problem: `analysis failed: ${(err as Error).message}` };
  }
}

export function runPeopleWorker(): void {
  const port = parentPort!;
  setDefaultResources(loadNodeResources);
  port.on('message', (task: PeopleTask) => {
    const answer: PeopleAnswer = { index: task.index, ...readDigest(task.path) };
    port.postMessage(answer);
  });
}
