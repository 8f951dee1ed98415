// The partners of a pair written with a slash (中国组合陈艺文/昌雅妮, 混双郑思维/黄雅琼): sports reports
// write doubles and duos so. When the page reads one side as a person, or 组合 stands before the pair,
// a name-shaped run on the other side is a person too. Units (微克/立方米, 公里/小时) have neither.
import { isHan } from '../language/chars';
import { BYLINE_WORK_CHARS } from '../language/wordLists';
import type { Lexicon } from '../lexicon/lexicon';
import { anyMarked } from '../marks';
import type { LabelledSpan } from '../tagger/labels';
import type { TextView } from '../tagger/textView';
import type { Span } from '../types';
import { hasChineseNameShape, mayBeName } from './nameShape';

/** Where the next slash or full-width slash stands at or after `from`, or -1. */
function nextSlash(text: string, from: number): number {
  const a = text.indexOf('/', from);
  const b = text.indexOf('／', from);
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}
const PAIR = '组合';
/** Characters that end no name beside a pair: what follows it in the sentence (林珊以32分, 王伟莹和…). */
const AFTER_PAIR = new Set([...'以和与及在的获夺再为将']);
const CLAUSE_ENDS = new Set([...'，。、；：！？']);
const BYLINE_WORKS = new Set([...BYLINE_WORK_CHARS]);
/** Chinese names are two or three characters; the longer reading is tried first. */
const LENGTHS = [3, 2];

/** Persons beside a slash whose other side is a person or follows 组合; `taken` marks characters already in a person or a title. */
export function slashPartners(view: TextView, found: readonly LabelledSpan[], taken: Uint8Array, lex: Lexicon): LabelledSpan[] {
  const text = view.text;
  const out: LabelledSpan[] = [];
  const ends = new Set<number>();
  const starts = new Set<number>();
  for (const p of found) {
    if (p.kind !== 'person') continue;
    ends.add(p.end);
    starts.add(p.start);
  }
  const isHanRun = (s: Span) => {
    for (let i = s.start; i < s.end; i++) if (!isHan(text.charCodeAt(i))) return false;
    return true;
  };
  const fits = (s: Span, outer: number) =>
    s.start >= 0 && s.end <= text.length && isHanRun(s) && !anyMarked(taken, s.start, s.end) && view.wordBounds[outer] === 1 && hasChineseNameShape(text, s, lex) && mayBeName(view, s, lex);
  for (let i = nextSlash(text, 1); i > 0 && i + 1 < text.length; i = nextSlash(text, i + 1)) {
    const leftKnown = ends.has(i);
    const rightKnown = starts.has(i + 1);
    const left = leftKnown ? undefined : LENGTHS.map((n) => ({ start: i - n, end: i })).find((s) => fits(s, s.start));
    const paired = leftKnown || rightKnown || (left !== undefined && text.startsWith(PAIR, left.start - PAIR.length));
    if (!paired) continue;
    if (left) out.push({ kind: 'person', ...left });
    // A byline's 王鹏/文, 李明/图: the work, not a partner.
    if (rightKnown || BYLINE_WORKS.has(text[i + 1])) continue;
    // A lone character between the run and a clause's end belongs to a longer name (张本智和，).
    const right = LENGTHS.map((n) => ({ start: i + 1, end: i + 1 + n })).find((s) => fits(s, s.end) && !AFTER_PAIR.has(text[s.end - 1]) && !CLAUSE_ENDS.has(text[s.end + 1]));
    if (right) out.push({ kind: 'person', ...right });
  }
  return out;
}
