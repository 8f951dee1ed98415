// What the name tagger sees at each character: the characters around it, the dictionary's reading
// of the text (a plain lowest-cost segmentation over jieba's words, with their tags), name
// character statistics from the dictionary's name entries, the candidate generators' proposals,
// general word lists (posts, speech verbs, byline words) and page evidence. Each feature is a
// 32-bit hash of its template and values, so that training and tagging agree without a feature
// dictionary in memory and the model file keys weights by hash.
import type { Lexicon } from '../lexicon';
import { compoundSurnameAt, isSingleSurname, SINGLE_SURNAMES } from '../language/surnames';
import { charClass, isNameDot } from '../language/chars';
import { byFirstTwo, firstTwoAt } from '../language/wordSet';
import { PLACE_ENDINGS } from '../language/wordLists';
import { GENERATORS } from './candidates';
import { markSpan, type TextView } from './textView';

/** Features per character (a fixed count, so they sit in one flat array). */
export const FEATURES_PER_CHAR = 51;

const BOUND = 0x3;

function mix(h: number, v: number): number {
  h = Math.imul(h ^ v, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

function hashString(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

const placeEnding = new Uint8Array(65536);
for (const c of PLACE_ENDINGS) placeEnding[c.charCodeAt(0)] = 1;

/** A cost (-ln p) in coarse buckets: the weights learn what each bucket means. */
function bucket(cost: number): number {
  if (!(cost < Infinity)) return 15;
  return Math.min(14, Math.max(0, Math.floor(cost / 1.5)));
}

interface LexiconTables {
  tagHash: Int32Array;
  givenFirst: Uint8Array;
  givenSecond: Uint8Array;
  givenSingle: Uint8Array;
  foreign: Uint8Array;
  surname: Uint8Array;
}

const tablesOf = new WeakMap<Lexicon, LexiconTables>();

/** Per-lexicon lookups computed once: tag hashes and bucketed name statistics by character. */
function lexiconTables(lex: Lexicon): LexiconTables {
  let t = tablesOf.get(lex);
  if (t) return t;
  const tagHash = new Int32Array(256);
  for (let k = 0; k < 256; k++) tagHash[k] = hashString(lex.tagName(k) || (k === 255 ? '?' : ''));
  // bucket() of every code unit, written out: this runs at every start, before the optimiser.
  const b = (costs: Float32Array) => {
    const out = new Uint8Array(65536).fill(15);
    for (let c = 0; c < 65536; c++) {
      const x = costs[c];
      if (x < 21) out[c] = x > 0 ? (x / 1.5) | 0 : 0;
      else if (x < Infinity) out[c] = 14;
    }
    return out;
  };
  const surname = new Uint8Array(65536).fill(15);
  for (const s of SINGLE_SURNAMES) surname[s.charCodeAt(0)] = bucket(lex.names.surnameCost(s) ?? Infinity);
  t = {
    tagHash,
    givenFirst: b(lex.names.givenFirst),
    givenSecond: b(lex.names.givenSecond),
    givenSingle: b(lex.names.givenSingle),
    foreign: b(lex.names.foreign),
    surname,
  };
  tablesOf.set(lex, t);
  return t;
}

/** Candidate length classes: two characters, three, four or more. */
export const LENGTH_CLASSES = 3;

/**
 * What the candidate generators propose, for the whole text: for each generator, character and
 * length class, the cheapest proposal covering the character (its place in it and its cost, 0 for
 * none), so that lengths compete in the weights.
 */
export function candidateCodes(view: TextView, lex: Lexicon): Int32Array[] {
  const n = view.text.length;
  return GENERATORS.map((g) => {
    const cost = new Float32Array(n * LENGTH_CLASSES).fill(Infinity);
    const codes = new Int32Array(n * LENGTH_CLASSES);
    g.propose(view, 0, n, lex, {
      add(s, e, c) {
        const len = e - s;
        const lc = len >= 4 ? 2 : len === 3 ? 1 : 0;
        const b = Math.min(63, Math.max(0, Math.round(c) + 24));
        for (let i = s; i < e; i++) {
          const slot = i * LENGTH_CLASSES + lc;
          if (c >= cost[slot]) continue;
          cost[slot] = c;
          const pos = len === 1 ? 0 : i === s ? 1 : i === e - 1 ? 2 : 3;
          codes[slot] = 1 | (pos << 1) | (b << 3);
        }
      },
    });
    return codes;
  });
}

/**
 * Where strings the page attests as names stand in the text: bit 1 first, 2 inside, 4 last
 * character. One pass over the text, the names looked up by their first two characters.
 */
export function pageNameMarks(text: string, names: ReadonlySet<string>): Uint8Array {
  const marks = new Uint8Array(text.length);
  const byStart = byFirstTwo(names);
  for (let at = 0; at + 1 < text.length; at++) {
    const list = byStart.get(firstTwoAt(text, at));
    if (!list) continue;
    for (const name of list) {
      if (!text.startsWith(name, at)) continue;
      markSpan(marks, at, at + name.length);
    }
  }
  return marks;
}

/** A paragraph as the feature groups read it: padded copies, so that no read needs a bounds check. */
interface Paragraph {
  view: TextView;
  start: number;
  n: number;
  /** Code units, two on each side past the ends reading BOUND: codes[i + PAD] is character i. */
  codes: Int32Array;
  /** Surname marks: bit 1 a single surname, bit 2 the first of a compound one (PAD as codes). */
  surnames: Uint8Array;
  /** Token index of each character, relative to the paragraph's first token, plus TOKEN_PAD. */
  token: Int32Array;
  /** Word hash and tag hash of each token, TOKEN_PAD entries of BOUND on each side. */
  tokenWords: Int32Array;
  tokenTags: Int32Array;
  /** Place of each character in its token (0 alone, 1 first, 2 last, 3 inside) and token length. */
  pos: Uint8Array;
  len: Uint8Array;
  /** Where each character's token starts and ends, relative to the paragraph. */
  tokenStart: Int32Array;
  tokenEnd: Int32Array;
}

const PAD = 3;
const TOKEN_PAD = 2;

function readParagraph(view: TextView, start: number, end: number, tables: LexiconTables): Paragraph {
  const { text, tokens, tokenOf } = view;
  const n = end - start;
  const codes = new Int32Array(n + 2 * PAD).fill(BOUND);
  const surnames = new Uint8Array(n + 2 * PAD);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(start + i);
    codes[i + PAD] = c;
    surnames[i + PAD] = (isSingleSurname(c) ? 1 : 0) | (compoundSurnameAt(text, start + i, end) ? 2 : 0);
  }
  const first = n > 0 ? tokenOf[start] : 0;
  const last = n > 0 ? tokenOf[end - 1] : -1;
  const count = last - first + 1;
  const tokenWords = new Int32Array(count + 2 * TOKEN_PAD).fill(BOUND);
  const tokenTags = new Int32Array(count + 2 * TOKEN_PAD).fill(BOUND);
  for (let t = 0; t < count; t++) {
    tokenWords[t + TOKEN_PAD] = tokens.hash[first + t];
    tokenTags[t + TOKEN_PAD] = tables.tagHash[tokens.tag[first + t]];
  }
  const token = new Int32Array(n);
  const pos = new Uint8Array(n);
  const len = new Uint8Array(n);
  const tokenStart = new Int32Array(n);
  const tokenEnd = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokenOf[start + i];
    token[i] = t - first + TOKEN_PAD;
    const ts = tokens.start[t] - start;
    const te = tokens.end[t] - start;
    tokenStart[i] = ts;
    tokenEnd[i] = te;
    const l = te - ts;
    len[i] = Math.min(l, 255);
    pos[i] = l === 1 ? 0 : i === ts ? 1 : i === te - 1 ? 2 : 3;
  }
  return { view, start, n, codes, surnames, token, tokenWords, tokenTags, pos, len, tokenStart, tokenEnd };
}

/** A character's class, with the padding around a paragraph as a class of its own. */
const cls = (code: number) => (code === BOUND ? 7 : charClass(code));

/** Slots 0-12: the characters around each character, alone and in pairs, and their classes. */
function characterFeatures(p: Paragraph, f: Int32Array, K: number): void {
  const c = p.codes;
  for (let i = 0; i < p.n; i++) {
    const x = i + PAD;
    const cm2 = c[x - 2];
    const cm1 = c[x - 1];
    const c0 = c[x];
    const c1 = c[x + 1];
    const c2 = c[x + 2];
    let k = i * K;
    f[k++] = mix(1, 0);
    f[k++] = mix(2, cm2);
    f[k++] = mix(3, cm1);
    f[k++] = mix(4, c0);
    f[k++] = mix(5, c1);
    f[k++] = mix(6, c2);
    f[k++] = mix(mix(7, cm1), c0);
    f[k++] = mix(mix(8, c0), c1);
    f[k++] = mix(mix(9, cm2), cm1);
    f[k++] = mix(mix(10, c1), c2);
    f[k++] = mix(mix(11, cm1), c1);
    f[k++] = mix(mix(mix(12, cm1), c0), c1);
    f[k] = mix(13, (cls(cm2) << 12) | (cls(cm1) << 9) | (cls(c0) << 6) | (cls(c1) << 3) | cls(c2));
  }
}

/** Slots 13-21: the dictionary's reading, the token, its place in it, its neighbours. */
function tokenFeatures(p: Paragraph, f: Int32Array, K: number): void {
  const words = p.tokenWords;
  const tags = p.tokenTags;
  for (let i = 0; i < p.n; i++) {
    const t = p.token[i];
    const pos = p.pos[i];
    let k = i * K + 13;
    f[k++] = mix(mix(14, pos | (Math.min(p.len[i], 6) << 2)), tags[t]);
    f[k++] = mix(mix(15, pos), words[t]);
    f[k++] = mix(mix(16, pos), words[t - 1]);
    f[k++] = mix(mix(17, pos), words[t + 1]);
    f[k++] = mix(mix(18, pos), tags[t - 1]);
    f[k++] = mix(mix(19, pos), tags[t + 1]);
    f[k++] = mix(mix(20, pos), words[t - 2]);
    f[k++] = mix(mix(21, pos), words[t + 2]);
    f[k] = mix(mix(mix(22, pos), tags[t - 1]), tags[t + 1]);
  }
}

/** Slots 22-26: name statistics of the dictionary's name entries, and surnames. */
function nameFeatures(p: Paragraph, f: Int32Array, K: number, tables: LexiconTables): void {
  const c = p.codes;
  const s = p.surnames;
  for (let i = 0; i < p.n; i++) {
    const x = i + PAD;
    const cm1 = c[x - 1] & 0xffff;
    const c0 = c[x] & 0xffff;
    const c1 = c[x + 1] & 0xffff;
    const c2 = c[x + 2] & 0xffff;
    const sur0 = s[x];
    // A compound surname before the character is one that ended right before it.
    const surM1 = i > 0 ? (s[x - 1] & 1) | (i > 1 && s[x - 2] & 2 ? 2 : 0) : 0;
    const surM2 = i > 1 ? s[x - 2] & 1 : 0;
    let k = i * K + 22;
    f[k++] = mix(mix(23, sur0), tables.surname[c0]);
    f[k++] = mix(mix(mix(24, surM1), tables.givenFirst[c0]), tables.givenSingle[c0]);
    f[k++] = mix(mix(mix(25, surM2), tables.givenFirst[cm1]), tables.givenSecond[c0]);
    f[k++] = mix(mix(26, sur0), tables.givenFirst[c1] | (tables.givenSecond[c2] << 4));
    f[k] = mix(40, (tables.foreign[cm1] << 8) | (tables.foreign[c0] << 4) | tables.foreign[c1]);
  }
}

/** Slots 27-33: posts, organization endings, speech verbs, bylines and person nouns around the character. */
function listFeatures(p: Paragraph, f: Int32Array, K: number): void {
  const { postStart, postEnd, orgEnd, afterName, reporterEnd, personNounEnd } = p.view;
  const { start, n } = p;
  const c = p.codes;
  // Lists read within the paragraph: an offset past its ends reads as nothing.
  const at = (arr: Uint8Array, i: number) => (i >= 0 && i < n ? arr[start + i] : 0);
  for (let i = 0; i < n; i++) {
    const x = i + PAD;
    let k = i * K + 27;
    f[k++] = mix(27, (at(postStart, i) << 8) | (at(postEnd, i) << 4) | at(postEnd, i - 1));
    f[k++] = mix(28, (at(postStart, i + 1) << 4) | at(postStart, i + 2));
    f[k++] = mix(29, (at(orgEnd, i) << 4) | at(orgEnd, i - 1));
    f[k++] = mix(30, (at(afterName, i + 1) << 8) | (at(afterName, i + 2) << 4) | at(afterName, i + 3));
    const reporter = at(reporterEnd, i - 1) | (at(reporterEnd, i - 2) << 1) | (at(reporterEnd, i - 3) << 2);
    f[k++] = mix(31, reporter | (at(personNounEnd, i - 1) << 3) | (at(personNounEnd, i - 2) << 4) | (at(personNounEnd, i - 3) << 5));
    f[k++] = mix(32, (isNameDot(c[x - 1]) ? 1 : 0) | (isNameDot(c[x]) ? 2 : 0) | (isNameDot(c[x + 1]) ? 4 : 0));
    f[k] = mix(mix(33, p.pos[i] | (Math.min(p.len[i], 6) << 2)), c[x]);
  }
}

/** Slots 34-45: what the candidate generators propose, by generator and length class. */
function candidateFeatures(p: Paragraph, f: Int32Array, K: number, candidates: Int32Array[]): void {
  for (let g = 0; g < candidates.length; g++) {
    const id = GENERATORS[g].id;
    const codes = candidates[g];
    for (let lc = 0; lc < LENGTH_CLASSES; lc++) {
      const base = mix(50 + lc, id);
      for (let i = 0; i < p.n; i++) f[i * K + 34 + g * LENGTH_CLASSES + lc] = mix(base, codes[(p.start + i) * LENGTH_CLASSES + lc]);
    }
  }
}

/** The last four slots: the token's setting, the structure of titles, and page evidence. */
function contextFeatures(p: Paragraph, f: Int32Array, K: number, pageMarks: Uint8Array, first: number): void {
  const { postEnd, afterName, reporterEnd, titleMarks, countryMarks } = p.view;
  const { start, n } = p;
  const words = p.tokenWords;
  const tags = p.tokenTags;
  const at = (arr: Uint8Array, i: number) => (i >= 0 && i < n ? arr[start + i] : 0);
  for (let i = 0; i < n; i++) {
    const t = p.token[i];
    const pos = p.pos[i];
    const ts = p.tokenStart[i];
    const te = p.tokenEnd[i];
    let k = i * K + first;
    // What stands on both sides of the token (任命_为, 总统_表示), and whether a post ends right
    // before it or a speech verb starts right after it, with the token's own tag.
    f[k++] = mix(mix(mix(35, pos), words[t - 1]), words[t + 1]);
    const before = ts > 0 ? (at(postEnd, ts - 1) > 0 ? 1 : at(reporterEnd, ts - 1) ? 2 : 0) : 3;
    const after = te < n ? (at(afterName, te) > 0 ? 1 : 0) : 2;
    f[k++] = mix(mix(36, pos | (Math.min(p.len[i], 4) << 2) | (before << 5) | (after << 7)), tags[t]);
    // The structure of titles, read by rule: the model learns when to trust it.
    f[k++] = mix(37, titleMarks[start + i] | ((i > 0 ? titleMarks[start + i - 1] : 0x7f) << 7) | ((i + 1 < n ? titleMarks[start + i + 1] : 0x7f) << 14));
    f[k++] = mix(34, pageMarks[start + i] | ((i > 0 ? pageMarks[start + i - 1] : 0) << 3) | ((i + 1 < n ? pageMarks[start + i + 1] : 0) << 6));
    // Place endings and country names on and around the character, with its place in its token.
    const c = p.codes;
    const x = i + PAD;
    const country = (at(countryMarks, i - 1) << 5) | (countryMarks[start + i] << 8) | (at(countryMarks, i + 1) << 11);
    f[k] = mix(38, placeEnding[c[x - 1] & 0xffff] | (placeEnding[c[x] & 0xffff] << 1) | (placeEnding[c[x + 1] & 0xffff] << 2) | (pos << 3) | country);
  }
}

/**
 * Features of every character of `view.text[start, end)` (one paragraph), FEATURES_PER_CHAR each.
 * `pageMarks` say where strings the whole page attests as names stand (pageNameMarks), and
 * `candidates` what the generators propose (candidateCodes). Filled group by group: small loops
 * that the compiler keeps in registers.
 */
export function extractFeatures(view: TextView, start: number, end: number, lex: Lexicon, pageMarks: Uint8Array, candidates: Int32Array[], out?: Int32Array): Int32Array {
  const n = end - start;
  const K = FEATURES_PER_CHAR;
  const f = out && out.length >= n * K ? out : new Int32Array(n * K);
  const tables = lexiconTables(lex);
  const p = readParagraph(view, start, end, tables);
  characterFeatures(p, f, K);
  tokenFeatures(p, f, K);
  nameFeatures(p, f, K, tables);
  listFeatures(p, f, K);
  candidateFeatures(p, f, K, candidates);
  contextFeatures(p, f, K, pageMarks, 34 + candidates.length * LENGTH_CLASSES);
  return f;
}
