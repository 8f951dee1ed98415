// bulletin people DIR|FILE… [--format csv|json] [--jobs N] [--year Y]: the folder's who's who, one
// row per person and post. Files are read and analysed by N worker threads, each asking for the
// next file when done; the digests are merged in the files' order, so every N gives the same table.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { tableRows, toCsv, toJson, whosWho, type DocumentDigest } from '../core/whoswho';
import { findBulletins } from './peopleFiles';
import { PEOPLE_WORKER_ARG } from './commands';
import type { PeopleAnswer } from './peopleWorker';

export interface PeopleArgs {
  paths: string[];
  format: 'csv' | 'json';
  jobs: number;
  year?: number;
  /** --no-corrections: the engine alone, the corrections stored beside each file unread. */
  engineOnly?: boolean;
}

export { PEOPLE_USAGE } from './commands';

export function parsePeopleArgs(rest: string[]): PeopleArgs | string {
  const args: PeopleArgs = { paths: [], format: 'csv', jobs: availableParallelism() };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--format') {
      const f = rest[++i];
      if (f !== 'csv' && f !== 'json') return `--format is csv or json, got "${f ?? ''}"`;
      args.format = f;
    } else if (a === '--jobs') {
      const n = Number(rest[++i]);
      if (!Number.isInteger(n) || n < 1) return `--jobs needs a whole number of at least 1, got "${rest[i] ?? ''}"`;
      args.jobs = n;
    } else if (a === '--year') {
      const y = Number(rest[++i]);
      if (!Number.isInteger(y)) return `--year needs a whole number, got "${rest[i] ?? ''}"`;
      args.year = y;
    } else if (a === '--no-corrections') args.engineOnly = true;
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else args.paths.push(a);
  }
  if (args.paths.length === 0) return 'no file or folder given';
  return args;
}

/** Digests of the files, in their order, by `jobs` worker threads running `script`. */
function readAll(files: string[], jobs: number, engineOnly: boolean, script: string, progress: (done: number) => void): Promise<PeopleAnswer[]> {
  const answers: PeopleAnswer[] = new Array(files.length);
  if (files.length === 0) return Promise.resolve(answers);
  return new Promise((resolve, reject) => {
    let next = 0;
    let done = 0;
    const workers: Worker[] = [];
    const feed = (w: Worker) => {
      if (next < files.length) {
        w.postMessage({ index: next, path: files[next], engineOnly });
        next++;
      }
    };
    const count = Math.min(jobs, files.length);
    for (let i = 0; i < count; i++) {
      const w = new Worker(script, { workerData: { role: 'people' }, argv: [PEOPLE_WORKER_ARG] });
      workers.push(w);
      w.on('message', (answer: PeopleAnswer) => {
        answers[answer.index] = answer;
        done++;
        progress(done);
        if (done === files.length) {
          for (const x of workers) void x.terminate();
          resolve(answers);
        } else feed(w);
      });
      w.on('error', (err) => {
        for (const x of workers) void x.terminate();
        reject(err);
      });
      // Two files in hand each, so a worker never waits for the main thread between files.
      feed(w);
      feed(w);
    }
  });
}

export async function runPeople(args: PeopleArgs, script: string): Promise<number> {
  const found = findBulletins(args.paths);
  let failures = 0;
  for (const p of found.problems) {
    failures++;
    process.stderr.write(`bulletin: ${p.path}: ${p.reason}\n`);
  }
  const tty = process.stderr.isTTY === true;
  const total = found.files.length;
  const answers = await readAll(found.files, args.jobs, args.engineOnly === true, script, (done) => {
    if (tty && (done === total || done % 10 === 0)) process.stderr.write(`\rbulletin: ${done}/${total} files`);
  });
  if (tty && total > 0) process.stderr.write('\n');
  const documents: Array<{ path: string; digest: DocumentDigest }> = [];
  answers.forEach((answer, i) => {
    if ('problem' in answer) {
      failures++;
      process.stderr.write(`bulletin: ${found.files[i]}: ${answer.problem}\n`);
    } else {
      for (const note of answer.notes) process.stderr.write(`bulletin: ${note}\n`);
      if (answer.notes.length > 0) failures++;
      documents.push({ path: found.files[i], digest: answer.digest });
    }
  });
  const rows = tableRows(whosWho(documents, { referenceYear: args.year }));
  process.stdout.write(args.format === 'json' ? toJson(rows) : toCsv(rows));
  return failures ? 1 : 0;
}
