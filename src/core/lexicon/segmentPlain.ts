// The dictionary's own reading of a text: the lowest-cost path (costs are -ln p) over dictionary
// words, as jieba reads it without its HMM. Runs of ASCII letters or digits are one token, and a
// character the dictionary lacks is a token of its own. The name tagger takes it as evidence.
import type { Lexicon } from './lexicon';

export interface PlainTokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** Lexicon tag index, 255 for tokens the dictionary lacks. */
  tag: Uint8Array;
  /** A hash of the token's text. */
  hash: Int32Array;
}

const MAX_WORDS = 32;
const UNKNOWN_TAG = 255;

function isAsciiWord(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x2e || code === 0x25;
}

/**
 * Every dictionary word of a text (the lattice the segmentation chose from): the words starting at
 * offset i are ends[offsets[i] .. offsets[i + 1]) with their costs.
 */
export interface WordLattice {
  offsets: Int32Array;
  ends: Int32Array;
  costs: Float32Array;
  unknownCost: number;
}

/** The lowest-cost segmentation of text[start, end), and, for a whole text, the word lattice. */
export function segmentPlain(text: string, start: number, end: number, lex: Lexicon): PlainTokens & { lattice: WordLattice } {
  // Words must not run past `end`: read a copy of the range.
  const sub = start === 0 && end === text.length ? text : text.slice(start, end);
  const n = end - start;
  const best = new Float64Array(n + 1).fill(Infinity);
  const from = new Int32Array(n + 1).fill(-1);
  const tagAt = new Uint8Array(n + 1).fill(UNKNOWN_TAG);
  const ends = new Int32Array(MAX_WORDS);
  const costs = new Float64Array(MAX_WORDS);
  const tags = new Uint8Array(MAX_WORDS);
  const unknown = lex.unknownCost;
  const offsets = new Int32Array(n + 1);
  let latticeEnds = new Int32Array(n * 2 + 16);
  let latticeCosts = new Float32Array(n * 2 + 16);
  let size = 0;
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = size;
    const base = best[i];
    if (base === Infinity) continue;
    const code = sub.charCodeAt(i);
    if (isAsciiWord(code)) {
      let j = i + 1;
      while (j < n && isAsciiWord(sub.charCodeAt(j))) j++;
      if (base + 1 < best[j]) {
        best[j] = base + 1;
        from[j] = i;
        tagAt[j] = UNKNOWN_TAG;
      }
      continue;
    }
    if (base + unknown < best[i + 1]) {
      best[i + 1] = base + unknown;
      from[i + 1] = i;
      tagAt[i + 1] = UNKNOWN_TAG;
    }
    const count = lex.wordsAt(sub, i, ends, costs, tags);
    if (size + count > latticeEnds.length) {
      const grownEnds = new Int32Array(latticeEnds.length * 2 + count);
      grownEnds.set(latticeEnds);
      latticeEnds = grownEnds;
      const grownCosts = new Float32Array(latticeCosts.length * 2 + count);
      grownCosts.set(latticeCosts);
      latticeCosts = grownCosts;
    }
    for (let w = 0; w < count; w++) {
      const e = ends[w];
      latticeEnds[size] = start + e;
      latticeCosts[size++] = costs[w];
      const c = base + costs[w];
      if (c < best[e]) {
        best[e] = c;
        from[e] = i;
        tagAt[e] = tags[w];
      }
    }
  }
  offsets[n] = size;
  let count = 0;
  for (let e = n; e > 0; e = from[e]) count++;
  const out: PlainTokens & { lattice: WordLattice } = {
    lattice: { offsets, ends: latticeEnds, costs: latticeCosts, unknownCost: unknown },
    count,
    start: new Int32Array(count),
    end: new Int32Array(count),
    tag: new Uint8Array(count),
    hash: new Int32Array(count),
  };
  let t = count;
  for (let e = n; e > 0; e = from[e]) {
    t--;
    const s = from[e];
    out.start[t] = start + s;
    out.end[t] = start + e;
    out.tag[t] = tagAt[e];
    let h = 0x811c9dc5 | 0;
    for (let i = start + s; i < start + e; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    out.hash[t] = h | 0;
  }
  return out;
}

const bestScratch = new Float64Array(9);

/** Cost of the dictionary's best reading of exactly text[start, end) (a short span), from the lattice of the whole text. */
export function dictionaryCost(lattice: WordLattice, start: number, end: number): number {
  const n = end - start;
  if (n > 8) return Infinity;
  // One scratch row for every call: this runs at every surname of the text.
  const best = bestScratch;
  best[0] = 0;
  for (let i = 1; i <= n; i++) best[i] = Infinity;
  for (let i = 0; i < n; i++) {
    const base = best[i];
    if (base === Infinity) continue;
    if (base + lattice.unknownCost < best[i + 1]) best[i + 1] = base + lattice.unknownCost;
    for (let w = lattice.offsets[start + i]; w < lattice.offsets[start + i + 1]; w++) {
      const e = lattice.ends[w] - start;
      if (e <= n && base + lattice.costs[w] < best[e]) best[e] = base + lattice.costs[w];
    }
  }
  return best[n];
}
