// Reads the gold pages of ../shared/corpus into training sequences: compact text (what the engine
// tags) cut at paragraph breaks, with each character's gold label. Where a page leaves titles
// unmarked (People's Daily and CLUENER mark persons only), they are read by their structure.
import { readFileSync } from 'node:fs';
import { compact } from '../../src/core/compact';
import { Label } from '../../src/core/tagger/labels';
import type { Lexicon } from '../../src/core/lexicon';
import { viewText } from '../../src/core/tagger/textView';
import { titleAfter, titlesBefore } from '../../src/core/language/titleChains';

export interface Sequence {
  /** The whole compact text the sequence lies in, and its range. */
  text: string;
  start: number;
  end: number;
  gold: Uint8Array;
  /** Whether the page marks titles by hand (else they are silver labels). */
  titlesMarked: boolean;
  /** Where it came from, for held-back splits and reports. */
  source: string;
  page: number;
}

interface GoldEntity {
  kind: string;
  start: number;
  end: number;
}

interface GoldPage {
  id: string;
  text: string;
  entities: GoldEntity[];
  annotated?: string[];
}

export function readPages(path: string): GoldPage[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldPage);
}

/**
 * Where a page marks persons but not titles (People's Daily, CLUENER), its titles are read by the
 * structure every title has: a chain of organization-and-post links right before the name, or a
 * post right after it (language/titleChains.ts). They are silver labels: the tagger learns titles of
 * every level of government from them, not only the national ones the news transcripts mark.
 */
function silverTitles(text: string, gold: Uint8Array, lex: Lexicon): void {
  const bounds = viewText(text, lex).wordBounds;
  let floor = 0;
  for (let j = 0; j < text.length; j++) {
    if (gold[j] !== Label.BPer) continue;
    let e = j + 1;
    while (e < text.length && gold[e] === Label.IPer) e++;
    const mark = (s: number, t: number) => {
      for (let k = s; k < t; k++) if (gold[k] !== Label.O) return;
      gold[s] = Label.BTitle;
      for (let k = s + 1; k < t; k++) gold[k] = Label.ITitle;
    };
    for (const t of titlesBefore(text, floor, j, bounds)) mark(t.start, t.end);
    const after = titleAfter(text, e);
    if (after) mark(after.start, after.end);
    floor = after ? after.end : e;
    j = e - 1;
  }
}

/** Sequences of one raw text with gold spans in raw offsets. */
export function sequencesOf(raw: string, entities: GoldEntity[], titlesMarked: boolean, lex: Lexicon, source: string, page: number): Sequence[] {
  const ct = compact(raw);
  const text = ct.text;
  // Raw offset to compact index: the first compact character at or after it.
  const fromRaw = new Int32Array(raw.length + 1);
  let k = 0;
  for (let r = 0; r <= raw.length; r++) {
    while (k < text.length && ct.toRaw[k] < r) k++;
    fromRaw[r] = k;
  }
  const gold = new Uint8Array(text.length);
  for (const e of entities) {
    if (e.kind !== 'person' && !(e.kind === 'title' && titlesMarked)) continue;
    const s = fromRaw[e.start];
    const t = fromRaw[e.end];
    if (t <= s) continue;
    const [b, i] = e.kind === 'person' ? [Label.BPer, Label.IPer] : [Label.BTitle, Label.ITitle];
    gold[s] = b;
    for (let j = s + 1; j < t; j++) {
      gold[j] = i;
    }
  }
  if (!titlesMarked) silverTitles(text, gold, lex);
  const out: Sequence[] = [];
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    // A gold span never crosses a paragraph break in these files; keep the cut where it is.
    if (end > at) out.push({ text, start: at, end, gold: gold.subarray(at, end), titlesMarked, source, page });
    at = end + 1;
  }
  return out;
}

/** Sequences of a corpus file. CLUENER pages are one sentence a line: each line stands alone. */
export function readSequences(path: string, source: string, lex: Lexicon, oneSentenceALine = false): Sequence[] {
  const out: Sequence[] = [];
  readPages(path).forEach((p, page) => {
    const titlesMarked = (p.annotated ?? []).includes('title');
    if (!oneSentenceALine) {
      out.push(...sequencesOf(p.text, p.entities, titlesMarked, lex, source, page));
      return;
    }
    let at = 0;
    for (const line of p.text.split('\n')) {
      const end = at + line.length;
      const inLine = p.entities.filter((e) => e.start >= at && e.end <= end).map((e) => ({ ...e, start: e.start - at, end: e.end - at }));
      out.push(...sequencesOf(line, inLine, titlesMarked, lex, source, page));
      at = end + 1;
    }
  });
  return out;
}
