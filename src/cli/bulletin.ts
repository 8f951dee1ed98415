// The command line (dist/cli-bundle.js, started by dist/cli.js: see launch.ts).
// bulletin analyze FILE…      readable report per article
// bulletin analyze --json FILE… the full analysis as JSON
// bulletin analyze --jsonl    JSON lines {"id","text"} on stdin, one result line per input line
// bulletin export FILE… --format brat|conll|jsonl|csv|json [--out DIR]
// bulletin compare FILE LAYER  a brat .ann or JSONL layer against the analysis
// bulletin people DIR|FILE…  the who's who of the bulletins (see people.ts)
// FILE's corrections (FILE.corrections.json) are applied unless --no-corrections.
// Only what `analyze` needs is loaded at start: a cold `analyze --jsonl` is timed against nodejieba
// (bench/coldStart.ts). The other commands, reports and corrections load when used.
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Analyzer } from '../core/analyze';
import { yearFromPath } from '../core/pathDate';
import { loadNodeResources } from '../core/nodeResources';
import { setDefaultResources } from '../core/resources';
import type { AnalyzeOptions } from '../core/types';
import { toJsonlRecord } from './jsonl';
import { withoutOptimiser } from './coldStart';
import { EXPORT_FORMATS, PEOPLE_USAGE, PEOPLE_WORKER_ARG, type CliExportFormat } from './commands';

const USAGE = `usage: bulletin analyze [--json] [--year YYYY] [--no-corrections] FILE...
       bulletin analyze --jsonl [--year YYYY]   (JSON lines {"id","text"} on stdin)
       bulletin export --format brat|conll|jsonl|csv|json [--out DIR] [--no-corrections] FILE...
       bulletin compare [--no-corrections] FILE LAYER.ann|LAYER.jsonl
       ${PEOPLE_USAGE.replace('usage: ', '')}`;

interface Args {
  command: 'analyze' | 'export' | 'compare';
  json: boolean;
  jsonl: boolean;
  files: string[];
  options: AnalyzeOptions;
  /** The engine alone, without the corrections stored beside the file. */
  noCorrections: boolean;
  format?: CliExportFormat;
  out?: string;
}

function parseArgs(argv: string[]): Args | string {
  const [command, ...rest] = argv;
  if (command !== 'analyze' && command !== 'export' && command !== 'compare') return command ? `unknown command "${command}"` : 'no command given';
  const args: Args = { command, json: false, jsonl: false, files: [], options: {}, noCorrections: false };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--json') args.json = true;
    else if (a === '--jsonl') args.jsonl = true;
    else if (a === '--no-corrections') args.noCorrections = true;
    else if (a === '--format' && command === 'export') {
      const f = rest[++i];
      if (!(EXPORT_FORMATS as readonly string[]).includes(f)) return `--format needs one of ${EXPORT_FORMATS.join(', ')}, got "${f ?? ''}"`;
      args.format = f as CliExportFormat;
    } else if (a === '--out' && command === 'export') {
      if (!rest[i + 1]) return '--out needs a folder';
      args.out = rest[++i];
    } else if (a === '--year') {
      const y = Number(rest[++i]);
      if (!Number.isInteger(y)) return `--year needs a whole number, got "${rest[i] ?? ''}"`;
      args.options.referenceYear = y;
    } else if (a.startsWith('--')) return `unknown option ${a}`;
    else args.files.push(a);
  }
  if (!args.jsonl && args.files.length === 0) return 'no file given';
  if (command === 'export' && !args.format) return 'export needs --format';
  if (command === 'compare' && args.files.length !== 2) return 'compare needs a FILE and a LAYER';
  return args;
}

async function runJsonl(analyzer: Analyzer): Promise<number> {
  let failures = 0;
  let lineNo = 0;
  let analysed = 0;
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
    const text = input.text;
    const analysis = analysed++ === 0 ? withoutOptimiser(() => analyzer.analyze(text)) : analyzer.analyze(text);
    process.stdout.write(JSON.stringify(toJsonlRecord(input.id ?? null, analysis)) + '\n');
  }
  return failures ? 1 : 0;
}

async function runFiles(analyzer: Analyzer, args: Args): Promise<number> {
  const { analyzeDocument, readDocument } = await import('./documents.js');
  const { compareLayer } = await import('./compareLayer.js');
  const { exportDocument } = await import('./exportFiles.js');
  const { formatReport } = await import('./report.js');
  let failures = 0;
  const results: Array<{ file: string; analysis: unknown }> = [];
  const files = args.command === 'compare' ? args.files.slice(0, 1) : args.files;
  for (const file of files) {
    const text = readDocument(file);
    if (text === undefined) {
      failures++;
      continue;
    }
    // Each file its own Analyzer when its name or folder gives a year (2019-10-12.txt).
    const fileYear = yearFromPath(resolve(file));
    const fileAnalyzer = fileYear === undefined ? analyzer : new Analyzer({ ...args.options, fileYear });
    const analyzeIt = () => analyzeDocument(fileAnalyzer, file, text, args.noCorrections);
    const { analysis, problem } = file === files[0] ? withoutOptimiser(analyzeIt) : analyzeIt();
    if (problem) failures++;
    if (args.command === 'compare') failures += compareLayer(file, text, analysis, args.files[1]);
    else if (args.command === 'export') exportDocument(args.format!, file, text, analysis, args.out);
    else if (args.json) results.push({ file, analysis });
    else process.stdout.write(formatReport(file, text, analysis));
  }
  if (args.json && args.command === 'analyze') process.stdout.write(JSON.stringify(results.length === 1 ? results[0] : results, null, 1) + '\n');
  return failures ? 1 : 0;
}

async function main(): Promise<number> {
  if (process.argv[2] === 'people') {
    const { parsePeopleArgs, runPeople } = await import('./people.js');
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
  return args.jsonl && args.command === 'analyze' ? runJsonl(analyzer) : runFiles(analyzer, args);
}

/** Runs the worker thread of `bulletin people` (the same bundle, started with PEOPLE_WORKER_ARG); false on the main thread. */
async function runAsWorker(): Promise<boolean> {
  if (process.argv[2] !== PEOPLE_WORKER_ARG) return false;
  // require, not import(): the bundle runs as a vm.Script (launch.ts), which has no dynamic import.
  const { isMainThread, workerData } = require('node:worker_threads') as typeof import('node:worker_threads');
  if (isMainThread || (workerData as { role?: string } | null)?.role !== 'people') return false;
  (await import('./peopleWorker.js')).runPeopleWorker();
  return true;
}

runAsWorker()
  .then((worker) => (worker ? undefined : main().then((code) => (process.exitCode = code))))
  .catch((err) => {
    process.stderr.write(`bulletin: ${(err as Error).stack ?? err}\n`);
    process.exitCode = 1;
  });
