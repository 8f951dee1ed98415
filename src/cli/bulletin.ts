#!/usr/bin/env node
// bulletin analyze FILE…      readable report per article
// bulletin analyze --json FILE… the full analysis as JSON
// bulletin analyze --jsonl    JSON lines {"id","text"} on stdin, one result line per input line
// bulletin people DIR|FILE…  the who's who of the bulletins (see people.ts)
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Analyzer } from '../core/analyze';
import { loadNodeResources } from '../core/nodeResources';
import { setDefaultResources } from '../core/resources';
import type { AnalyzeOptions } from '../core/types';
import { formatReport } from './report';
import { toJsonlRecord } from './jsonl';
import { checkText } from './inputCheck';
import { isMainThread, workerData } from 'node:worker_threads';
import { parsePeopleArgs, PEOPLE_USAGE, runPeople } from './people';
import { runPeopleWorker } from './peopleWorker';

const USAGE = `usage: bulletin analyze [--json] [--year YYYY] FILE...
       bulletin analyze --jsonl [--year YYYY]   (JSON lines {"id","text"} on stdin)
       ${PEOPLE_USAGE.replace('usage: ', '')}`;

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
    const analysis = analyzer.analyze(text);
    if (args.json) results.push({ file, analysis });
    else process.stdout.write(formatReport(file, text, analysis));
  }
  if (args.json) process.stdout.write(JSON.stringify(results.length === 1 ? results[0] : results, null, 1) + '\n');
  return failures ? 1 : 0;
}

async function main(): Promise<number> {
  if (process.argv[2] === 'people') {
    const people = parsePeopleArgs(process.argv.slice(3));
    if (typeof people === 'string') {
      process.stderr.write(`bulletin: ${people}\n${PEOPLE_USAGE}\n`);
      return 2;
    }
    return runPeople(people, __filename);
  }
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write(`bulletin: ${args}\n${USAGE}\n`);
    return 2;
  }
  setDefaultResources(loadNodeResources);
  const analyzer = new Analyzer(args.options);
  return args.jsonl ? runJsonl(analyzer) : runFiles(analyzer, args);
}

// The same bundle is the worker thread of `bulletin people`.
if (!isMainThread && (workerData as { role?: string } | null)?.role === 'people') runPeopleWorker();
else {
  main().then(
    (code) => (process.exitCode = code),
    (err) => {
      process.stderr.write(`bulletin: ${(err as Error).stack ?? err}\n`);
      process.exitCode = 1;
    },
  );
}
