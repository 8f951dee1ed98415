// A name dot joins the parts of one foreign name (大卫·弗格森, 霍勒斯·张): a name found on one side
// of a dot takes the part on the other side, read by the same transliteration statistics as the
// foreign-name candidates.
import { isHan, isNameDot } from '../language/chars';
import { MAX_CHAR_COST, MAX_LENGTH } from '../tagger/candidates/foreign';
import type { LabelledSpan } from '../tagger/labels';
import { anyMarked } from '../marks';

/**
 * Length of the name part that starts at `from` and runs in `step` direction (+1 or -1): characters
 * transliterations use, `others` other at most (one after a dot, none across a dash), and that one
 * not at the far end unless the part ends where the Han text does (霍勒斯·张，).
 */
function partLength(text: string, from: number, step: 1 | -1, foreign: Float32Array, countryStarts?: Uint8Array, others: 0 | 1 = 1): number {
  let len = 0;
  let weakAt = -1;
  for (let i = from; i >= 0 && i < text.length && len < MAX_LENGTH; i += step) {
    const c = text.charCodeAt(i);
    if (!isHan(c)) break;
    // A part of two characters or more ends where a country's name begins (克洛德·谢松法国前外交部长),
    // not a part that holds one inside it (阿巴西).
    if (step === 1 && len >= 2 && countryStarts && countryStarts[i] & 1) break;
    if (!(foreign[c] < MAX_CHAR_COST)) {
      if (weakAt >= 0 || others === 0) break;
      weakAt = len;
    }
    len++;
  }
  const next = from + step * len;
  const endsHanText = next < 0 || next >= text.length || !isHan(text.charCodeAt(next));
  if (weakAt === len - 1 && len > 0 && !endsHanText) len--;
  return len;
}

/**
 * Where a part of transliteration characters only, from `from` in `step` direction, ends at non-Han
 * text: an end offset, or a start offset going back; `from` (`from + 1` going back) when none does.
 */
function wholePartEnd(text: string, from: number, step: 1 | -1, foreign: Float32Array): number {
  const len = partLength(text, from, step, foreign, undefined, 0);
  const next = from + step * len;
  const endsHanText = next < 0 || next >= text.length || !isHan(text.charCodeAt(next));
  if (!len || !endsHanText) return step === 1 ? from : from + 1;
  return step === 1 ? next : next + 1;
}

function lastNameDot(text: string, start: number, end: number): number {
  for (let i = end - 1; i > start; i--) if (isNameDot(text.charCodeAt(i))) return i;
  return -1;
}

function firstNameDot(text: string, start: number, end: number): number {
  for (let i = start + 1; i < end; i++) if (isNameDot(text.charCodeAt(i))) return i;
  return -1;
}

/** Dashes that join the two halves of a double-barrelled transliterated name (罗德—拉森, 尼赫鲁—甘地). */
const isNameDash = (c: number) => c === 0x2014 || c === 0x2d || c === 0xff0d;

/** Whether every character of [start, end) is one transliterations use. */
function transliterated(text: string, start: number, end: number, foreign: Float32Array): boolean {
  for (let i = start; i < end; i++) if (!(foreign[text.charCodeAt(i)] < MAX_CHAR_COST)) return false;
  return end > start;
}

/**
 * The length of the transliterated half joined by a single dash at `dash` to a transliterated name
 * on the other side, or 0: characters transliterations use, up to where a country's name begins. A
 * doubled dash (——) is punctuation, and a half of one character joins nothing: 北京—上海 joins nothing.
 */
function dashedHalf(text: string, dash: number, step: 1 | -1, foreign: Float32Array, countryMarks?: Uint8Array): number {
  if (!isNameDash(text.charCodeAt(dash)) || isNameDash(text.charCodeAt(dash - 1)) || isNameDash(text.charCodeAt(dash + 1))) return 0;
  const len = partLength(text, dash + step, step, foreign, countryMarks, 0);
  return len >= 2 ? len : 0;
}

/**
 * Whether `name` stands somewhere on the page without a dash beside it: then it is a name of its
 * own, and a dash beside it joins two persons. Asked only next to a dash, and once per string.
 */
function standsAloneOn(text: string): (name: string) => boolean {
  const known = new Map<string, boolean>();
  return (name) => {
    let alone = known.get(name);
    if (alone === undefined) {
      alone = false;
      for (let at = text.indexOf(name); at >= 0 && !alone; at = text.indexOf(name, at + 1))
        alone = !isNameDash(text.charCodeAt(at - 1)) && !isNameDash(text.charCodeAt(at + name.length));
      known.set(name, alone);
    }
    return alone;
  };
}

/** The dictionary's reading of the text: each character's word, and where the words start and end. */
export interface DictionaryWords {
  tokenOf: Int32Array;
  tokens: { start: Int32Array; end: Int32Array };
}

/**
 * The persons with each one that stops at a name dot carried across it; persons it then covers are
 * merged into it. `countryMarks` (bit 1 where a country's name begins) stop a part.
 */
export function acrossNameDots(text: string, persons: LabelledSpan[], foreign: Float32Array, countryMarks?: Uint8Array, words?: DictionaryWords): LabelledSpan[] {
  const out: LabelledSpan[] = [];
  const standsAlone = standsAloneOn(text);
  for (const p of persons) {
    let { start, end } = p;
    // A name neither starts nor ends with its dot: the tagger's 克洛德· is 克洛德 before a dot.
    while (end > start && isNameDot(text.charCodeAt(end - 1))) end--;
    while (start < end && isNameDot(text.charCodeAt(start))) start++;
    if (start === end) continue;
    if (end + 1 < text.length && isNameDot(text.charCodeAt(end))) {
      const len = partLength(text, end + 1, 1, foreign, countryMarks);
      if (len > 0) end += 1 + len;
    }
    if (start >= 2 && isNameDot(text.charCodeAt(start - 1))) {
      const len = partLength(text, start - 2, -1, foreign);
      if (len > 0) start -= 1 + len;
    }
    // A part at an end of a dotted name that the tagger cut short is read whole where it runs, in
    // characters transliterations use only, to the end of the Han text (詹姆斯·德默|特13日,
    // 、热|利科·科姆希奇), and takes in no country's name (尼日利亚|穆罕默杜·布哈里).
    const lastDot = lastNameDot(text, start, end);
    if (lastDot >= 0) {
      const wholeEnd = wholePartEnd(text, lastDot + 1, 1, foreign);
      if (!countryMarks || !anyMarked(countryMarks, end, wholeEnd)) end = Math.max(end, wholeEnd);
      const firstDot = firstNameDot(text, start, end);
      const wholeStart = wholePartEnd(text, firstDot - 1, -1, foreign);
      if (!countryMarks || !anyMarked(countryMarks, wholeStart, start)) start = Math.min(start, wholeStart);
      // Nor is a part the dictionary lists as one word (主任买|买提·艾力: 买买提), read in transliteration characters.
      if (words) {
        const t = words.tokenOf[start];
        const from = words.tokens.start[t];
        if (from < start && words.tokens.end[t] === firstDot && transliterated(text, from, start, foreign)) start = from;
        const u = words.tokenOf[end - 1];
        const to = words.tokens.end[u];
        if (to > end && words.tokens.start[u] === lastDot + 1 && transliterated(text, end, to, foreign)) end = to;
      }
    }
    // A transliterated name and the half joined to it by a dash (罗德—拉森); two names the page also
    // uses alone are two persons (马克龙—默克尔 … 默克尔表示).
    if (transliterated(text, start, end, foreign)) {
      const after = end + 1 < text.length ? dashedHalf(text, end, 1, foreign, countryMarks) : 0;
      const alone = () => standsAlone(text.slice(start, end));
      if (after && !alone() && !standsAlone(text.slice(end + 1, end + 1 + after))) end += 1 + after;
      else if (start >= 3) {
        const before = dashedHalf(text, start - 1, -1, foreign);
        if (before && !alone() && !standsAlone(text.slice(start - 1 - before, start - 1))) start -= 1 + before;
      }
    }
    // Widened backwards, it may cover more than one person kept before it.
    while (out.length && start < out[out.length - 1].end) {
      const last = out.pop()!;
      start = Math.min(start, last.start);
      end = Math.max(end, last.end);
    }
    out.push({ kind: 'person', start, end });
  }
  return out;
}
