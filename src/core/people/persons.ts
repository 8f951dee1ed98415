// Person spans from the segmented text: name tokens, merged where the corpus convention joins them
// (让·皮埃尔; a run of names with nothing between), plus short names the dictionary reads as words
// when context says they are names, plus a bare surname before a form of address (周总理, 王老).
import type { Lexicon } from '../lexicon';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../lexicon/surnames';
import { isHan, isNameDot } from './chars';
import { AFTER_NAME_STRONG, SURNAME_TITLES } from './postWords';
import { endsWithPost, japaneseSurnameAt, mentionsJapan, TokenKind, type Tokens } from './segment';
import { titleAfter } from './titles';
import { tagIndex } from './tagIndex';

export interface PersonSpan {
  start: number;
  end: number;
}

const surnameSet = new Set([...SINGLE_SURNAMES, ...COMPOUND_SURNAMES]);
const afterStrong = new Set(AFTER_NAME_STRONG);
const reporterWords = new Set(['记者', '通讯员', '摄影', '摄']);
/**
 * Words after which a name is part of a term, not a person (邓小平理论, 李宁牌). Before a memorial, a
 * birthday or collected works (周恩来纪念馆, 诞辰, 文选) the name still names the person.
 */
const TERM_AFTER = ['理论', '思想', '主义', '路线', '牌', '杯', '奖', '号'];

/** Surnames that are far more often a verb, preposition or country abbreviation before a post (任书记, 向总理, 驻马大使). */
const VERB_LIKE_SURNAMES = new Set([...'任应向伊吉米马于和对代兼为']);

function isName(kind: number): boolean {
  return kind === TokenKind.ChineseName || kind === TokenKind.ForeignName;
}

function startsWithAny(text: string, at: number, words: Iterable<string>): boolean {
  for (const w of words) if (text.startsWith(w, at)) return true;
  return false;
}

/**
 * A dictionary word tagged as a name, shaped like one (a surname and one or two characters, or a
 * transliteration), read as a name only with a post before or a speech verb after.
 */
function nameWordInContext(text: string, tokens: Tokens, t: number, foreignTag: boolean): boolean {
  const s = tokens.start[t];
  const e = tokens.end[t];
  if (!nameWordShaped(text, s, e, foreignTag)) return false;
  return spanInContext(text, tokens, t, e);
}

function nameWordShaped(text: string, s: number, e: number, foreignTag: boolean): boolean {
  const shaped = foreignTag || (e - s >= 3 && !surnameSet.has(text[s]))
    ? e - s >= 2
    : (e - s <= 3 && surnameSet.has(text[s])) || (e - s >= 3 && e - s <= 4 && surnameSet.has(text.slice(s, s + 2)));
  return shaped;
}

/** A post or reporter word before the span starting at token t, or a speech verb after its end e. */
function spanInContext(text: string, tokens: Tokens, t: number, e: number): boolean {
  const s = tokens.start[t];
  const after =
    afterStrong.has(text.slice(e, e + 1)) || afterStrong.has(text.slice(e, e + 2)) || afterStrong.has(text.slice(e, e + 3));
  const prevTok = t > 0 ? t - 1 : -1;
  const prevChar = s > 0 ? text.charCodeAt(s - 1) : 0;
  const before =
    (prevTok >= 0 && (endsWithPost(text, tokens.start[prevTok], s) || reporterWords.has(text.slice(tokens.start[prevTok], s)))) ||
    (prevChar === 0x3001 && prevTok > 0 && isName(tokens.kind[prevTok - 1]));
  return after || before;
}

/** 桥本龙太郎, 神崎武法: a dictionary word that is a Japanese family name and one to three more characters. */
function japaneseNameWord(text: string, s: number, e: number): boolean {
  const sLen = japaneseSurnameAt(text, s);
  return sLen > 0 && e - s > sLen && e - s <= sLen + 3;
}

/** Surname and two characters that both serve in given names (刘澜涛, not 石油化). */
function nameShaped(text: string, s: number, lex: Lexicon): boolean {
  if (!surnameSet.has(text[s])) return false;
  const n = lex.names;
  return n.givenFirst[text.charCodeAt(s + 1)] < Infinity && n.givenSecond[text.charCodeAt(s + 2)] < Infinity;
}

export function personSpans(text: string, tokens: Tokens, lex: Lexicon): PersonSpan[] {
  const spans: PersonSpan[] = [];
  const nrTag = tagIndex(lex, 'nr');
  const nrtTag = tagIndex(lex, 'nrt');
  const n = tokens.count;
  const nameLike = new Uint8Array(n);
  const japan = mentionsJapan(text);
  // Starts of transliterations (foreign-name tokens, or name-tagged words read as one)
  const foreignAt = new Uint8Array(text.length + 1);
  for (let t = 0; t < n; t++) {
    const k = tokens.kind[t];
    if (isName(k)) {
      nameLike[t] = 1;
      if (k === TokenKind.ForeignName) foreignAt[tokens.start[t]] = 1;
    }
    else if (k === TokenKind.Word && (tokens.tag[t] === nrTag || tokens.tag[t] === nrtTag) && nameWordInContext(text, tokens, t, tokens.tag[t] === nrtTag))
    {
      nameLike[t] = 1;
      if (tokens.tag[t] === nrtTag) foreignAt[tokens.start[t]] = 1;
    } else if (k === TokenKind.Word && tokens.end[t] - tokens.start[t] === 3 && nameShaped(text, tokens.start[t], lex) && nameWordInContext(text, tokens, t, false))
      nameLike[t] = 1;
    else if (k === TokenKind.Word && japan && japaneseNameWord(text, tokens.start[t], tokens.end[t])) nameLike[t] = 1;
    else if (
      tokens.end[t] - tokens.start[t] === 1 &&
      t + 1 < n &&
      tokens.kind[t + 1] === TokenKind.Word &&
      tokens.end[t + 1] - tokens.start[t + 1] === 2 &&
      nameShaped(text, tokens.start[t], lex) &&
      !VERB_LIKE_SURNAMES.has(text[tokens.start[t]]) &&
      spanInContext(text, tokens, t, tokens.end[t + 1])
    ) {
      // 唐胜利说: a surname and a word, read as a name where context says so
      nameLike[t] = 1;
      nameLike[t + 1] = 1;
      t++;
    } else if (tokens.end[t] - tokens.start[t] === 1 && surnameSet.has(text[tokens.start[t]]) && !VERB_LIKE_SURNAMES.has(text[tokens.start[t]]) && t + 1 < n) {
      // 周总理, 罗副科长: a lone surname right before a form of address or a post
      const at = tokens.end[t];
      if (startsWithAny(text, at, SURNAME_TITLES) || titleAfter(text, at)) nameLike[t] = 1;
    }
  }
  listedNames(text, tokens, nameLike, (t) =>
    tokens.kind[t] === TokenKind.Word &&
    (tokens.tag[t] === nrTag || tokens.tag[t] === nrtTag) &&
    nameWordShaped(text, tokens.start[t], tokens.end[t], tokens.tag[t] === nrtTag),
  );
  for (let t = 0; t < n; t++) {
    if (!nameLike[t]) continue;
    const start = tokens.start[t];
    let end = tokens.end[t];
    // Join names that touch, or that a name dot joins.
    while (t + 1 < n) {
      if (nameLike[t + 1] && tokens.start[t + 1] === end) {
        t++;
        end = tokens.end[t];
      } else if (t + 2 < n && nameLike[t + 2] && isNameDot(text.charCodeAt(end)) && tokens.end[t + 1] === end + 1) {
        t += 2;
        end = tokens.end[t];
      } else break;
    }
    // A dot and more transliteration after a name belong to it (穆罕默德·拉斐克·塔拉尔).
    while (end + 1 < text.length && isNameDot(text.charCodeAt(end)) && lex.names.foreign[text.charCodeAt(end + 1)] < Infinity) {
      let e = end + 1;
      while (e < text.length && e - end <= 6 && lex.names.foreign[text.charCodeAt(e)] < Infinity) e++;
      end = e;
      while (t + 1 < n && tokens.start[t + 1] < end) t++;
    }
    if (startsWithAny(text, end, TERM_AFTER) || isPlace(text, start, end)) continue;
    // 《白鹿原》: the whole title of a work, not a person
    if (start > 0 && text[start - 1] === '《' && text[end] === '》') continue;
    if ((foreignAt[start] || !surnameSet.has(text[start])) && isForeignPlace(text, start, end)) continue;
    spans.push({ start, end });
  }
  addressedSurnames(text, tokens, spans);
  creditNames(text, spans);
  spans.sort((a, b) => a.start - b.start);
  return joinedRuns(withRepeats(text, tokens, consistentNames(text, withDottedNames(text, tokens, lex, spans), lex)));
}

/** 江泽民李鹏乔石: names written back to back with nothing between are one span, the corpus convention. */
export function joinedRuns(spans: PersonSpan[]): PersonSpan[] {
  const out: PersonSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/**
 * 鲁迅、茅盾、老舍: in a list joined by 、, a name-tagged word next to a name is a name too. One pass
 * each way, so the evidence of one name runs along the whole list.
 */
function listedNames(text: string, tokens: Tokens, nameLike: Uint8Array, candidate: (t: number) => boolean): void {
  const n = tokens.count;
  const comma = (t: number) => t >= 0 && t < n && tokens.end[t] - tokens.start[t] === 1 && text.charCodeAt(tokens.start[t]) === 0x3001;
  for (let t = 2; t < n; t++) if (!nameLike[t] && comma(t - 1) && nameLike[t - 2] && candidate(t)) nameLike[t] = 1;
  for (let t = n - 3; t >= 0; t--) if (!nameLike[t] && comma(t + 1) && nameLike[t + 2] && candidate(t)) nameLike[t] = 1;
}

/** 毛主席, 周总理纪念馆: a dictionary word that opens with a surname and a form of address names that person. */
function addressedSurnames(text: string, tokens: Tokens, spans: PersonSpan[]): void {
  for (let t = 0; t < tokens.count; t++) {
    const s = tokens.start[t];
    if (tokens.kind[t] !== TokenKind.Word || tokens.end[t] - s < 3) continue;
    const c = text[s];
    if (!surnameSet.has(c) || VERB_LIKE_SURNAMES.has(c)) continue;
    if (!startsWithAny(text, s + 1, SURNAME_TITLES)) continue;
    if (!spans.some((p) => p.start <= s && s < p.end)) spans.push({ start: s, end: s + 1 });
  }
}

/**
 * （黄鹤）, （孟西安祁勇）, （胡桃摄）: the author credit closing a report, names in parentheses after a
 * sentence, optionally followed by 摄 or 摘. Several names written back to back are one span, as the
 * corpus joins any run of names.
 */
const CREDIT_ENDINGS = ['摄影报道', '摄影', '摄', '摘', '作'];
/** Characters of a place or body, which a credit of names never holds (吉林省吉林市某某 is a reader's address). */
const NOT_IN_CREDIT = new Set([...'省市县区乡镇村']);
function creditNames(text: string, spans: PersonSpan[]): void {
  for (let open = text.indexOf('（'); open >= 0; open = text.indexOf('（', open + 1)) {
    const close = text.indexOf('）', open + 1);
    if (close < 0 || close - open - 1 > 12) continue;
    let end = close;
    for (const w of CREDIT_ENDINGS) {
      if (end - open - 1 > w.length + 1 && text.startsWith(w, end - w.length)) {
        end -= w.length;
        break;
      }
    }
    const len = end - open - 1;
    if (len < 2 || len > 9) continue;
    const before = open > 0 ? text[open - 1] : '\n';
    if (!'。！？”\n'.includes(before)) continue;
    let allHan = true;
    for (let i = open + 1; i < end; i++) if (!isHan(text.charCodeAt(i)) || NOT_IN_CREDIT.has(text[i])) allHan = false;
    if (!allHan || !surnameSet.has(text[open + 1])) continue;
    const start = open + 1;
    // A credit that a found name already covers in part is taken over whole.
    for (let k = spans.length - 1; k >= 0; k--) if (spans[k].start < end && start < spans[k].end) spans.splice(k, 1);
    spans.push({ start, end });
  }
}

/** Last characters of a word before a dotted name that is no part of it: a people (荷兰人), a conjunction or preposition. */
const NOT_BEFORE_DOTTED = new Set([...'人和与同及在向对把被由从为是的了将']);

/**
 * 让·皮埃尔, 穆罕默德·拉斐克·塔拉尔: Han runs joined by name dots are one foreign name, even when a part is
 * rare. Each part is made of whole tokens: names, name-tagged words, or transliteration characters
 * read one by one, so a part never runs into the word after it (巴希尔日前).
 */
function withDottedNames(text: string, tokens: Tokens, lex: Lexicon, spans: PersonSpan[]): PersonSpan[] {
  const foreign = lex.names.foreign;
  const isForeign = (i: number) => isHan(text.charCodeAt(i)) && foreign[text.charCodeAt(i)] < Infinity;
  let anyDot = false;
  for (let i = 0; i < text.length && !anyDot; i++) anyDot = isNameDot(text.charCodeAt(i));
  if (!anyDot) return spans;
  const nameTags = new Set([tagIndex(lex, 'nr'), tagIndex(lex, 'nrt'), tagIndex(lex, 'nrfg')]);
  nameTags.delete(-1);
  const len = text.length;
  const endingAt = new Int32Array(len + 1).fill(-1);
  const startingAt = new Int32Array(len + 1).fill(-1);
  const tokenAt = new Int32Array(len + 1).fill(-1);
  for (let t = 0; t < tokens.count; t++) {
    endingAt[tokens.end[t]] = t;
    startingAt[tokens.start[t]] = t;
    tokenAt.fill(t, tokens.start[t], tokens.end[t]);
  }
  /**
   * Whether token t can be (part of) a part of a dotted name: a name, a word of transliteration
   * characters only (查理, 诺罗敦), or after a dot also a name-tagged word (阿旺晋美).
   */
  const namePart = (t: number, afterDot = false): boolean => {
    const s = tokens.start[t];
    const e = tokens.end[t];
    if (!isHan(text.charCodeAt(s))) return false;
    for (let i = s; i < e; i++) if (!isHan(text.charCodeAt(i)) && !isNameDot(text.charCodeAt(i))) return false;
    if (tokens.kind[t] >= TokenKind.ChineseName || (afterDot && nameTags.has(tokens.tag[t]))) return true;
    for (let i = s; i < e; i++) if (!isForeign(i) && !isNameDot(text.charCodeAt(i))) return false;
    return true;
  };
  const allHan = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (!isHan(text.charCodeAt(i))) return false;
    return true;
  };
  const MAX_PART = 7;
  /** End of the part starting at `at` (at itself when none). */
  const partEnd = (at: number): number => {
    let e = at;
    for (let t = startingAt[at]; t >= 0 && namePart(t, true) && (tokens.end[t] - at <= MAX_PART || tokens.kind[t] >= TokenKind.ChineseName); t = startingAt[tokens.end[t]]) {
      e = tokens.end[t];
      if (tokens.kind[t] >= TokenKind.ChineseName || nameTags.has(tokens.tag[t])) break;
    }
    return e;
  };
  const added: PersonSpan[] = [];
  for (let d = 1; d + 1 < len; d++) {
    if (!isNameDot(text.charCodeAt(d)) || !isHan(text.charCodeAt(d - 1)) || !isHan(text.charCodeAt(d + 1))) continue;
    // Before the first dot: the token there, then whole tokens back to the last word that is no name part.
    const first = tokenAt[d - 1];
    // The word right before a dot is a name part whatever the dictionary calls it (让·皮埃尔, 查理·曼德),
    // unless it names a people (荷兰人).
    if (first < 0 || !(namePart(first) || (d - tokens.start[first] <= 4 && allHan(tokens.start[first], d)))) continue;
    if (text[tokens.start[first] === d ? d : d - 1] === '人') continue;
    let start = tokens.start[first];
    for (let t = endingAt[start]; t >= 0 && namePart(t) && !NOT_BEFORE_DOTTED.has(text[tokens.end[t] - 1]) && d - tokens.start[t] <= MAX_PART; t = endingAt[tokens.start[t]]) start = tokens.start[t];
    // After it: parts joined by further dots (a foreign-name token may hold some dots already).
    let end = tokens.end[first] > d ? tokens.end[first] : d;
    while (end + 1 < len && isNameDot(text.charCodeAt(end)) && startingAt[end + 1] >= 0) {
      const e = partEnd(end + 1);
      if (e === end + 1) break;
      end = e;
    }
    // 拉吉夫·甘|地: one transliteration character the last part's token left behind
    const next = startingAt[end];
    if (end > d && next >= 0 && tokens.end[next] === end + 1 && isForeign(end) && !NOT_BEFORE_DOTTED.has(text[end]) && !FUNCTION_CHARS.has(text[end])) end++;
    if (end > d) added.push({ start, end });
    d = Math.max(d, end);
  }
  if (!added.length) return spans;
  // Found spans the dotted names overlap give way to them (one mark per character: linear).
  const dotted = new Uint8Array(len + 1);
  for (const a of added) dotted.fill(1, a.start, a.end);
  const kept = spans.filter((s) => !dotted.subarray(s.start, s.end).includes(1));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

/** Words after a name that make it a place (莫斯科机场, 石景山发电厂). */
const PLACE_AFTER = ['机场', '市', '省', '县', '港', '发电', '热电', '电厂', '地区', '郊区', '一带', '河畔', '街头', '附近', '大街', '路'];
const DATELINE_BEFORE = ['新华社', '本报', '电讯', '专电'];

/**
 * Last characters that make a short "name" a place, a body or a trade (赵村, 文化部, 司务长):
 * they end such words far more often than given names.
 */
const PLACE_ENDINGS = new Set([...'村庄镇乡县市省区湖河路街港岛桥楼园寨屯堡湾泊口坝棚店营部局委厅办院所队族厂站社处科室馆校长师员者式型界']);

/** Words after a transliteration that make it a country or city (伊拉克使馆, 拉萨市民). */
const FOREIGN_PLACE_AFTER = [
  '人民', '市民', '海关', '使馆', '大使馆', '政府', '当局', '官方', '媒体', '方面', '冲突', '问题', '两国', '驻', '境内',
  '国内', '军队', '代表团', '外交', '经济', '首都', '议会', '国防', '举行', '地区', '和平',
];
/** Words before one that make it a place (在伊拉克, 驻多伦多). */
const PLACE_BEFORE = ['在', '驻', '赴', '抵', '抵达', '前往', '到', '访问', '来自', '从', '往', '于', '位于', '飞往', '运往', '驶往'];
/** Endings of transliterated place names (塔吉克斯坦, 约翰内斯堡, 吉隆坡). */
const FOREIGN_PLACE_ENDINGS = ['斯坦', '堡', '坡', '泊', '岛', '州', '港', '城', '湾', '河', '山'];

function isForeignPlace(text: string, start: number, end: number): boolean {
  if (startsWithAny(text, end, FOREIGN_PLACE_AFTER)) return true;
  for (const w of FOREIGN_PLACE_ENDINGS) if (end - start > w.length + 1 && text.startsWith(w, end - w.length)) return true;
  for (const w of PLACE_BEFORE) {
    if (start >= w.length && text.startsWith(w, start - w.length) && !startsWithAny(text, end, AFTER_NAME_STRONG)) return true;
  }
  return false;
}

/** 记者陈天湖摄: a name a reporter's credit frames, whatever its last character. */
function creditedName(text: string, start: number, end: number): boolean {
  if (text[end] === '摄') return true;
  for (const w of reporterWords) if (start >= w.length && text.startsWith(w, start - w.length)) return true;
  return false;
}

function isPlace(text: string, start: number, end: number): boolean {
  if (startsWithAny(text, end, PLACE_AFTER)) return true;
  if (end - start <= 3 && PLACE_ENDINGS.has(text[end - 1]) && !creditedName(text, start, end)) return true;
  // 新华社莫斯科１２月３０日电: a dateline's place
  const next = end < text.length ? text.charCodeAt(end) : 0;
  const digitAfter = (next >= 0x30 && next <= 0x39) || (next >= 0xff10 && next <= 0xff19) || '一二三四五六七八九十'.includes(text[end] ?? '');
  if (!digitAfter) return false;
  for (const w of DATELINE_BEFORE) if (start >= w.length && text.startsWith(w, start - w.length)) return true;
  return false;
}

/**
 * One person is written the same way throughout a segment: a three-character reading (顾伟因) is cut
 * back to surname and one character when that shorter name is found elsewhere in the segment; the
 * third character was the next word. Conversely a two-character name followed every time (at least
 * twice) by the same character that serves in given names and starts no word that follows names
 * (说, 同志, 主席) takes it in: a rare last character the model did not dare to read (梁坤奠).
 */
/** Characters that follow names as words of their own (卢嘉和她, 王刚在): never taken into a name. */
const FUNCTION_CHARS = new Set([...'和与同及在是的了也都就又将向对为把被从由等说曾称讲告迎却已还再才便']);
function consistentNames(text: string, spans: PersonSpan[], lex: Lexicon): PersonSpan[] {
  const short = new Set<string>();
  for (const s of spans) if (s.end - s.start === 2 && surnameSet.has(text[s.start])) short.add(text.slice(s.start, s.end));
  if (!short.size) return spans;
  for (const s of spans) {
    if (s.end - s.start === 3 && surnameSet.has(text[s.start]) && short.has(text.slice(s.start, s.start + 2))) s.end = s.start + 2;
  }
  const next = new Map<string, string>();
  const count = new Map<string, number>();
  for (const s of spans) {
    if (s.end - s.start !== 2 || !surnameSet.has(text[s.start])) continue;
    const name = text.slice(s.start, s.end);
    const c = s.end < text.length && isHan(text.charCodeAt(s.end)) ? text[s.end] : '';
    const seen = next.get(name);
    next.set(name, seen === undefined || seen === c ? c : '');
    count.set(name, (count.get(name) ?? 0) + 1);
  }
  for (const s of spans) {
    if (s.end - s.start !== 2) continue;
    const name = text.slice(s.start, s.end);
    const c = next.get(name);
    if (!c || FUNCTION_CHARS.has(c) || (count.get(name) ?? 0) < 2 || !(lex.names.givenSecond[c.charCodeAt(0)] < 12)) continue;
    if (startsWithAny(text, s.end, AFTER_NAME_STRONG) || startsWithAny(text, s.end, SURNAME_TITLES) || titleAfter(text, s.end)) continue;
    s.end++;
  }
  return spans;
}

/** Every other place the page writes a name already found (李鹏 after 李鹏总理), at word boundaries. */
function withRepeats(text: string, tokens: Tokens, spans: PersonSpan[]): PersonSpan[] {
  if (spans.length === 0) return spans;
  const names = new Set<string>();
  for (const s of spans) if (s.end - s.start >= 2) names.add(text.slice(s.start, s.end));
  const boundary = new Uint8Array(text.length + 1);
  for (let t = 0; t < tokens.count; t++) {
    boundary[tokens.start[t]] = 1;
    boundary[tokens.end[t]] = 1;
  }
  const covered = new Uint8Array(text.length + 1);
  for (const s of spans) for (let i = s.start; i < s.end; i++) covered[i] = 1;
  // One pass over the text, trying only the names that begin with the character at hand: linear
  // in the text even when one segment is a whole book with hundreds of names.
  const byFirst = new Map<number, string[]>();
  for (const name of names) {
    const list = byFirst.get(name.charCodeAt(0));
    if (list) list.push(name);
    else byFirst.set(name.charCodeAt(0), [name]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  const extra: PersonSpan[] = [];
  for (let at = 0; at < text.length; at++) {
    if (covered[at]) continue;
    const list = byFirst.get(text.charCodeAt(at));
    if (!list) continue;
    for (const name of list) {
      if (!text.startsWith(name, at)) continue;
      const end = at + name.length;
      if (covered[end - 1]) continue;
      if (name.length < 3 && !(boundary[at] && boundary[end])) continue;
      if (!boundary[at] && isHan(text.charCodeAt(at - 1)) && name.length < 3) continue;
      if (startsWithAny(text, end, TERM_AFTER)) continue;
      for (let i = at; i < end; i++) covered[i] = 1;
      extra.push({ start: at, end });
      at = end - 1;
      break;
    }
  }
  return extra.length ? [...spans, ...extra].sort((a, b) => a.start - b.start) : spans;
}
