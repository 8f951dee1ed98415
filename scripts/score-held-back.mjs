// npm run score:held-back: the whole pipeline scored on pages its model never saw, over all five
// folds. For each fold, the model trained without that fifth of the pages (npm run train --
// --held-back --fold K), then ../shared/tools/score.mjs on those pages with it; the counts are added
// up over the folds, since one fold's modern-news pages are too few to judge by. About three
// minutes a fold on a two-core machine. Prints one line per file and kind, and keeps each fold's
// report in out/held-back-scores/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'out', 'held-back-scores');
const FILES = ['xwlb-dev-wrapped', 'pd98-dev-wrapped'];
const KINDS = ['person', 'title', 'date', 'figure'];

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr}`);
  return r.stdout;
}

mkdirSync(out, { recursive: true });
run('npm', ['run', 'build']);
const sums = {};
for (let fold = 0; fold < 5; fold++) {
  process.stderr.write(`fold ${fold}: training without its pages…\n`);
  writeFileSync(join(out, `train-${fold}.log`), run('npm', ['run', 'train', '--', '--held-back', '--fold', String(fold)]));
  for (const file of FILES) {
    const report = run('node', ['../shared/tools/score.mjs', '--json', '--gold', `out/held-back/${file}.jsonl`, '--cmd', 'node dist/cli.js analyze --jsonl'], {
      BULLETIN_NAME_MODEL: 'out/held-back/names.bin',
    });
    writeFileSync(join(out, `${file}-${fold}.json`), report);
    const scores = JSON.parse(report);
    for (const kind of KINDS) {
      if (!scores[kind]) continue;
      const sum = (sums[`${file} ${kind}`] ??= { tp: 0, fp: 0, found: 0, fn: 0 });
      for (const key of Object.keys(sum)) sum[key] += scores[kind].exact[key];
    }
  }
}
console.log('Whole pipeline, exact spans, held-back pages of all five folds:');
for (const [name, c] of Object.entries(sums)) {
  const p = c.tp / (c.tp + c.fp);
  const r = c.found / (c.found + c.fn);
  const f1 = (2 * p * r) / (p + r);
  const pct = (x) => (100 * x).toFixed(1).padStart(5);
  console.log(`${name.padEnd(24)} P ${pct(p)}  R ${pct(r)}  F1 ${pct(f1)}   (tp ${c.tp}, fp ${c.fp}, found ${c.found}, missed ${c.fn})`);
}
