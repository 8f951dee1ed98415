// npm run bench: throughput of the engine against nodejieba's own tag() on the same text, measured in
// one run, and the ratios the issues ask for. Prints ratios, not verdicts: these machines are shared and
// noisy, so nothing here fails a build.
import { performance } from 'node:perf_hooks';
import { Analyzer, setDefaultResources } from '../src/core';
import { loadNodeResources } from '../src/core/nodeResources';
import { coldStart } from './coldStart';
import { buildText, loadPages, samplePage } from './corpus';

const MB = 1 << 20;

/** Median seconds of `runs` calls of fn. */
function time(fn: () => void, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push((performance.now() - t0) / 1000);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function fastest(fn: () => void, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return best;
}

const fmt = (x: number, digits = 2) => x.toFixed(digits);
const row = (name: string, value: string, note = '') => console.log(`${name.padEnd(44)} ${value.padStart(14)}  ${note}`);

function main() {
  coldRows();
  const loading = performance.now();
  setDefaultResources(loadNodeResources());
  row('model load (dist/model.bin, one read)', `${fmt(performance.now() - loading, 1)} ms`);
  const pages = loadPages();
  const text1 = buildText(pages, 1 * MB);
  console.log(`text: ${text1.length} chars (${fmt(Buffer.byteLength(text1) / MB)} MiB UTF-8) of hard-wrapped pages`);

  // Warm-up: lets the JIT settle.
  const t0 = performance.now();
  new Analyzer().analyze(pages[0]);
  row('engine first call (first page, cold code)', `${fmt((performance.now() - t0) / 1000)} s`);
  new Analyzer().analyze(text1);

  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nodejieba = require('nodejieba') as { load(): void; tag(s: string): unknown[] };
  nodejieba.load();
  nodejieba.tag(pages[0]);
  // Engine and jieba alternate, and each pair gives one ratio: load from other processes on this
  // shared machine then falls on both sides of a ratio rather than on one of them.
  const engineTimes: number[] = [];
  const jiebaTimes: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < 5; i++) {
    const e = time(() => new Analyzer().analyze(text1), 1);
    const j = time(() => nodejieba.tag(text1), 1);
    engineTimes.push(e);
    jiebaTimes.push(j);
    ratios.push(j / e);
  }
  const engine1 = median(engineTimes);
  const jieba1 = median(jiebaTimes);
  row('engine full analysis, 1 MiB', `${fmt(engine1, 3)} s`, `${fmt(text1.length / engine1 / 1e6)} M chars/s (median of 5)`);
  row('nodejieba tag(), same text', `${fmt(jieba1, 3)} s`, `${fmt(text1.length / jieba1 / 1e6)} M chars/s (median of 5)`);
  row('RATIO engine / nodejieba tag() throughput', fmt(median(ratios)), `median of 5 alternating pairs (${ratios.map((r) => fmt(r)).join(' ')}); aim: >= 1 (issue 2), >= 1.5 (issue 4)`);

  // Incremental: one character changed inside one article in the middle of the document.
  const analyzer = new Analyzer();
  analyzer.analyze(text1);
  const at = text1.indexOf('，', Math.floor(text1.length / 2));
  const edited = text1.slice(0, at) + '的' + text1.slice(at);
  // Each edit alternates with the text before it, so every call re-analyses after a real change.
  let flip = false;
  const incremental = time(() => {
    flip = !flip;
    analyzer.analyze(flip ? edited : text1);
  }, 11);
  row('re-analysis after a 1-char edit, 1 MiB', `${fmt(incremental, 4)} s`, 'median of 11');
  row('RATIO incremental / full', `${fmt((100 * incremental) / engine1, 2)} %`, 'aim: <= 2 %');

  // Linearity: 10 MiB against 1 MiB, alternating as above.
  if (!process.argv.includes('--quick')) {
    const text10 = buildText(pages, 10 * MB);
    const scale: number[] = [];
    let engine10 = 0;
    for (let i = 0; i < 2; i++) {
      const small = time(() => new Analyzer().analyze(text1), 1);
      engine10 = time(() => new Analyzer().analyze(text10), 1);
      scale.push(engine10 / small);
    }
    row('engine full analysis, 10 MiB', `${fmt(engine10, 3)} s`, `${fmt(text10.length / engine10 / 1e6)} M chars/s`);
    row('RATIO time(10 MiB) / time(1 MiB)', fmt(Math.min(...scale)), `best of 2 alternating pairs (${scale.map((r) => fmt(r)).join(' ')}); aim: <= 11`);
  }

  adversarial();
}

/** The command line on the sample page in a fresh process against nodejieba's load() + tag() of it. */
function coldRows() {
  const page = samplePage();
  const { cli, jieba } = coldStart(page, 5);
  const cliSeconds = median(cli.map((r) => r.seconds));
  const jiebaSeconds = median(jieba.map((r) => r.seconds));
  const ratios = cli.map((r, i) => jieba[i].seconds / r.seconds);
  const list = (xs: number[], digits: number) => xs.map((x) => fmt(x, digits)).join(' ');
  row('cold CLI on the sample (fresh process)', `${fmt(cliSeconds, 3)} s`, `median of 5 (${list(cli.map((r) => r.seconds), 3)}); ${page.length} chars`);
  row('cold nodejieba load() + tag(), same page', `${fmt(jiebaSeconds, 3)} s`, `median of 5 (${list(jieba.map((r) => r.seconds), 3)}); peak RSS ${fmt(median(jieba.map((r) => r.peakMB)), 0)} MB`);
  row('RATIO cold nodejieba / cold CLI', fmt(jiebaSeconds / cliSeconds, 1), `medians; per pair ${list(ratios, 1)}; aim: >= 10 (issue 12)`);
  row('cold CLI peak RSS', `${fmt(Math.max(...cli.map((r) => r.peakMB)), 0)} MB`, `largest of 5 (${list(cli.map((r) => r.peakMB), 0)}); aim: <= 80 MB (issue 12)`);
}

/** Inputs built to make a backtracking regex or a quadratic loop show itself: t(2n)/t(n) should be ~2. */
function adversarial() {
  const n = 200_000;
  const cases: Record<string, (len: number) => string> = {
    'digits, no break': (len) => '1'.repeat(len),
    'titles chained with 、': (len) => '副主任、'.repeat(len / 4),
    'surname characters': (len) => '王张李赵'.repeat(len / 4),
    'one line, no break, prose': (len) => '本报讯记者王明10月6日下午到高新区调研，'.repeat(len / 22),
    'short lines (headline-like)': (len) => '区领导调研\n\n'.repeat(len / 7),
    'no Chinese': (len) => 'abc 123, '.repeat(len / 9),
  };
  for (const [name, make] of Object.entries(cases)) {
    const a = make(n);
    const b = make(2 * n);
    new Analyzer().analyze(a.slice(0, 1000));
    // Fastest of several runs: the least disturbed by other processes.
    const ta = fastest(() => new Analyzer().analyze(a), 5);
    const tb = fastest(() => new Analyzer().analyze(b), 5);
    row(`RATIO adversarial 2n/n: ${name}`, fmt(tb / ta), `(${fmt(ta, 3)} s for ${a.length} chars; aim ~2)`);
  }
}

main();
