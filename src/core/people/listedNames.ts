// Items of one list are of one kind (coordination joins like with like): in a list joined by 、,
// the items that are two to four Han characters beginning with a surname, in a run from a person,
// are persons too (阎肃、甲丁、温中甲、关峡; 王丰、李彩琴、殷桂兰等). The tagger, reading each name on
// its own, misses the ones it has never seen. And a list of places or things holds no persons.
import { isHan } from '../language/chars';
import type { Lexicon } from '../lexicon/lexicon';
import type { TextView } from '../tagger/textView';
import { hasChineseNameShape, isPost, mayBeName, nameWordEnd, wholeWordTag } from './nameShape';
import type { LabelledSpan } from '../tagger/labels';
import type { Span } from '../types';
import { anyMarked } from '../marks';

const MIN_ITEM = 2;
const MAX_ITEM = 4;
/** The longest name word taken with no list end after it: the dictionary tags some four-character phrases nr (广大群众). */
const MAX_WORD_ITEM = 3;
/** What may end the last item of a list besides punctuation: a conjunction, 等, a word after names, an adverb of the list's shared action (将, 分别, 一同; not 也 or 都, which start 也门 and 都文). */
const LIST_ENDS = ['等', '以及', '及', '和', '与', '同志', '先生', '女士', '将', '分别', '共同', '一同', '一起'];

/** Whether an item ends at `at`: a list comma, punctuation, the end of the text or a word that closes the list. */
function itemEndsAt(text: string, at: number): boolean {
  return at >= text.length || !isHan(text.charCodeAt(at)) || LIST_ENDS.some((w) => text.startsWith(w, at));
}

/** Whether an item starts at `at`: after a list comma, punctuation or the start of the text. */
function itemStartsAt(text: string, at: number): boolean {
  return at === 0 || !isHan(text.charCodeAt(at - 1));
}

/**
 * The items of every list in `text`, list by list. An item before a comma stands after
 * punctuation, or is a found person wherever it starts (负责同志刘忠德、高占祥等): `personEndingAt`
 * gives the start of the person ending at a position. An item after a comma ends at punctuation or a
 * word that closes the list, or where `lastItemEnd` says.
 */
function listsOf(text: string, personEndingAt: ReadonlyMap<number, number>, lastItemEnd: (at: number) => number | undefined): Span[][] {
  const lists: Span[][] = [];
  let current: Span[] = [];
  for (let j = text.indexOf('、'); j >= 0; j = text.indexOf('、', j + 1)) {
    // The item before this comma, unless the previous comma's item already ends here.
    const last = current[current.length - 1];
    if (!last || last.end !== j) {
      if (current.length) lists.push(current);
      current = [];
      const person = personEndingAt.get(j);
      if (person !== undefined) current.push({ start: person, end: j });
      else for (let len = 1; len <= MAX_ITEM && j - len >= 0; len++) {
        if (!isHan(text.charCodeAt(j - len))) break;
        if (len >= MIN_ITEM && itemStartsAt(text, j - len)) {
          current.push({ start: j - len, end: j });
          break;
        }
      }
      if (!current.length) continue;
    }
    // The item after it.
    let after: Span | undefined;
    for (let len = 1; len <= MAX_ITEM && j + len < text.length; len++) {
      if (!isHan(text.charCodeAt(j + len))) break;
      if (len >= MIN_ITEM && itemEndsAt(text, j + 1 + len)) {
        after = { start: j + 1, end: j + 1 + len };
        break;
      }
    }
    // Or where `lastItemEnd` finds a name word (张光年、曹禺谈起).
    const word = after ? undefined : lastItemEnd(j + 1);
    if (word !== undefined && word - (j + 1) >= MIN_ITEM && word - (j + 1) <= MAX_WORD_ITEM) after = { start: j + 1, end: word };
    if (after) current.push(after);
    else {
      lists.push(current);
      current = [];
    }
  }
  if (current.length) lists.push(current);
  return lists;
}

/**
 * The end of a word at `at` the dictionary lists as a name, with a verb after it (曹禺 in 曹禺谈起).
 * Not whatever follows: jieba tags common words and countries nr too (高峰时期, 汤加国王, 文莱苏丹).
 */
function nameWordBeforeVerb(view: TextView, at: number, lex: Lexicon): number | undefined {
  const end = nameWordEnd(view, at, lex);
  if (end === undefined || end >= view.text.length) return undefined;
  const next = view.tokenOf[end];
  return view.tokens.start[next] === end && lex.tagName(view.tokens.tag[next]).startsWith('v') ? end : undefined;
}

/** Whether the item ends as an organization does or the dictionary lists it as one (nt). */
function isOrganization(view: TextView, s: Span, lex: Lexicon): boolean {
  return view.orgEnd[s.end - 1] > 0 || wholeWordTag(view, s, lex) === 'nt';
}

/** Persons read from the lists the found persons stand in; `taken` marks characters already in a person or a title. */
export function listedNames(view: TextView, persons: readonly Span[], taken: Uint8Array, lex: Lexicon): LabelledSpan[] {
  const text = view.text;
  const personAt = new Map(persons.map((p) => [p.start, p.end]));
  const personEndingAt = new Map(persons.map((p) => [p.end, p.start]));
  const out: LabelledSpan[] = [];
  for (const items of listsOf(text, personEndingAt, (at) => nameWordBeforeVerb(view, at, lex))) {
    const isPerson = items.map((s) => personAt.get(s.start) === s.end);
    const free = items.map((s) => !anyMarked(taken, s.start, s.end) && !isPost(view, s));
    const mayBe = items.map((s, k) => free[k] && mayBeName(view, s, lex));
    // From each person outwards, through the items that may be names (刘欢、杨洪基、董文华、程志).
    const added = new Set<number>();
    let previous = -1;
    isPerson.forEach((p, k) => {
      if (!p) return;
      for (let j = k - 1; j >= 0 && !isPerson[j] && mayBe[j]; j--) added.add(j);
      for (let j = k + 1; j < items.length && !isPerson[j] && mayBe[j]; j++) added.add(j);
      // Between two persons, items of a name's shape are persons whatever else the dictionary reads
      // them as (董文华、程志、殷秀梅; 赵朴初、巴金、钱伟长: jieba lists 程志 as a noun, 巴金 as a place),
      // unless it reads them as an organization (华为公司, 武警部队, 万达).
      if (previous >= 0 && k - previous > 1) {
        let between = true;
        for (let j = previous + 1; j < k; j++) between &&= free[j] && hasChineseNameShape(text, items[j], lex) && !isOrganization(view, items[j], lex);
        if (between) for (let j = previous + 1; j < k; j++) added.add(j);
      }
      previous = k;
    });
    for (const k of [...added].sort((a, b) => a - b)) out.push({ kind: 'person', start: items[k].start, end: items[k].end });
  }
  return out;
}

/**
 * Dictionary tags of words that name places and things. Not nt: persons and teams or bodies share
 * lists (获奖的有张三、北京队).
 */
const THING_TAGS = new Set(['n', 'ns', 'nz']);

/**
 * The persons without those that stand in a list of things: where the list's items the dictionary
 * reads whole as places or things are at least as many as its persons (上海、伦敦、瑞士、柏林、布拉格),
 * its persons are things too, unless a title stands next to one (`titled`). The dictionary's own
 * name tags do not keep one: it tags 柏林 and 雪佛莱 nr (and, the other way, 巴金 ns and 冰心 n, so
 * 巴金、曹禺、冰心 loses 曹禺).
 */
export function withoutThingListItems(view: TextView, persons: readonly LabelledSpan[], lex: Lexicon, titled: (s: Span) => boolean): LabelledSpan[] {
  const text = view.text;
  const personAt = new Map(persons.map((p) => [p.start, p.end]));
  const personEndingAt = new Map(persons.map((p) => [p.end, p.start]));
  const dropped = new Set<number>();
  for (const items of listsOf(text, personEndingAt, (at) => nameWordBeforeVerb(view, at, lex))) {
    const isPerson = items.map((s) => personAt.get(s.start) === s.end);
    let things = 0;
    items.forEach((s, k) => {
      if (!isPerson[k] && THING_TAGS.has(wholeWordTag(view, s, lex) ?? '')) things++;
    });
    const people = isPerson.filter((x) => x).length;
    if (things === 0 || things < people) continue;
    items.forEach((s, k) => {
      if (isPerson[k] && !titled(s)) dropped.add(s.start);
    });
  }
  return dropped.size ? persons.filter((p) => !dropped.has(p.start)) : [...persons];
}
