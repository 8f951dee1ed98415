// A name between a post and what follows names: 区委书记张红军主持会议, 副市长吴国庆指出. The sentence puts
// the characters there in a name's place on both sides, so a surname and a given name that the
// dictionary also reads as words (红军, 国庆, 河清) are a name all the same; the tagger, trusting the
// dictionary's reading, misses them.
import { isHan } from '../language/chars';
import type { Lexicon } from '../lexicon/lexicon';
import type { LabelledSpan } from '../tagger/labels';
import type { TextView } from '../tagger/textView';
import { isPost, loneTag, mayBeForeignName, mayBeName } from './nameShape';
import { isAsciiDigit } from '../numerals';
import { CONJUNCTION_CHARS, PROVINCES, SPEECH_VERBS } from '../language/wordLists';
import { WordSet } from '../language/wordSet';
import { qualifierBefore } from '../language/titleChains';
import { anyMarked } from '../marks';

const MIN_NAME = 2;
const MAX_NAME = 3;
/** What may end a name right after it besides a word that follows names: punctuation of a clause or a list. */
const CLOSING = new Set(['，', '、', '。', '；', '：', ',', ';']);
/**
 * What starts the next entry of a list of honourees written without breaks, each a post and a name
 * (副处长卢增全山东省千佛山医院外科副主任医师于振海安徽省…): a province's name, 中国 or 全国.
 */
const entryStarts = new WordSet([...PROVINCES, '中国', '全国']);
/** How far before a name the entry before it may start (a province, an office, a post: 山东省农业厅科教处副处长). */
const LIST_REACH = 30;
/** Endings of a province's whole name (山东省, 上海市, 西藏自治区, 新疆维吾尔…). */
const PROVINCE_ENDINGS = ['省', '市', '自治区', '维吾尔', '回族', '壮族'];
const provinces = new WordSet(PROVINCES);
/** Characters that join a clause to a place rather than end a name before it (张莉是湖北…, 靳伟因北京…, 苏辉和全国…). */
const BEFORE_PLACE_WORDS: ReadonlySet<string> = new Set([...CONJUNCTION_CHARS, ...'是因对在向为将把被给让由从来到有也都就还又等']);
/** Verbs of speech that follow a name at the start of a clause. */
const speech = new Set(SPEECH_VERBS);
/**
 * What a clause starts after, and the particles, as code units: the loop over every position compares
 * code units, since a character read as a string is a new string each time.
 */
const CLAUSE_START_CODES = new Set([...'，。；：！？\n“、'].map((c) => c.charCodeAt(0)));
const PARTICLE_CODES = new Set([...'了的着过'].map((c) => c.charCodeAt(0)));
const CLOSE_BRACKET_CODES = new Set([...'）)'].map((c) => c.charCodeAt(0)));
const LING = '领'.charCodeAt(0);
const DAO = '导'.charCodeAt(0);
/** Tags of function words: preposition, adverb, conjunction, pronoun, particle, place word, verb. */
const FUNCTION_TAGS = /^[pdcrufv]/;

/** Whether a post stands wholly inside the span start..end, after its first character (乌外长说). */
function postInside(postStart: Uint8Array, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) if (postStart[i] > 0 && i + postStart[i] <= end) return true;
  return false;
}

/** Whether a particle stands in text[start, end) (领导满意了). */
function hasParticle(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (PARTICLE_CODES.has(text.charCodeAt(i))) return true;
  return false;
}

/**
 * The found persons, and the persons standing between a post and a word that follows names or a
 * clause's punctuation; `taken` marks characters already in a person or a title.
 */
export function postedNames(view: TextView, found: readonly LabelledSpan[], taken: Uint8Array, lex: Lexicon): LabelledSpan[] {
  const { text, postEnd, afterName, wordBounds } = view;
  const entryAt = (i: number) => i < text.length && entryStarts.longestAt(text, i, text.length) > 0;
  // A province by its whole name (山东省, 西藏自治区; not 中国 or 全国, which prose puts after a verb: 率中国政府代表团).
  const provinceAt = (i: number) => {
    const n = i < text.length ? provinces.longestAt(text, i, text.length) : 0;
    return n > 0 && PROVINCE_ENDINGS.some((w) => text.startsWith(w, i + n));
  };
  // A list of honourees: the entry before this one started with a province too, shortly before.
  const inList = (at: number) => {
    for (let k = Math.max(0, at - LIST_REACH); k < at; k++) if (provinceAt(k)) return true;
    return false;
  };
  const nextEntryAt = (end: number) => entryAt(end) && !BEFORE_PLACE_WORDS.has(text[end - 1]) && inList(end - 1);
  const closedAt = (end: number) => end === text.length || afterName[end] > 0 || CLOSING.has(text[end]) || nextEntryAt(end);
  const isForeign = (i: number) => i >= 0 && i < text.length && lex.names.foreign[text.charCodeAt(i)] < Infinity;
  const allForeign = (p: LabelledSpan) => {
    for (let i = p.start; i < p.end; i++) if (!isForeign(i)) return false;
    return true;
  };
  // A conjunction, preposition or particle standing alone (佐科和夫人) joins a name to what follows.
  const joinsWords = (i: number) => /^[cpu]/.test(loneTag(view, i, lex) ?? '');
  const out: LabelledSpan[] = found.map((p) => {
    const end = p.end;
    const afterPost = p.start > 0 && postEnd[p.start - 1] > 0;
    // A name after a post that cuts a word of the dictionary's reading in two, one character short of
    // what follows names, takes the rest of that word (张红 before 军到会: 张红军, the word 红军).
    if (afterPost && end - p.start === MIN_NAME && end < text.length && !wordBounds[end]) {
      const token = view.tokenOf[end];
      if (view.tokens.start[token] < end && view.tokens.end[token] === end + 1 && !taken[end] && closedAt(end + 1)) return { ...p, end: end + 1 };
    }
    // In a list of honourees, a name one character short of the next entry takes that character (卢增 before 全山东省).
    // The character is no verb, preposition or adverb the dictionary reads alone (李强率…, 王凯任…, 张强兼…).
    if (afterPost && end - p.start === MIN_NAME && !taken[end] && end + 1 < text.length && isHan(text.charCodeAt(end)) && !entryAt(end) && provinceAt(end + 1) && !BEFORE_PLACE_WORDS.has(text[end]) && !/^[vpdc]/.test(loneTag(view, end, lex) ?? '') && inList(p.start) && mayBeName(view, { start: p.start, end: end + 1 }, lex)) return { ...p, end: end + 1 };
    // A surname the tagger set apart from its given name before a word that follows names (，韩正说
    // read as 韩 and 正说): the name is the two.
    if (end - p.start === 1 && end + 1 < text.length && isHan(text.charCodeAt(end)) && !taken[end] && afterName[end + 1] > 0 && mayBeName(view, { start: p.start, end: end + 1 }, lex)) return { ...p, end: end + 1 };
    if (!allForeign(p)) return p;
    // A transliterated name cut one character short at either end, the character one that foreign
    // names are written with: after a post, before punctuation, a word that follows names or a date
    // (总理普拉昌 before 达，; 总司令布尔 before 汉22日); before a post, after the start of a clause
    // (。西 before 米纳总统).
    if (afterPost && end + 1 <= text.length && !closedAt(end) && isForeign(end) && !taken[end] && !joinsWords(end) && (closedAt(end + 1) || isAsciiDigit(text.charCodeAt(end + 1)))) return { ...p, end: end + 1 };
    const before = p.start - 1;
    if (view.postStart[end] > 0 && isForeign(before) && !taken[before] && (before === 0 || CLAUSE_START_CODES.has(text.charCodeAt(before - 1)))) return { ...p, start: before };
    return p;
  });
  for (const p of out) taken.fill(1, p.start, p.end);
  for (let start = 0; start + MIN_NAME <= text.length; start++) {
    // A post ends right before, as a whole word of the dictionary's reading, or 领导 (区领导X出席).
    const leader = start >= 2 && text.charCodeAt(start - 2) === LING && text.charCodeAt(start - 1) === DAO && wordBounds[start - 2];
    const clauseStart = start === 0 || CLAUSE_START_CODES.has(text.charCodeAt(start - 1));
    // Or a post with its qualifier in brackets (县长（代）X主持).
    const qualified = start > 0 && CLOSE_BRACKET_CODES.has(text.charCodeAt(start - 1)) && qualifierBefore(text, 0, start) >= 0;
    if (!(postEnd[start - 1] || leader || clauseStart || qualified) || !wordBounds[start] || taken[start]) continue;
    const clauseOnly = clauseStart && !(start > 0 && postEnd[start - 1]) && !leader && !qualified;
    for (let len = MIN_NAME; len <= MAX_NAME && start + len <= text.length; len++) {
      const end = start + len;
      if (!isHan(text.charCodeAt(end - 1)) || taken[end - 1]) break;
      if (!wordBounds[end]) continue;
      if (clauseOnly) {
        // At the start of a clause, a weaker place: a surname the dictionary's reading sets apart
        // before a two-character word, then a verb of speech (会上，张红军指出).
        if (len !== 3 || !speech.has(text.slice(end, end + 2)) && !speech.has(text[end])) continue;
        if (view.tokens.end[view.tokenOf[start]] !== start + 1) break;
      } else if (!closedAt(end)) continue;
      // The characters after the post are themselves a post (书记、区长), or no name.
      if (isPost(view, { start, end })) break;
      // A word that follows names inside the span (代表时强调, 部长曾表示) leaves no room for one.
      if (anyMarked(afterName, start + 1, end)) break;
      // Nor does a post inside it (乌外长说).
      if (postInside(view.postStart, start, end)) break;
      // Particles are no characters of a name (领导满意了).
      if (hasParticle(text, start, end)) break;
      // A character the dictionary's reading leaves alone as an adverb or preposition (曾, 向) starts no name.
      if (FUNCTION_TAGS.test(loneTag(view, start, lex) ?? '')) break;
      const span = { start, end };
      if (mayBeName(view, span, lex) || (!clauseOnly && mayBeForeignName(view, span, lex))) out.push({ kind: 'person', start, end });
      break;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
