// An imported layer (someone's annotations) against the analysis: exact span and label matches,
// precision, recall and F1 per label with the imported layer as the reference, and the differences
// in document order to step through.
import type { LabelledSpan } from './labels';

export interface Score {
  label: string;
  /** In both. */
  matched: number;
  /** In the analysis only. */
  extra: number;
  /** In the imported layer only. */
  missing: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Difference {
  start: number;
  end: number;
  /** 'missing': only imported; 'extra': only the analysis has it; 'label': both, labelled differently. */
  kind: 'missing' | 'extra' | 'label';
  imported?: string;
  analysis?: string;
}

export interface Comparison {
  scores: Score[];
  total: Score;
  differences: Difference[];
}

export function compareSpans(imported: readonly LabelledSpan[], analysis: readonly LabelledSpan[]): Comparison {
  const key = (s: LabelledSpan) => `${s.start}:${s.end}:${s.label}`;
  const at = (s: LabelledSpan) => `${s.start}:${s.end}`;
  const theirs = new Set(imported.map(key));
  const ours = new Set(analysis.map(key));
  const counts = new Map<string, { matched: number; extra: number; missing: number }>();
  const count = (label: string) => {
    let c = counts.get(label);
    if (!c) counts.set(label, (c = { matched: 0, extra: 0, missing: 0 }));
    return c;
  };
  const differences: Difference[] = [];
  const oursAt = new Map(analysis.map((s) => [at(s), s.label]));
  const theirsAt = new Map(imported.map((s) => [at(s), s.label]));
  for (const s of new Map(imported.map((x) => [key(x), x])).values()) {
    if (ours.has(key(s))) count(s.label).matched++;
    else {
      count(s.label).missing++;
      const other = oursAt.get(at(s));
      differences.push(other ? { start: s.start, end: s.end, kind: 'label', imported: s.label, analysis: other } : { start: s.start, end: s.end, kind: 'missing', imported: s.label });
    }
  }
  for (const s of new Map(analysis.map((x) => [key(x), x])).values()) {
    if (theirs.has(key(s))) continue;
    count(s.label).extra++;
    if (!theirsAt.has(at(s))) differences.push({ start: s.start, end: s.end, kind: 'extra', analysis: s.label });
  }
  differences.sort((a, b) => a.start - b.start || a.end - b.end);
  const scores = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([label, c]) => score(label, c));
  const sum = scores.reduce((t, s) => ({ matched: t.matched + s.matched, extra: t.extra + s.extra, missing: t.missing + s.missing }), { matched: 0, extra: 0, missing: 0 });
  return { scores, total: score('all', sum), differences };
}

function score(label: string, c: { matched: number; extra: number; missing: number }): Score {
  const precision = c.matched + c.extra ? c.matched / (c.matched + c.extra) : 1;
  const recall = c.matched + c.missing ? c.matched / (c.matched + c.missing) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { label, ...c, precision, recall, f1 };
}
