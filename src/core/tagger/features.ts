// What the name tagger sees at each character: the characters around it, the dictionary's reading
// of the text (a plain lowest-cost segmentation over jieba's words, with their tags), name
// character statistics from the dictionary's name entries, and general word lists (surnames, posts,
// speech verbs). Each feature is a 32-bit hash of its template and values, so that training and
// tagging agree without a feature dictionary in memory and the model file keys weights by hash.
import type { Lexicon } from '../lexicon';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../language/surnames';
import { AFTER_NAME_WORDS, ORG_SUFFIXES, POSTS, REPORTER_WORDS } from '../language/wordLists';
import { charClass, isNameDot } from '../language/chars';
import { segmentPlain, type PlainTokens } from '../lexicon/segmentPlain';
import { GENERATORS } from './candidates';

/** Features per character (a fixed count, so they sit in one flat array). */
export const FEATURES_PER_CHAR = 49;

const BOUND = 0x3;

function mix(h: number, v: number): number {
  h = Math.imul(h ^ v, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

function hashString(s: string): number {
  return hashRange(s, 0, s.length);
}

/** Word-list lookups: marks where a listed word starts and ends in a text. */
class WordList {
  private words: Set<string>;
  private first = new Uint8Array(65536);
  private maxLen = 0;
  constructor(words: readonly string[]) {
    this.words = new Set(words);
    for (const w of words) {
      this.first[w.charCodeAt(0)] = 1;
      this.maxLen = Math.max(this.maxLen, w.length);
    }
  }
  /** Length of the longest listed word starting at `at`, or 0. */
  longestAt(text: string, at: number, end: number): number {
    if (!this.first[text.charCodeAt(at)]) return 0;
    for (let len = Math.min(this.maxLen, end - at); len >= 1; len--) if (this.words.has(text.slice(at, at + len))) return len;
    return 0;
  }
}

const posts = new WordList(POSTS);
const orgSuffixes = new WordList(ORG_SUFFIXES);
const afterName = new WordList(AFTER_NAME_WORDS);
const reporters = new WordList(REPORTER_WORDS);
const singleSurname = new Uint8Array(65536);
for (const s of SINGLE_SURNAMES) singleSurname[s.charCodeAt(0)] = 1;
const compoundSurnames = new Set(COMPOUND_SURNAMES);

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
  const b = (costs: Float32Array) => {
    const out = new Uint8Array(65536);
    for (let c = 0; c < 65536; c++) out[c] = bucket(costs[c]);
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
const LENGTH_CLASSES = 3;

/**
 * Candidate features per character: for each generator and length class, the cheapest proposal
 * covering the character (its place in it and its cost), so that lengths compete in the weights.
 */
function candidateFeatures(text: string, start: number, end: number, lex: Lexicon, n: number): Int32Array[] {
  return GENERATORS.map((g) => {
    const cost = new Float64Array(n * LENGTH_CLASSES).fill(Infinity);
    const codes = new Int32Array(n * LENGTH_CLASSES);
    g.propose(text, start, end, lex, {
      add(s, e, c) {
        const len = e - s;
        const lc = Math.min(Math.max(len, 2), 4) - 2;
        const b = Math.min(63, Math.max(0, Math.round(c) + 24));
        for (let i = s; i < e; i++) {
          const slot = (i - start) * LENGTH_CLASSES + lc;
          if (c >= cost[slot]) continue;
          cost[slot] = c;
          const pos = len === 1 ? 0 : i === s ? 1 : i === e - 1 ? 2 : 3;
          codes[slot] = 1 | (pos << 1) | (b << 3);
        }
      },
    });
    const out = new Int32Array(n * LENGTH_CLASSES);
    for (let k = 0; k < out.length; k++) out[k] = mix(mix(50 + (k % LENGTH_CLASSES), g.id), codes[k]);
    return out;
  });
}

/** Where strings the page attests as names stand in text[start, end): 1 first, 2 inside, 3 last character. */
function pageNameMarks(text: string, start: number, end: number, names: ReadonlySet<string> | undefined, n: number): Uint8Array {
  const marks = new Uint8Array(n);
  if (!names) return marks;
  const range = text.slice(start, end);
  for (const name of names)
    for (let at = range.indexOf(name); at >= 0; at = range.indexOf(name, at + 1)) {
      marks[at] |= 1;
      for (let i = at + 1; i < at + name.length - 1; i++) marks[i] |= 2;
      marks[at + name.length - 1] |= 4;
    }
  return marks;
}

/**
 * Features of every character of `text[start, end)` (one sequence), FEATURES_PER_CHAR each.
 * `pageNames` are the strings the whole page attests as names (attestedNames).
 */
export function extractFeatures(text: string, start: number, end: number, lex: Lexicon, pageNames?: ReadonlySet<string>, out?: Int32Array): Int32Array {
  const n = end - start;
  const K = FEATURES_PER_CHAR;
  const f = out && out.length >= n * K ? out : new Int32Array(n * K);
  const tables = lexiconTables(lex);
  const tokens = segmentPlain(text, start, end, lex);
  // Per character: its token, and the post / organization-suffix / after-name words around it.
  const tokOf = new Int32Array(n);
  for (let t = 0; t < tokens.count; t++) for (let i = tokens.start[t]; i < tokens.end[t]; i++) tokOf[i - start] = t;
  const postStartLen = new Uint8Array(n + 1);
  const postEndLen = new Uint8Array(n + 1);
  const orgEndLen = new Uint8Array(n + 1);
  const afterLen = new Uint8Array(n + 1);
  const reporterEnd = new Uint8Array(n + 1);
  for (let i = 0; i < n; i++) {
    const at = start + i;
    const p = posts.longestAt(text, at, end);
    if (p) {
      postStartLen[i] = p;
      if (postEndLen[i + p - 1] < p) postEndLen[i + p - 1] = p;
    }
    const o = orgSuffixes.longestAt(text, at, end);
    if (o && orgEndLen[i + o - 1] < o) orgEndLen[i + o - 1] = o;
    afterLen[i] = afterName.longestAt(text, at, end);
    const r = reporters.longestAt(text, at, end);
    if (r) reporterEnd[i + r - 1] = 1;
  }
  const candidates = candidateFeatures(text, start, end, lex, n);
  const page = pageNameMarks(text, start, end, pageNames, n);
  const code = (i: number) => (i < 0 || i >= n ? BOUND : text.charCodeAt(start + i));
  const cls = (i: number) => (i < 0 || i >= n ? 7 : charClass(text.charCodeAt(start + i)));
  const tokWord = (t: number) => (t < 0 || t >= tokens.count ? BOUND : tokens.hash[t]);
  const tokTag = (t: number) => (t < 0 || t >= tokens.count ? BOUND : tables.tagHash[tokens.tag[t]]);
  for (let i = 0; i < n; i++) {
    const o = i * K;
    const c0 = code(i);
    const cm1 = code(i - 1);
    const cm2 = code(i - 2);
    const c1 = code(i + 1);
    const c2 = code(i + 2);
    const t = tokOf[i];
    const ts = tokens.start[t] - start;
    const te = tokens.end[t] - start;
    const len = te - ts;
    const pos = len === 1 ? 0 : i === ts ? 1 : i === te - 1 ? 2 : 3;
    let k = o;
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
    f[k++] = mix(13, (cls(i - 2) << 12) | (cls(i - 1) << 9) | (cls(i) << 6) | (cls(i + 1) << 3) | cls(i + 2));
    // The dictionary's reading: the token, its place in it, its neighbours.
    f[k++] = mix(mix(14, pos | (Math.min(len, 6) << 2)), tokTag(t));
    f[k++] = mix(mix(15, pos), tokWord(t));
    f[k++] = mix(mix(16, pos), tokWord(t - 1));
    f[k++] = mix(mix(17, pos), tokWord(t + 1));
    f[k++] = mix(mix(18, pos), tokTag(t - 1));
    f[k++] = mix(mix(19, pos), tokTag(t + 1));
    f[k++] = mix(mix(20, pos), tokWord(t - 2));
    f[k++] = mix(mix(21, pos), tokWord(t + 2));
    f[k++] = mix(mix(mix(22, pos), tokTag(t - 1)), tokTag(t + 1));
    // Name statistics of the dictionary's name entries, and surnames.
    const sur0 = singleSurname[c0 & 0xffff] | (compoundSurnames.has(text.slice(start + i, start + i + 2)) ? 2 : 0);
    const surM1 = i > 0 ? singleSurname[cm1 & 0xffff] | (i > 1 && compoundSurnames.has(text.slice(start + i - 2, start + i)) ? 2 : 0) : 0;
    const surM2 = i > 1 ? singleSurname[cm2 & 0xffff] : 0;
    f[k++] = mix(mix(23, sur0), tables.surname[c0 & 0xffff]);
    f[k++] = mix(mix(mix(24, surM1), tables.givenFirst[c0 & 0xffff]), tables.givenSingle[c0 & 0xffff]);
    f[k++] = mix(mix(mix(25, surM2), tables.givenFirst[cm1 & 0xffff]), tables.givenSecond[c0 & 0xffff]);
    f[k++] = mix(mix(26, sur0), tables.givenFirst[c1 & 0xffff] | (tables.givenSecond[c2 & 0xffff] << 4));
    f[k++] = mix(40, (tables.foreign[cm1 & 0xffff] << 8) | (tables.foreign[c0 & 0xffff] << 4) | tables.foreign[c1 & 0xffff]);
    // Posts, organization endings, speech verbs and bylines around the character.
    const prevPostEnd = i > 0 ? postEndLen[i - 1] : 0;
    f[k++] = mix(27, (postStartLen[i] << 8) | (postEndLen[i] << 4) | prevPostEnd);
    f[k++] = mix(28, (postStartLen[i + 1] << 4) | (i + 2 <= n ? postStartLen[i + 2] : 0));
    f[k++] = mix(29, (orgEndLen[i] << 4) | (i > 0 ? orgEndLen[i - 1] : 0));
    f[k++] = mix(30, (afterLen[i + 1] << 8) | ((i + 2 <= n ? afterLen[i + 2] : 0) << 4) | (i + 3 <= n ? afterLen[i + 3] : 0));
    f[k++] = mix(31, (i > 0 ? reporterEnd[i - 1] : 0) | ((i > 1 ? reporterEnd[i - 2] : 0) << 1) | ((i > 2 ? reporterEnd[i - 3] : 0) << 2));
    f[k++] = mix(32, (isNameDot(cm1) ? 1 : 0) | (isNameDot(c0) ? 2 : 0) | (isNameDot(c1) ? 4 : 0));
    f[k++] = mix(mix(33, pos | (Math.min(len, 6) << 2)), c0);
    for (const cand of candidates) for (let lc = 0; lc < LENGTH_CLASSES; lc++) f[k++] = cand[i * LENGTH_CLASSES + lc];
    // The token's setting: what stands on both sides (任命_为, 总统_表示), and whether a post ends
    // right before it or a speech verb starts right after it, with the token's own tag.
    f[k++] = mix(mix(mix(35, pos), tokWord(t - 1)), tokWord(t + 1));
    const before = ts > 0 ? postEndLen[ts - 1] > 0 ? 1 : reporterEnd[ts - 1] ? 2 : 0 : 3;
    const after = te < n ? (afterLen[te] > 0 ? 1 : 0) : 2;
    f[k++] = mix(mix(36, pos | (Math.min(len, 4) << 2) | (before << 5) | (after << 7)), tokTag(t));
    f[k++] = mix(34, page[i] | ((i > 0 ? page[i - 1] : 0) << 3) | ((i + 1 < n ? page[i + 1] : 0) << 6));
  }
  return f;
}

export type { PlainTokens };
