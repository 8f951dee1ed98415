// Reading a document for the command line, and its analysis with the corrections stored beside it
// (FILE.corrections.json). The command line only reads corrections: it never writes that file.
import { readFileSync } from 'node:fs';
import type { Analyzer } from '../core/analyze';
import { applyCorrections, correctionsFileName, parseCorrections } from '../core/corrections';
import type { Analysis } from '../core/types';
import { textOfBytes } from '../core/fileText';

/** The text of a file, or undefined after a message on stderr saying why not. */
export function readDocument(file: string): string | undefined {
  let buffer: Buffer;
  try {
    buffer = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    process.stderr.write(`bulletin: ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (err as Error).message}\n`);
    return undefined;
  }
  const read = textOfBytes(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
  if ('problem' in read) {
    process.stderr.write(`bulletin: ${file}: ${read.problem}\n`);
    return undefined;
  }
  if (read.replaced) process.stderr.write(`bulletin: ${file}: ${read.replaced} byte sequence(s) not UTF-8, read as U+FFFD\n`);
  return read.text;
}

export interface CorrectedAnalysis {
  analysis: Analysis;
  /** A problem with the corrections was reported (the exit code says so). */
  problem: boolean;
}

/** The engine's analysis with the file's stored corrections applied (unless `engineOnly`); problems go to stderr. */
export function analyzeDocument(analyzer: Analyzer, file: string, text: string, engineOnly: boolean): CorrectedAnalysis {
  const analysis = analyzer.analyze(text);
  if (engineOnly) return { analysis, problem: false };
  const path = correctionsFileName(file);
  let json: string;
  try {
    json = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { analysis, problem: false };
    process.stderr.write(`bulletin: ${path}: ${(err as Error).message}; corrections not applied\n`);
    return { analysis, problem: true };
  }
  const parsed = parseCorrections(json);
  if (!parsed.ok) {
    process.stderr.write(`bulletin: ${path}: cannot be read as corrections: ${parsed.error}; the engine's analysis is shown and the file is left as it is\n`);
    return { analysis, problem: true };
  }
  const outcome = applyCorrections(text, analysis, parsed.corrections);
  for (const c of outcome.unresolved) {
    const n = parsed.corrections.indexOf(c) + 1;
    process.stderr.write(`bulletin: ${path}: correction ${n} (${c.action} "${c.anchor.text.replace(/\s+/g, '')}") not applied: its text is no longer in ${file}\n`);
  }
  return { analysis: outcome.analysis, problem: outcome.unresolved.length > 0 };
}
