// Titles (职务) the text gives a person: a chain before the name, each link an organization and a
// post ("郑州市政府副秘书长，高新区党工委副书记、管委会常务副主任张红军"), links joined by 、 兼 or ，;
// or a bare post right after the name (李鹏总理).
import { isHan } from './chars';
import { CONJUNCTION_CHARS, COUNTRIES, ORG_STOPS, ORG_SUFFIXES, POST_MODIFIERS, POST_QUALIFIERS, POSTS, TITLE_LEAD_STOPS } from './wordLists';
import { WordSet } from './wordSet';

export interface TitleSpan {
  start: number;
  /** Where the post begins (start when there is no organization part). */
  postStart: number;
  end: number;
}

const posts = new Set(POSTS);
const modifiers = new Set(POST_MODIFIERS);
// A title keeps 前/原 (巴西前总统, 前政府总理): the organization part before a post reads over them.
const stops = new Set(ORG_STOPS.filter((w) => w !== '前' && w !== '原'));
// 和 与 及 的 join words inside an organization's name (人力资源和社会保障部, 德国的共产党): a title
// found whole keeps them.
const JOINERS: ReadonlySet<string> = new Set([...CONJUNCTION_CHARS, '的']);
const verbStops = new Set([...[...stops].filter((w) => !JOINERS.has(w)), ...TITLE_LEAD_STOPS]);
/** The longest stop word (本报讯). */
const MAX_STOP = 3;
const MAX_POST = 5;
const MAX_ORG = 20;

/** Post words the user adds, beside the built-in ones. */
export type ExtraPosts = ReadonlySet<string>;
const NO_EXTRA: ExtraPosts = new Set();

function maxLength(extra: ExtraPosts): number {
  let max = MAX_POST;
  for (const w of extra) max = Math.max(max, w.length);
  return max;
}

/** Start of the post word (with its modifiers) that ends at `end`, or -1. */
export function postEndingAt(text: string, floor: number, end: number, extra: ExtraPosts = NO_EXTRA): number {
  let start = -1;
  for (let len = Math.min(extra.size ? maxLength(extra) : MAX_POST, end - floor); len >= 1; len--) {
    const w = text.slice(end - len, end);
    if (posts.has(w) || extra.has(w)) {
      start = end - len;
      break;
    }
  }
  if (start < 0) return -1;
  for (let moved = true; moved; ) {
    moved = false;
    for (let len = 2; len >= 1; len--) {
      if (start - len >= floor && modifiers.has(text.slice(start - len, start)) && !stops.has(text.slice(start - len, start))) {
        start -= len;
        moved = true;
        break;
      }
    }
  }
  return start;
}

/** End of the post word (with modifiers) that starts at `start`, or -1. */
function postStartingAt(text: string, start: number, extra: ExtraPosts): number {
  const longest = extra.size ? maxLength(extra) : MAX_POST;
  let at = start;
  for (let steps = 0; steps < 4; steps++) {
    // 总理 is a post even though 总 can also qualify one (总经理 after 副)
    // Near the end of the text a slice is shorter than asked: the post ends where the word does.
    for (let len = Math.min(longest, text.length - at); len >= 2; len--) {
      const w = text.slice(at, at + len);
      if (posts.has(w) || extra.has(w)) return at + len;
    }
    let moved = false;
    for (let len = Math.min(2, text.length - at); len >= 1; len--) {
      const w = text.slice(at, at + len);
      if (modifiers.has(w) && w !== '前' && w !== '原') {
        at += len;
        moved = true;
        break;
      }
    }
    if (!moved) break;
  }
  return -1;
}

/** Whether a whole word of `stopWords` ends at `at` (starting at `floor` or after). */
function stopEndsAt(text: string, floor: number, at: number, bounds: Uint8Array, stopWords: ReadonlySet<string>): boolean {
  for (let len = 1; len <= MAX_STOP && at - len >= floor; len++) if (bounds[at - len] && stopWords.has(text.slice(at - len, at))) return true;
  return false;
}

/** Start of the organization part before a post at `postStart`, not before `floor`. */
function organizationStart(text: string, floor: number, postStart: number, bounds: Uint8Array): number {
  let at = postStart;
  while (at > floor && postStart - at < MAX_ORG) {
    const code = text.charCodeAt(at - 1);
    if (!isHan(code) && !(code >= 0x41 && code <= 0x5a)) break;
    if (bounds[at] && stopEndsAt(text, floor, at, bounds, stops)) break;
    at--;
  }
  return at;
}

/**
 * Where a title found in [start, end) begins once cut after the last stop word before its post
 * (会见 in 习近平会见格鲁吉亚总理): a verb or an adverb never stands inside a title (和 与 及 的 同 may:
 * they join the words of an organization's name).
 */
export function startAfterStops(text: string, start: number, end: number, bounds: Uint8Array, extra: ExtraPosts = NO_EXTRA): number {
  const postStart = postEndingAt(text, start, end, extra);
  if (postStart < 0) return start;
  let s = start;
  for (let at = postStart; at > start; at--) {
    if (!bounds[at]) continue;
    if (stopEndsAt(text, start, at, bounds, verbStops)) {
      s = at;
      break;
    }
  }
  // A joining word joins inside a title, never starts one (周红波与市长张明建), unless it starts a
  // word of the name (和平区区长).
  while (s < postStart && JOINERS.has(text[s]) && bounds[s + 1]) s++;
  return s;
}

/** Words looked up by where they end. */
class WordsEndingAt {
  private readonly set: WordSet;
  private readonly longest: number;
  constructor(words: readonly string[]) {
    this.set = new WordSet(words);
    this.longest = Math.max(...words.map((w) => w.length));
  }
  /** Length of the longest word that ends at `end` and starts at `floor` or after, or 0. */
  at(text: string, floor: number, end: number): number {
    for (let len = Math.min(this.longest, end - floor); len >= 1; len--) if (this.set.longestAt(text, end - len, end) === len) return len;
    return 0;
  }
}
const countries = new WordsEndingAt(COUNTRIES);
const orgEndings = new WordsEndingAt(ORG_SUFFIXES);
const countryEndingAt = (text: string, floor: number, end: number) => countries.at(text, floor, end);

/** Whether text[start, end) is a country's name, whole. */
export function isCountryName(text: string, start: number, end: number): boolean {
  return end > start && countries.at(text, start, end) === end - start;
}

/** Brackets and quotes a party's or a country's name holds (“光明道路”民主党, 刚果（金）): closer to opener. */
const OPENER_OF: Readonly<Record<string, string>> = { '”': '“', '）': '（', ')': '(', '》': '《', '」': '「' };
const MAX_BRACKETED = 30;

/** Punctuation no name in brackets holds: a quoted sentence (“我们坚决反对。”外交部发言人) is no party's name. */
const SENTENCE_MARKS = new Set(['，', '。', '：', '；', '！', '？', '、', ',', ';', ':', '!', '?', '\n']);

/** Index of `opener` at or before `at` and not before `floor`, looking back MAX_BRACKETED at most, with no sentence mark between; or -1. */
function openerBefore(text: string, opener: string, at: number, floor: number): number {
  for (let i = at; i >= floor && at - i <= MAX_BRACKETED; i--) {
    if (text[i] === opener) return i;
    if (SENTENCE_MARKS.has(text[i])) return -1;
  }
  return -1;
}

/**
 * Where a title found at [start, end) begins once widened over the organization the text puts
 * before it, not before `floor`: a country (伊朗总统), with 的, 驻, 前 or 原 between (德国的共产党主席,
 * 法国驻尼日尔大使), a name in brackets or quotes (尼泊尔共产党（联合马列）主席), a party or another
 * organization (日本自由民主党干事长, 国家疾控局传防司二级巡视员),
 * two organizations joined by 和 or 与 (人力资源和社会保障部部长).
 */
export function widenedStart(text: string, floor: number, start: number, end: number, bounds: Uint8Array): number {
  let s = start;
  // A bracket closed inside the title opens before it (刚果（金）总统 found from 金).
  for (let i = start; i < end; i++) {
    const opener = OPENER_OF[text[i]];
    if (!opener || openerBefore(text, opener, i, start) >= 0) continue;
    const open = openerBefore(text, opener, start, floor);
    if (open >= 0) s = Math.min(s, open);
  }
  for (let steps = 0; steps < 8 && s > floor; steps++) {
    const before = text[s - 1];
    const country = countryEndingAt(text, floor, s);
    if (country) {
      s -= country;
      continue;
    }
    if ((before === '的' || before === '驻' || before === '前' || before === '原') && countryEndingAt(text, floor, s - 1)) {
      s -= 1;
      continue;
    }
    const opener = OPENER_OF[before];
    if (opener) {
      const open = openerBefore(text, opener, s - 2, floor);
      if (open < 0) break;
      s = open;
      continue;
    }
    // Not after a country or a whole organization: 巴西与沙特外交大臣 and 市场监管总局和卫健委发言人
    // name two parties; 人力资源和社会保障部 is one.
    const joined = before === '和' || before === '与';
    if (joined && s - 2 >= floor && isHan(text.charCodeAt(s - 2)) && !countryEndingAt(text, floor, s - 1) && !orgEndings.at(text, floor, s - 1)) {
      const widened = organizationStart(text, floor, s - 1, bounds);
      // A post inside the first part makes it a title and a name (以色列总理内塔尼亚胡和…主席), not an
      // organization.
      if (widened === s - 1 || holdsPost(text, widened, s - 1, bounds)) break;
      s = widened;
      continue;
    }
    // 党的二十大代表: a delegate to the Party's congress.
    if (before === '的' && s - 2 >= floor && text[s - 2] === '党') {
      s -= 2;
      continue;
    }
    if (before === '党' || orgEndings.at(text, floor, s)) {
      const widened = organizationStart(text, floor, s, bounds);
      if (widened === s) break;
      s = widened;
      continue;
    }
    break;
  }
  return s;
}

/**
 * Whether a post, as a whole word of the dictionary's reading (not 委员 of 委员会), ends within
 * text[start, end]: 以色列总理内塔尼亚胡 and 以色列总理 before 和 are no organization.
 */
function holdsPost(text: string, start: number, end: number, bounds: Uint8Array): boolean {
  for (let k = start + 1; k <= end; k++) {
    if (!bounds[k]) continue;
    const post = postEndingAt(text, start, k);
    if (post >= 0 && bounds[post]) return true;
  }
  return false;
}

const qualifiers: ReadonlySet<string> = new Set(POST_QUALIFIERS);
const LONGEST_QUALIFIER = Math.max(...POST_QUALIFIERS.map((w) => w.length));

/**
 * Where a post's bracketed qualifier ending at `end` opens (县长（代）, 副县长（挂职）), or -1; a post
 * must end right before it.
 */
export function qualifierBefore(text: string, floor: number, end: number): number {
  const close = text[end - 1];
  if (close !== '）' && close !== ')') return -1;
  for (let open = end - 3; open >= Math.max(floor, end - 2 - LONGEST_QUALIFIER); open--) {
    if (text[open] !== (close === '）' ? '（' : '(')) continue;
    if (!qualifiers.has(text.slice(open + 1, end - 1)) || postEndingAt(text, floor, open) < 0) return -1;
    return open;
  }
  return -1;
}

/** Characters that join the links of one chain (中共中央总书记、国家主席, 副组长兼办公室主任). */
export const CHAIN_JOINTS: ReadonlySet<string> = new Set(['、', '兼', '，', ',']);

/**
 * The title chain ending right before a person at `nameStart`; `floor` bounds it (the previous
 * person); `bounds` marks word boundaries, so a stop word counts only as a whole word (经 in 经营 does not).
 */
export function titlesBefore(text: string, floor: number, nameStart: number, bounds: Uint8Array, extra: ExtraPosts = NO_EXTRA): TitleSpan[] {
  const chain: TitleSpan[] = [];
  let end = nameStart;
  while (end > floor) {
    const postStart = postEndingAt(text, floor, end, extra);
    if (postStart < 0) break;
    const start = organizationStart(text, floor, postStart, bounds);
    if (start === postStart && end - postStart < 2) break;
    chain.unshift({ start, postStart, end });
    const sep = start > floor ? text[start - 1] : '';
    if (CHAIN_JOINTS.has(sep)) end = start - 1;
    else break;
  }
  return chain;
}

/** A bare post right after the name (李鹏总理, 曼德拉总统), or undefined. */
export function titleAfter(text: string, nameEnd: number, extra: ExtraPosts = NO_EXTRA): TitleSpan | undefined {
  const end = postStartingAt(text, nameEnd, extra);
  return end > 0 ? { start: nameEnd, postStart: nameEnd, end } : undefined;
}
