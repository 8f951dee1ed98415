// Cold start: the command line analysing one page in a fresh process (node dist/cli.js analyze
// --jsonl, the page as one JSON line on stdin) against a fresh process that loads nodejieba and
// tags the same page, run alternately so that load from other processes falls on both sides. Each
// child prints its peak resident memory (process.resourceUsage().maxRSS) through a preloaded
// module, so the command line itself runs unchanged.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = resolve(__dirname, '..');
const scratch = join(root, 'out', 'cold-start');

export interface ColdRun {
  seconds: number;
  peakMB: number;
}

/** Runs `node [args]` with `input` on stdin; the wall time from spawn to exit and the child's peak RSS. */
function run(args: string[], input: string): ColdRun {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, ['--require', join(scratch, 'peakRss.cjs'), ...args], { cwd: root, input, encoding: 'utf8', maxBuffer: 64 << 20 });
  const seconds = (performance.now() - t0) / 1000;
  if (child.status !== 0) throw new Error(`node ${args.join(' ')} failed (${child.status}): ${child.stderr.slice(0, 2000)}`);
  const peak = /peak-rss-kb (\d+)/.exec(child.stderr);
  if (!peak) throw new Error(`node ${args.join(' ')} printed no peak RSS`);
  return { seconds, peakMB: Number(peak[1]) / 1024 };
}

/** `pairs` alternating runs of the command line and of nodejieba on `page`. */
export function coldStart(page: string, pairs: number): { cli: ColdRun[]; jieba: ColdRun[] } {
  mkdirSync(scratch, { recursive: true });
  writeFileSync(join(scratch, 'peakRss.cjs'), `process.on('exit', () => process.stderr.write('peak-rss-kb ' + process.resourceUsage().maxRSS + '\\n'));\n`);
  const pagePath = join(scratch, 'page.txt');
  writeFileSync(pagePath, page);
  const jiebaScript = `const j = require('nodejieba'); j.load(); const t = j.tag(require('fs').readFileSync(${JSON.stringify(pagePath)}, 'utf8')); if (!t.length) process.exit(1);`;
  const line = JSON.stringify({ id: 'page', text: page }) + '\n';
  const cli: ColdRun[] = [];
  const jieba: ColdRun[] = [];
  for (let i = 0; i < pairs; i++) {
    const analysed = run([join('dist', 'cli.js'), 'analyze', '--jsonl'], line);
    cli.push(analysed);
    jieba.push(run(['-e', jiebaScript], ''));
  }
  return { cli, jieba };
}
