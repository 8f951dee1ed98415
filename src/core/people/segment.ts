// Segments compact text into words, with personal names as tokens of their own: a lowest-cost path
// (costs are -ln p) over dictionary words, unknown single characters, Chinese names (surname and
// given name, priced by how often each character serves in names) and transliterated foreign names.
// Names compete with the dictionary's reading of the same characters, so 周边 stays a word while
// 周爱荣 becomes a name; context (a post before, 表示 after) makes a name cheaper.
import type { Lexicon } from '../lexicon';
import { JAPANESE_SURNAMES } from '../lexicon/japaneseSurnames';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../lexicon/surnames';
import { isNameDot } from './chars';
import { AFTER_NAME_STRONG, POSTS, SURNAME_TITLES } from './postWords';

export const TokenKind = { Word: 0, Unknown: 1, Other: 2, ChineseName: 3, ForeignName: 4 } as const;
const WORD = 0;
const UNKNOWN = 1;
const OTHER = 2;
const CHINESE_NAME = 3;
const FOREIGN_NAME = 4;

export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  /** Lexicon tag index for words, 255 otherwise. */
  tag: Uint8Array;
}

/** Tunable costs of the name model. */
export const NAME_COSTS = {
  chineseBase: 4.0,
  oneCharGiven: 1.0,
  prefixed: 5.0,
  foreignBase: 9.5,
  foreignScale: 1.05,
  foreignMinLength: 2,
  afterStrong: 2.0,
  afterPunct: 0,
  beforeTitle: 5.5,
  beforeProfession: 3,
  beforePunct: 0.5,
  beforeListedName: 7.5,
  nonHan: 0.5,
  marriedName: 4.0,
  japaneseBase: 5.0,
  japaneseGivenChar: 1.0,
  japaneseSurnameOnly: 1.5,
  japaneseGivenEnd: 2.0,
};

const MAX_WORDS = 32;

// Japanese names (桥本龙太郎, 小渊惠三): a Japanese family name and one to three given characters.
// Read only in a segment that speaks of Japan, where such names are expected.
const japaneseSurnames = new Set(JAPANESE_SURNAMES);
const japaneseFirst = new Uint8Array(65536);
for (const s of JAPANESE_SURNAMES) japaneseFirst[s.charCodeAt(0)] = 1;
/** Characters Japanese given names often end with (郎, 夫, 彦, 三…). */
const japaneseGivenEnd = new Uint8Array(65536);
for (const c of '郎夫雄彦三一二男子介助树美惠也哉人之宏弘明治次藏平太造吉' ) japaneseGivenEnd[c.charCodeAt(0)] = 1;
const japaneseTitles = new Set(['外相', '藏相', '大臣', '议员', '长官', '干事长', '会长', '社长']);
const JAPAN_WORDS = ['日本', '日方', '日相', '东京', '日中', '中日', '日美', '美日'];
const MAX_FOREIGN = 9;

const singleSurname = new Uint8Array(65536);
for (const s of SINGLE_SURNAMES) singleSurname[s.charCodeAt(0)] = 1;
const compoundFirst = new Uint8Array(65536);
for (const s of COMPOUND_SURNAMES) compoundFirst[s.charCodeAt(0)] = 1;

/** Surname costs by character code, computed once per lexicon. */
const surnameCostTables = new WeakMap<Lexicon, Float32Array>();
function surnameCosts(lex: Lexicon): Float32Array {
  let table = surnameCostTables.get(lex);
  if (!table) {
    table = new Float32Array(65536).fill(Infinity);
    for (const s of SINGLE_SURNAMES) table[s.charCodeAt(0)] = lex.names.surnameCost(s) ?? 12;
    surnameCostTables.set(lex, table);
  }
  return table;
}
const compoundSurnames = new Set(COMPOUND_SURNAMES);
const afterStrong = new Set(AFTER_NAME_STRONG);
const afterStrongFirst = new Uint8Array(65536);
for (const w of AFTER_NAME_STRONG) afterStrongFirst[w.charCodeAt(0)] = 1;

function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}
const reporterWords = new Set(['记者', '通讯员', '摄影', '编辑', '撰稿']);
const postSet = new Set(POSTS);
/** 先生, 同志…: never a given name (徐先生 is 徐 and a form of address). */
const addressWords = new Set([...SURNAME_TITLES, '同志', '书记', '主任', '部长']);
const MAX_POST = 5;

/** Last characters of words for a trade or a part someone plays (作家, 演员, 工程师, 选手, 名将). */
const professionEnd = new Uint8Array(65536);
for (const c of '家员师手将者匠星民工生') professionEnd[c.charCodeAt(0)] = 1;

/** Whether the text speaks of Japan, so that Japanese names are expected in it. */
export function mentionsJapan(text: string): boolean {
  for (const w of JAPAN_WORDS) if (text.includes(w)) return true;
  return false;
}

/** Length of the Japanese family name at `at` (2 or 3), or 0. */
export function japaneseSurnameAt(text: string, at: number): number {
  if (!japaneseFirst[text.charCodeAt(at)]) return 0;
  if (japaneseSurnames.has(text.slice(at, at + 3))) return 3;
  return japaneseSurnames.has(text.slice(at, at + 2)) ? 2 : 0;
}

/** True when text[from, to) ends with a post word. */
export function endsWithPost(text: string, from: number, to: number): boolean {
  for (let len = Math.min(MAX_POST, to - from); len >= 1; len--) if (postSet.has(text.slice(to - len, to))) return true;
  return false;
}

export function segment(text: string, lex: Lexicon): Tokens {
  const n = text.length;
  const best = new Float64Array(n + 1).fill(Infinity);
  const from = new Int32Array(n + 1).fill(-1);
  const kindAt = new Uint8Array(n + 1);
  const tagAt = new Uint8Array(n + 1).fill(255);
  const ends = new Int32Array(MAX_WORDS);
  const costs = new Float64Array(MAX_WORDS);
  const tags = new Uint8Array(MAX_WORDS);
  const names = lex.names;
  const singleCost = surnameCosts(lex);
  const C = NAME_COSTS;
  const japan = mentionsJapan(text);
  best[0] = 0;

  const relax = (i: number, j: number, cost: number, kind: number, tag: number) => {
    const c = best[i] + cost;
    if (c < best[j]) {
      best[j] = c;
      from[j] = i;
      kindAt[j] = kind;
      tagAt[j] = tag;
    }
  };

  /** Bonus for a name token starting at i from what stands before it. */
  const beforeBonus = (i: number): number => {
    let bonus = 0;
    const prev = i > 0 ? text.charCodeAt(i - 1) : 0x0a;
    if (!isHan(prev)) {
      bonus += C.beforePunct;
      if (prev === 0x3001 && i > 0 && (kindAt[i - 1] === CHINESE_NAME || kindAt[i - 1] === FOREIGN_NAME))
        bonus += C.beforeListedName;
    } else {
      const p = from[i];
      if (p >= 0 && (kindAt[i] === WORD || kindAt[i] === UNKNOWN)) {
        if (endsWithPost(text, p, i) || reporterWords.has(text.slice(p, i))) bonus += C.beforeTitle;
        else if (i - p >= 2 && professionEnd[text.charCodeAt(i - 1)]) bonus += C.beforeProfession;
      }
    }
    return bonus;
  };
  /** Bonus for a name token ending at j from what follows it. */
  const afterBonus = (j: number): number => {
    if (j >= n) return C.afterPunct;
    const next = text.charCodeAt(j);
    if (!isHan(next)) return C.afterPunct;
    if (
      afterStrongFirst[next] &&
      (afterStrong.has(text.slice(j, j + 2)) || afterStrong.has(text.slice(j, j + 1)) || afterStrong.has(text.slice(j, j + 3)))
    )
      return C.afterStrong;
    return 0;
  };

  let beforeAt = -1;
  let beforeValue = 0;
  const bonus = (i: number, j: number): number => {
    if (beforeAt !== i) {
      beforeAt = i;
      beforeValue = beforeBonus(i);
    }
    return beforeValue + afterBonus(j);
  };

  /** A post or form of address starts at s (桥本首相: no given name follows). */
  const postAt = (s: number) => {
    for (let len = 2; len <= 3; len++) {
      const w = text.slice(s, s + len);
      if (postSet.has(w) || addressWords.has(w) || japaneseTitles.has(w)) return true;
    }
    return false;
  };
  const japaneseNames = (i: number) => {
    for (let sLen = 2; sLen <= 3; sLen++) {
      if (i + sLen > n || !japaneseSurnames.has(text.slice(i, i + sLen))) continue;
      const s = i + sLen;
      // 桥本首相: the family name alone, when context makes it a name
      relax(i, s, C.japaneseBase + C.japaneseSurnameOnly - bonus(i, s), CHINESE_NAME, 255);
      if (postAt(s)) continue;
      let sum = 0;
      for (let g = 1; g <= 3 && s + g <= n; g++) {
        const c = text.charCodeAt(s + g - 1);
        if (!isHan(c)) break;
        const cost = Math.min(names.givenFirst[c], names.givenSecond[c]);
        if (cost === Infinity) break;
        sum += cost * C.japaneseGivenChar;
        const j = s + g;
        relax(i, j, C.japaneseBase + sum + (japaneseGivenEnd[c] ? 0 : C.japaneseGivenEnd) - bonus(i, j), CHINESE_NAME, 255);
      }
    }
  };

  for (let i = 0; i < n; i++) {
    if (best[i] === Infinity) continue;
    const code = text.charCodeAt(i);
    if (!isHan(code)) {
      relax(i, i + 1, C.nonHan, OTHER, 255);
      continue;
    }
    const k = lex.wordsAt(text, i, ends, costs, tags);
    let hasSingle = false;
    for (let w = 0; w < k; w++) {
      if (ends[w] === i + 1) hasSingle = true;
      relax(i, ends[w], costs[w], WORD, tags[w]);
    }
    if (!hasSingle) relax(i, i + 1, lex.unknownCost, UNKNOWN, 255);

    // Chinese names: surname, then one or two given-name characters.
    let sLen = 0;
    let sCost = 0;
    if (compoundFirst[code] && i + 1 < n && compoundSurnames.has(text.slice(i, i + 2))) {
      sLen = 2;
      sCost = names.surnameCost(text.slice(i, i + 2)) ?? 12;
    } else if (singleSurname[code]) {
      sLen = 1;
      sCost = singleCost[code];
    }
    if (sLen) {
      const g1 = i + sLen < n ? text.charCodeAt(i + sLen) : 0;
      if (isHan(g1)) {
        const one = names.givenSingle[g1];
        if (one < Infinity) {
          const j = i + sLen + 1;
          relax(i, j, C.chineseBase + sCost + one + C.oneCharGiven - bonus(i, j), CHINESE_NAME, 255);
        }
        if (g1 === 0x67d0) {
          // 李某: the way reports name a person they do not name
          const j = i + sLen + 1;
          relax(i, j, C.chineseBase + sCost - bonus(i, j), CHINESE_NAME, 255);
        }
        const g2 = i + sLen + 1 < n ? text.charCodeAt(i + sLen + 1) : 0;
        const two = names.givenFirst[g1] + names.givenSecond[g2];
        // 陈方安生: a married woman's name, her husband's surname before her own (Hong Kong usage).
        if (sLen === 1 && singleSurname[g1] && i + 4 <= n) {
          const g3 = text.charCodeAt(i + 3);
          const married = names.givenFirst[g2] + names.givenSecond[g3];
          if (isHan(g3) && married < Infinity && !addressWords.has(text.slice(i + 2, i + 4))) {
            relax(i, i + 4, C.chineseBase + sCost + singleCost[g1] + married + C.marriedName - bonus(i, i + 4), CHINESE_NAME, 255);
          }
        }
        if (isHan(g2) && two < Infinity && !addressWords.has(text.slice(i + sLen, i + sLen + 2))) {
          const j = i + sLen + 2;
          relax(i, j, C.chineseBase + sCost + two - bonus(i, j), CHINESE_NAME, 255);
        }
      }
    }
    if (japan && japaneseFirst[code]) japaneseNames(i);
    // 老张, 小李: a surname after 老 or 小 names a person too.
    if ((code === 0x8001 || code === 0x5c0f) && i + 1 < n && singleSurname[text.charCodeAt(i + 1)]) {
      const j = i + 2;
      const sc = singleCost[text.charCodeAt(i + 1)];
      relax(i, j, C.chineseBase + sc + C.prefixed - bonus(i, j), CHINESE_NAME, 255);
    }

    // Transliterated foreign names: a run of characters common in transliterations, dots allowed inside.
    const f0 = names.foreign[code];
    if (f0 < Infinity) {
      let sum = f0;
      let j = i + 1;
      let len = 1;
      while (j < n && len < MAX_FOREIGN) {
        let c = text.charCodeAt(j);
        let step = 1;
        if (isNameDot(c) && j + 1 < n && names.foreign[text.charCodeAt(j + 1)] < Infinity) {
          c = text.charCodeAt(j + 1);
          step = 2;
        }
        const fc = names.foreign[c];
        if (fc === Infinity) break;
        sum += fc;
        j += step;
        len++;
        if (len >= C.foreignMinLength) {
          relax(i, j, C.foreignBase + C.foreignScale * sum - bonus(i, j), FOREIGN_NAME, 255);
        }
      }
    }
  }

  // Walk the best path back.
  let count = 0;
  for (let j = n; j > 0; j = from[j]) count++;
  const tokens: Tokens = {
    count,
    start: new Int32Array(count),
    end: new Int32Array(count),
    kind: new Uint8Array(count),
    tag: new Uint8Array(count),
  };
  let t = count;
  for (let j = n; j > 0; j = from[j]) {
    t--;
    tokens.start[t] = from[j];
    tokens.end[t] = j;
    tokens.kind[t] = kindAt[j];
    tokens.tag[t] = tagAt[j];
  }
  return tokens;
}
