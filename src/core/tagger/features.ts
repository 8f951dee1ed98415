// What the name tagger sees at each character: the characters around it, the dictionary's reading
// of the text (a plain lowest-cost segmentation over jieba's words, with their tags), name
// character statistics from the dictionary's name entries, the candidate generators' proposals,
// general word lists (posts, speech verbs, byline words) and page evidence. Each feature is a
// 32-bit hash of its template and values, so that training and tagging agree without a feature
// dictionary in memory and the model file keys weights by hash.
import type { Lexicon } from '../lexicon';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../language/surnames';
import { charClass, isNameDot } from '../language/chars';
import { GENERATORS } from './candidates';
import type { TextView } from './textView';

/** Features per character (a fixed count, so they sit in one flat array). */
export const FEATURES_PER_CHAR = 50;

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
  const byStart = new Map<number, string[]>();
  for (const name of names) {
    const key = (name.charCodeAt(0) << 16) | name.charCodeAt(1);
    const list = byStart.get(key);
    if (list) list.push(name);
    else byStart.set(key, [name]);
  }
  for (let at = 0; at + 1 < text.length; at++) {
    const list = byStart.get((text.charCodeAt(at) << 16) | text.charCodeAt(at + 1));
    if (!list) continue;
    for (const name of list) {
      if (!text.startsWith(name, at)) continue;
      marks[at] |= 1;
      for (let i = at + 1; i < at + name.length - 1; i++) marks[i] |= 2;
      marks[at + name.length - 1] |= 4;
    }
  }
  return marks;
}

/**
 * Features of every character of `view.text[start, end)` (one paragraph), FEATURES_PER_CHAR each.
 * `pageMarks` say where strings the whole page attests as names stand (pageNameMarks), and
 * `candidates` what the generators propose (candidateCodes).
 */
export function extractFeatures(view: TextView, start: number, end: number, lex: Lexicon, pageMarks: Uint8Array, candidates: Int32Array[], out?: Int32Array): Int32Array {
  const { text, tokens, tokenOf, postStart, postEnd, orgEnd, afterName, reporterEnd, titleMarks } = view;
  const n = end - start;
  const K = FEATURES_PER_CHAR;
  const f = out && out.length >= n * K ? out : new Int32Array(n * K);
  const tables = lexiconTables(lex);
  const firstToken = n > 0 ? tokenOf[start] : 0;
  const lastToken = n > 0 ? tokenOf[end - 1] : -1;
  const page = pageMarks;
  const generatorIds = GENERATORS.map((g) => g.id);
  const code = (i: number) => (i < 0 || i >= n ? BOUND : text.charCodeAt(start + i));
  const cls = (i: number) => (i < 0 || i >= n ? 7 : charClass(text.charCodeAt(start + i)));
  const inside = (t: number) => t >= firstToken && t <= lastToken;
  const tokWord = (t: number) => (inside(t) ? tokens.hash[t] : BOUND);
  const tokTag = (t: number) => (inside(t) ? tables.tagHash[tokens.tag[t]] : BOUND);
  // Lists read within the paragraph: an offset past its end reads as nothing.
  const at = (arr: Uint8Array, i: number) => (i >= 0 && i < n ? arr[start + i] : 0);
  for (let i = 0; i < n; i++) {
    const o = i * K;
    const c0 = code(i);
    const cm1 = code(i - 1);
    const cm2 = code(i - 2);
    const c1 = code(i + 1);
    const c2 = code(i + 2);
    const t = tokenOf[start + i];
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
    const sur0 = singleSurname[c0 & 0xffff] | (i + 1 < n && compoundSurnames.has(text.slice(start + i, start + i + 2)) ? 2 : 0);
    const surM1 = i > 0 ? singleSurname[cm1 & 0xffff] | (i > 1 && compoundSurnames.has(text.slice(start + i - 2, start + i)) ? 2 : 0) : 0;
    const surM2 = i > 1 ? singleSurname[cm2 & 0xffff] : 0;
    f[k++] = mix(mix(23, sur0), tables.surname[c0 & 0xffff]);
    f[k++] = mix(mix(mix(24, surM1), tables.givenFirst[c0 & 0xffff]), tables.givenSingle[c0 & 0xffff]);
    f[k++] = mix(mix(mix(25, surM2), tables.givenFirst[cm1 & 0xffff]), tables.givenSecond[c0 & 0xffff]);
    f[k++] = mix(mix(26, sur0), tables.givenFirst[c1 & 0xffff] | (tables.givenSecond[c2 & 0xffff] << 4));
    f[k++] = mix(40, (tables.foreign[cm1 & 0xffff] << 8) | (tables.foreign[c0 & 0xffff] << 4) | tables.foreign[c1 & 0xffff]);
    // Posts, organization endings, speech verbs and bylines around the character.
    f[k++] = mix(27, (at(postStart, i) << 8) | (at(postEnd, i) << 4) | at(postEnd, i - 1));
    f[k++] = mix(28, (at(postStart, i + 1) << 4) | at(postStart, i + 2));
    f[k++] = mix(29, (at(orgEnd, i) << 4) | at(orgEnd, i - 1));
    f[k++] = mix(30, (at(afterName, i + 1) << 8) | (at(afterName, i + 2) << 4) | at(afterName, i + 3));
    f[k++] = mix(31, at(reporterEnd, i - 1) | (at(reporterEnd, i - 2) << 1) | (at(reporterEnd, i - 3) << 2));
    f[k++] = mix(32, (isNameDot(cm1) ? 1 : 0) | (isNameDot(c0) ? 2 : 0) | (isNameDot(c1) ? 4 : 0));
    f[k++] = mix(mix(33, pos | (Math.min(len, 6) << 2)), c0);
    for (let g = 0; g < candidates.length; g++)
      for (let lc = 0; lc < LENGTH_CLASSES; lc++) f[k++] = mix(mix(50 + lc, generatorIds[g]), candidates[g][(start + i) * LENGTH_CLASSES + lc]);
    // The token's setting: what stands on both sides (任命_为, 总统_表示), and whether a post ends
    // right before it or a speech verb starts right after it, with the token's own tag.
    f[k++] = mix(mix(mix(35, pos), tokWord(t - 1)), tokWord(t + 1));
    const before = ts > 0 ? (at(postEnd, ts - 1) > 0 ? 1 : at(reporterEnd, ts - 1) ? 2 : 0) : 3;
    const after = te < n ? (at(afterName, te) > 0 ? 1 : 0) : 2;
    f[k++] = mix(mix(36, pos | (Math.min(len, 4) << 2) | (before << 5) | (after << 7)), tokTag(t));
    // The structure of titles, read by rule: the model learns when to trust it.
    f[k++] = mix(37, titleMarks[start + i] | ((i > 0 ? titleMarks[start + i - 1] : 0x7f) << 7) | ((i + 1 < n ? titleMarks[start + i + 1] : 0x7f) << 14));
    f[k++] = mix(34, page[start + i] | ((i > 0 ? page[start + i - 1] : 0) << 3) | ((i + 1 < n ? page[start + i + 1] : 0) << 6));
  }
  return f;
}
