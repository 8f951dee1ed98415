// What the tagger reads of a text, computed once for the whole text and shared by the candidate
// generators, the page evidence and the features of every paragraph: the dictionary's plain
// segmentation, and where listed words (posts, organization endings, speech verbs, byline words,
// nouns that say what a person is) start and end, and where country names stand.
import type { Lexicon } from '../lexicon';
import { segmentPlain, type PlainTokens, type WordLattice } from '../lexicon/segmentPlain';
import { AFTER_NAME_WORDS, APPOINTMENT_WORDS, COUNTRIES, ORG_SUFFIXES, PERSON_NOUNS, POSTS, REPORTER_WORDS } from '../language/wordLists';
import { WordSet } from '../language/wordSet';
import { titleAfter, titlesBefore } from '../language/titleChains';

const posts = new WordSet(POSTS);
const orgSuffixes = new WordSet(ORG_SUFFIXES);
const afterName = new WordSet(AFTER_NAME_WORDS);
const reporters = new WordSet(REPORTER_WORDS);
const personNouns = new WordSet(PERSON_NOUNS);
const appointments = new WordSet(APPOINTMENT_WORDS);
const countries = new WordSet(COUNTRIES);

export interface TextView {
  readonly text: string;
  readonly tokens: PlainTokens;
  /** 1 at every offset where the dictionary's reading has a word boundary (one more entry than characters). */
  readonly wordBounds: Uint8Array;
  /** Every dictionary word of the text. */
  readonly lattice: WordLattice;
  /** Index of the token each character lies in. */
  readonly tokenOf: Int32Array;
  /** Length of the longest post starting at each offset (one more entry than characters). */
  readonly postStart: Uint8Array;
  /** Length of the longest post ending with the character at each offset. */
  readonly postEnd: Uint8Array;
  /** Length of the longest organization ending ending with the character at each offset. */
  readonly orgEnd: Uint8Array;
  /** Length of the longest word that follows names (表示, 说…) starting at each offset. */
  readonly afterName: Uint8Array;
  /** 1 where a byline word (记者, 通讯员…) ends with the character at the offset. */
  readonly reporterEnd: Uint8Array;
  /** 1 where a noun naming what a person is (农民, 丈夫, 导演…) ends with the character at the offset. */
  readonly personNounEnd: Uint8Array;
  /** 1 where a word of appointment (任命, 免去…) ends with the character at the offset. */
  readonly appointmentEnd: Uint8Array;
  /** Where country names stand (沙特, 俄罗斯): bit 1 the first character, 2 inside, 4 the last. */
  readonly countryMarks: Uint8Array;
  /**
   * Where the structure of titles (language/titleChains.ts) reads a title, were a name to follow
   * the post or stand before it: TitleMark bits per character.
   */
  readonly titleMarks: Uint8Array;
}

/** Bits of TextView.titleMarks. */
export const TitleMark = { Start: 1, Inside: 2, End: 4, LastLink: 8, After: 16, JoinedByComma: 32, JoinedByJian: 64 } as const;

/** How far back a title chain may reach from the post that ends it. */
const CHAIN_REACH = 60;

/**
 * Marks the span [start, end) in `marks`: bit 1 on its first character, 2 inside, 4 on its last,
 * each with `extra`. Title marks, country names and page evidence share this layout.
 */
export function markSpan(marks: Uint8Array, start: number, end: number, extra = 0): void {
  marks[start] |= 1 | extra;
  for (let k = start + 1; k < end - 1; k++) marks[k] |= 2 | extra;
  marks[end - 1] |= 4 | extra;
}

function readTitleMarks(text: string, bounds: Uint8Array, postStart: Uint8Array, postEnd: Uint8Array): Uint8Array {
  const n = text.length;
  const marks = new Uint8Array(n);
  // TitleMark.Start, Inside and End are markSpan's bits.
  const mark = (s: number, e: number, extra: number) => markSpan(marks, s, e, extra);
  for (let i = 1; i <= n; i++) {
    if (postEnd[i - 1]) {
      const chain = titlesBefore(text, Math.max(0, i - CHAIN_REACH), i, bounds);
      chain.forEach((t, k) => {
        // How the link joins the next one: 、 is the usual joint; ， and 兼 less sure ones.
        const joint = text[t.end];
        const how = k === chain.length - 1 ? TitleMark.LastLink : joint === '兼' ? TitleMark.JoinedByJian : joint === '、' ? 0 : TitleMark.JoinedByComma;
        mark(t.start, t.end, how);
      });
    }
    if (i < n && postStart[i]) {
      const after = titleAfter(text, i);
      if (after) mark(after.start, after.end, TitleMark.After);
    }
  }
  return marks;
}

export function viewText(text: string, lex: Lexicon): TextView {
  const n = text.length;
  const tokens = segmentPlain(text, 0, n, lex);
  const tokenOf = new Int32Array(n);
  const wordBounds = new Uint8Array(n + 1);
  for (let t = 0; t < tokens.count; t++) {
    tokenOf.fill(t, tokens.start[t], tokens.end[t]);
    wordBounds[tokens.start[t]] = 1;
    wordBounds[tokens.end[t]] = 1;
  }
  const postStart = new Uint8Array(n + 1);
  const postEnd = new Uint8Array(n + 1);
  const orgEnd = new Uint8Array(n + 1);
  const afterNameLen = new Uint8Array(n + 1);
  const reporterEnd = new Uint8Array(n + 1);
  const personNounEnd = new Uint8Array(n + 1);
  const appointmentEnd = new Uint8Array(n + 1);
  const countryMarks = new Uint8Array(n + 1);
  for (let i = 0; i < n; i++) {
    const p = posts.longestAt(text, i, n);
    if (p) {
      postStart[i] = p;
      if (postEnd[i + p - 1] < p) postEnd[i + p - 1] = p;
    }
    const o = orgSuffixes.longestAt(text, i, n);
    if (o && orgEnd[i + o - 1] < o) orgEnd[i + o - 1] = o;
    afterNameLen[i] = afterName.longestAt(text, i, n);
    const r = reporters.longestAt(text, i, n);
    if (r) reporterEnd[i + r - 1] = 1;
    const pn = personNouns.longestAt(text, i, n);
    if (pn) personNounEnd[i + pn - 1] = 1;
    const a = appointments.longestAt(text, i, n);
    if (a) appointmentEnd[i + a - 1] = 1;
    const c = countries.longestAt(text, i, n);
    if (c) markSpan(countryMarks, i, i + c);
  }
  const titleMarks = readTitleMarks(text, wordBounds, postStart, postEnd);
  return { text, tokens, wordBounds, lattice: tokens.lattice, tokenOf, postStart, postEnd, orgEnd, afterName: afterNameLen, reporterEnd, personNounEnd, appointmentEnd, countryMarks, titleMarks };
}
