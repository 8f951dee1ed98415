// Names set apart by spaces. OCR of a list of attendees keeps the gaps between names (出席会议的有：
// 张红军 李明 王强), which the compact text drops: the tagger then reads 李明王强 as one name. A name
// never runs across such a gap when both sides are names of their own, and the items of a spaced list
// next to a name are names too (as with 、 in listedNames.ts). A gap inside one name (王 强, an OCR
// slip) leaves a side of one character, and stays; runs of such sides are the names typesetting
// padded (language/paddedNames.ts).
import { isHan } from '../language/chars';
import { joinPaddedNames } from '../language/paddedNames';
import type { Lexicon } from '../lexicon/lexicon';
import type { LabelledSpan } from '../tagger/labels';
import type { TextView } from '../tagger/textView';
import type { Span } from '../types';
import { hasChineseNameShape, mayBeName } from './nameShape';
import { anyMarked } from '../marks';

/** Words that close a list after its last name (张三 李四等). */
const LIST_ENDS = ['等', '同志'];

/**
 * Found persons cut at the gaps inside them into the items of the spaced list they cross, when every
 * such item is a name of its own (李明王强赵小 read across 李明 王强 赵小平等 gives 李明, 王强, 赵小平).
 */
export function splitAtSpaces(text: string, found: readonly LabelledSpan[], spaced: Uint8Array, lex: Lexicon): LabelledSpan[] {
  const crossing = new Set(found.filter((p) => anyMarked(spaced, p.start + 1, p.end)));
  if (!crossing.size) return [...found];
  const items = spacedLists(text, spaced).flatMap((list) => listItems(text, list));
  const out: LabelledSpan[] = [];
  for (const p of found) {
    if (!crossing.has(p)) {
      out.push(p);
      continue;
    }
    const covered: Span[] = [];
    for (let k = firstEndingAfter(items, p.start); k < items.length && items[k].start < p.end; k++) covered.push(items[k]);
    if (covered.length > 1 && covered.every((s) => hasChineseNameShape(text, s, lex))) out.push(...covered.map((s): LabelledSpan => ({ kind: 'person', start: s.start, end: s.end })));
    else out.push(p);
  }
  return out;
}

/** Index of the first of `items` (in text order) that ends after `at`. */
function firstEndingAfter(items: readonly Span[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The items of a spaced list, the last one without the word that closes the list (张三 李四等), and
 * runs of items of one character read as the names typesetting padded (郭晓明 张 鹏, 张 红 军).
 */
function listItems(text: string, list: Span[]): Span[] {
  const trimmed = list.map((s, k): Span => {
    if (k !== list.length - 1) return s;
    const end = LIST_ENDS.reduce((e, w) => (e - w.length > s.start && text.startsWith(w, e - w.length) ? e - w.length : e), s.end);
    return { start: s.start, end };
  });
  return joinPaddedNames(trimmed, (s) => s.end - s.start === 1, (group) => ({ start: group[0].start, end: group[group.length - 1].end }));
}

/** The runs of Han characters joined by gaps: each run an item, each list two items or more. */
function spacedLists(text: string, spaced: Uint8Array): Span[][] {
  const lists: Span[][] = [];
  let current: Span[] = [];
  // The run before, as numbers: most runs are clauses that no gap joins to another, and stay no list.
  let runStart = -1;
  let runEnd = -1;
  const close = () => {
    if (current.length > 1) lists.push(current);
    if (current.length) current = [];
    runStart = -1;
  };
  let i = 0;
  while (i < text.length) {
    if (!isHan(text.charCodeAt(i))) {
      close();
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && isHan(text.charCodeAt(end)) && !spaced[end]) end++;
    // An item that follows a gap joins the run before it; any other starts anew.
    if (spaced[i] && runStart >= 0) {
      if (!current.length) current.push({ start: runStart, end: runEnd });
      current.push({ start: i, end });
    } else close();
    runStart = i;
    runEnd = end;
    i = end;
  }
  close();
  return lists;
}

/** Persons read from the spaced lists the found persons stand in; `taken` marks characters already in a person or a title. */
export function spacedListNames(view: TextView, persons: readonly Span[], taken: Uint8Array, spaced: Uint8Array, lex: Lexicon): LabelledSpan[] {
  const text = view.text;
  const personAt = new Map(persons.map((p) => [p.start, p.end]));
  const out: LabelledSpan[] = [];
  for (const list of spacedLists(text, spaced)) {
    const items = listItems(text, list);
    const isPerson = items.map((s) => personAt.get(s.start) === s.end);
    if (!isPerson.some((x) => x)) continue;
    items.forEach((s, k) => {
      if (isPerson[k] || !hasChineseNameShape(text, s, lex)) return;
      if (anyMarked(taken, s.start, s.end) || !mayBeName(view, s, lex)) return;
      out.push({ kind: 'person', start: s.start, end: s.end });
    });
  }
  return out;
}
