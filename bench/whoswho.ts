// npm run bench:whoswho: `bulletin people` on a folder of at least 1,000 bulletin pages built from
// the corpus (bench/bulletinFolder.ts), with --jobs 1 and --jobs 2 alternately; prints each run's
// time and the ratio of each pair, and checks that both give the same table. First, how this
// machine scales at all: an arithmetic loop in one thread, then in two at once.
// Options: --pages N (xwlb pages, default 1000), --pairs N (default 2).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildBulletinFolder } from './bulletinFolder';

const CLI = resolve(__dirname, '../dist/cli.js');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

function run(dir: string, jobs: number): { millis: number; out: string; code: number | null } {
  const started = performance.now();
  const r = spawnSync(process.execPath, [CLI, 'people', '--jobs', String(jobs), dir], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const millis = performance.now() - started;
  if (r.status !== 0) process.stderr.write(r.stderr);
  return { millis, out: r.stdout, code: r.status };
}

async function spin(threads: number): Promise<number> {
  const code = `const { parentPort } = require('node:worker_threads'); let x = 0; for (let i = 0; i < 2e8; i++) x += i % 7; parentPort.postMessage(x);`;
  const started = performance.now();
  const workers = Array.from({ length: threads }, () => new Worker(code, { eval: true }));
  await Promise.all(workers.map((w) => new Promise((done) => w.once('message', done))));
  await Promise.all(workers.map((w) => w.terminate()));
  return performance.now() - started;
}

async function main(): Promise<void> {
  const one = await spin(1);
  const two = await spin(2);
  console.log(`machine: ${availableParallelism()} cores; arithmetic loop: 1 thread ${one.toFixed(0)} ms, the same in each of 2 threads at once ${two.toFixed(0)} ms (work ratio ${((2 * one) / two).toFixed(2)})`);
  const dir = mkdtempSync(join(tmpdir(), 'bulletin-whoswho-bench-'));
  try {
    const built = performance.now();
    const files = buildBulletinFolder(dir, arg('--pages', 1000));
    console.log(`folder: ${files.length} bulletin pages (built in ${(performance.now() - built).toFixed(0)} ms)`);
    const ratios: number[] = [];
    for (let pair = 0; pair < arg('--pairs', 2); pair++) {
      const a = run(dir, 1);
      const b = run(dir, 2);
      const rows = a.out.split('\r\n').length - 2;
      const same = a.out === b.out;
      ratios.push(a.millis / b.millis);
      console.log(
        `pair ${pair + 1}: --jobs 1 ${(a.millis / 1000).toFixed(2)} s, --jobs 2 ${(b.millis / 1000).toFixed(2)} s, ratio ${(a.millis / b.millis).toFixed(2)} (target >= 1.5); ${rows} rows; same table: ${same}`,
      );
      if (!same || a.code !== 0 || b.code !== 0) process.exitCode = 1;
    }
    console.log(`ratios: ${ratios.map((r) => r.toFixed(2)).join(', ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
