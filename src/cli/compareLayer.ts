// bulletin compare FILE LAYER: an annotation layer (brat .ann or doccano / Label Studio JSONL) against
// the analysis: precision, recall and F1 per label, then every difference with its line.
import { readFileSync } from 'node:fs';
import { LineIndex } from '../core/lineIndex';
import type { Analysis } from '../core/types';
import { compareSpans, labelledSpans, readBrat, readJsonl } from '../core/exchange';

export function compareLayer(file: string, text: string, analysis: Analysis, layer: string): number {
  let content: string;
  try {
    content = readFileSync(layer, 'utf8');
  } catch (err) {
    process.stderr.write(`bulletin: ${layer}: ${(err as Error).message}\n`);
    return 1;
  }
  const read = /\.jsonl?$/i.test(layer) ? readJsonl(content, text) : readBrat(content, text);
  for (const p of read.problems) process.stderr.write(`bulletin: ${layer}: ${p}\n`);
  const c = compareSpans(read.spans, labelledSpans(analysis));
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  const lines = [`== ${file} against ${layer}`, 'label          P      R     F1  matched  extra  missing'];
  for (const s of [...c.scores, c.total]) {
    lines.push(`${s.label.padEnd(12)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}  ${String(s.matched).padStart(7)}  ${String(s.extra).padStart(5)}  ${String(s.missing).padStart(7)}`);
  }
  const index = new LineIndex(text);
  const lineOf = (offset: number) => index.lineOf(offset) + 1;
  for (const d of c.differences) {
    const words = text.slice(d.start, d.end).replace(/\s+/g, '');
    const what = d.kind === 'label' ? `${d.imported} here, ${d.analysis} in the analysis` : d.kind === 'missing' ? `${d.imported} missing from the analysis` : `${d.analysis} only in the analysis`;
    lines.push(`  line ${lineOf(d.start)} ${words}: ${what}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
  return read.problems.length ? 1 : 0;
}
