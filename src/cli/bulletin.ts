#!/usr/bin/env node
// bulletin analyze FILE…      readable report per article
// bulletin analyze --json FILE… the full analysis as JSON
// bulletin analyze --jsonl    JSON lines {"id","text"} on stdin, one result line per input line
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Analyzer } from '../core/analyze';
import { yearFromPath } from '../core/fileYear';
import { loadNodeResources } from '../core/nodeResources';
import { setDefaultResources } from '../core/resources';
import type { AnalyzeOptions } from '../core/types';
import { formatReport } from './report';
import { toJsonlRecord } from './jsonl';
import { checkText } from './inputCheck';

const USAGE = `usage: bulletin analyze [--json] [--year YYYY] FILE...
       bulletin analyze --jsonl [--year YYYY]   (JSON lines {"id","text"} on stdin)`;

interface Args {
  json: boolean;
  jsonl: boolean;
  files: string[];
  options: AnalyzeOptions;
}

function parseArgs(argv: string[]): Args | string {
  const [command, ...rest] = argv;
  if (command !== 'analyze') return command ? `unknown command "${command}"` : 'no command given';
  const args: Args = { json: false, jsonl: false, files: [], options: {} };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--json') args.json = true;
    else if (a === '--jsonl') args.jsonl = true;
    else if (a === '--year') {
      const y = Number(rest[++i]);
      if (!Number.isInteger(y)) return `--year needs a whole number, got "${rest[i] ?? ''}"`;
      args.options.referenceYear = y;
    } else if (a.startsWith('--')) return `unknown option ${a}`;
    else args.files.push(a);
  }
  if (!args.jsonl && args.files.length === 0) return 'no file given';
  return args;
}

async function runJsonl(analyzer: Analyzer): Promise<number> {
  let failures = 0;
  let lineNo = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    let input: { id?: unknown; text?: unknown };
    try {
      input = JSON.parse(line);
    } catch (err) {
      failures++;
      process.stderr.write(`bulletin: stdin line ${lineNo}: invalid JSON (${(err as Error).message})\n`);
      process.stdout.write(JSON.stringify({ id: null, line: lineNo, error: 'invalid JSON' }) + '\n');
      continue;
    }
    if (typeof input !== 'object' || input === null || typeof input.text !== 'string') {
      failures++;
      process.stderr.write(`bulletin: stdin line ${lineNo}: expected an object with a string "text"\n`);
      process.stdout.write(JSON.stringify({ id: input?.id ?? null, line: lineNo, error: 'no text' }) + '\n');
      continue;
    }
    const analysis = analyzer.analyze(input.text);
    process.stdout.write(JSON.stringify(toJsonlRecord(input.id ?? null, analysis)) + '\n');
  }
  return failures ? 1 : 0;
}

function runFiles(analyzer: Analyzer, args: Args): number {
  let failures = 0;
  const results: Array<{ file: string; analysis: unknown }> = [];
  for (const file of args.files) {
    let buffer: Buffer;
    try {
      buffer = readFileSync(file);
    } catch (err) {
      failures++;
      const code = (err as NodeJS.ErrnoException).code;
      process.stderr.write(`bulletin: ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (err as Error).message}\n`);
      continue;
    }
    const problem = checkText(buffer);
    if (problem) {
      failures++;
      process.stderr.write(`bulletin: ${file}: ${problem}\n`);
      continue;
    }
    const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
    // Each file its own Analyzer: the year its name or folder gives (2019-10-12.txt) is its own.
    const fileYear = yearFromPath(resolve(file));
    const analysis = (fileYear === undefined ? analyzer : new Analyzer({ ...args.options, fileYear })).analyze(text);
    if (args.json) results.push({ file, analysis });
    else process.stdout.write(formatReport(file, text, analysis));
  }
  if (args.json) process.stdout.write(JSON.stringify(results.length === 1 ? results[0] : results, null, 1) + '\n');
  return failures ? 1 : 0;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write(`bulletin: ${args}\n${USAGE}\n`);
    return 2;
  }
  setDefaultResources(loadNodeResources);
  const analyzer = new Analyzer(args.options);
  return args.jsonl ? runJsonl(analyzer) : runFiles(analyzer, args);
}

main().then(
  (code) => (process.exitCode = code),
  (err) => {
    process.stderr.write(`bulletin: ${(err as Error).stack ?? err}\n`);
    process.exitCode = 1;
  },
);
