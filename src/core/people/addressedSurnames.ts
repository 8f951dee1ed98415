// A bare surname with a form of address names a person: 周总理, 韩老师, 何大爷, 李大使. The person
// is the surname; the address stays outside the name (a title, when it is a post). The tagger reads
// such a surname as the start of a longer name (韩老师 as one name) or not at all: one character is
// little to go on.
import type { Lexicon } from '../lexicon/lexicon';
import { isHan } from '../language/chars';
import { isSingleSurname } from '../language/surnames';
import { SURNAME_TITLES } from '../language/wordLists';
import { WordSet } from '../language/wordSet';
import type { LabelledSpan } from '../tagger/labels';
import type { TextView } from '../tagger/textView';
import { loneTag } from './nameShape';

/**
 * Forms of address of two characters or more (总, 老 alone start too many other words). Not 总统:
 * a president goes by his whole name (布什总统), and one character before 总统 is a country's
 * (俄总统, 哈总统).
 */
const addresses = new WordSet(SURNAME_TITLES.filter((w) => w.length > 1 && w !== '总统'));

/**
 * Tags of the dictionary under which a character standing alone is a word of its own, not a
 * surname: 任书记 (serving as secretary), 向厂长 (to the director), 党主席, 两国总理.
 */
const WORD_TAGS = new Set(['r', 'p', 'v', 'd', 'c', 'u', 'm', 'f', 'q', 'n', 'ng']);

/** Whether a one-character word of this tag may stand right before a name: a preposition, verb, conjunction, particle (的, 着, 了), adverb, pronoun or place word. */
const mayPrecedeName = (tag: string) => /^[pvcudrf]/.test(tag);

/** The address that starts at `at`, as its length, or 0. */
function addressAt(text: string, at: number): number {
  return addresses.longestAt(text, at, text.length);
}

/**
 * Persons named by a surname and an address, and the found persons that are such a pair read as one
 * name (韩老师), cut back to the surname. `covered` marks characters already in a person or a title.
 */
export function addressedSurnames(view: TextView, found: readonly LabelledSpan[], covered: Uint8Array, lex: Lexicon): LabelledSpan[] {
  const { text, wordBounds } = view;
  const out: LabelledSpan[] = [];
  const personStarts = new Uint8Array(text.length + 1);
  const fullNameSurnames = new Set<number>();
  for (const p of found) {
    personStarts[p.start] = 1;
    if (p.end - p.start >= 2) fullNameSurnames.add(text.charCodeAt(p.start));
  }
  for (const p of found) {
    // 韩老师 read as one name, or 周副 before 主席: the surname alone.
    const len = p.end - p.start - 1;
    if (len >= 1 && isSingleSurname(text.charCodeAt(p.start)) && addressAt(text, p.start + 1) >= len) out.push({ kind: 'person', start: p.start, end: p.start + 1 });
    else out.push(p);
  }
  // Whether text[i, end) stands apart from the words around it in the dictionary's reading, with no
  // lone character before it that would rather be a name's first (科雷先生) or a number's (五国总理).
  const standsApart = (i: number, end: number): boolean => {
    if (!wordBounds[i] || !wordBounds[end] || personStarts[end]) return false;
    const before = i > 0 ? loneTag(view, i - 1, lex) : undefined;
    return !(before !== undefined && isHan(text.charCodeAt(i - 1)) && !mayPrecedeName(before));
  };
  // 于 in 老于夜间 is a preposition (老 "always"), whoever on the page is named 于.
  const isFunctionCharacter = (i: number): boolean => /^[pcudr]/.test(loneTag(view, i, lex) ?? '');
  // jieba lists 老虎, 古老 and 元老 as names (nr): a listed pair is no evidence either way.
  const unlisted = (i: number, end: number): boolean => lex.wordTag(text.slice(i, end)) === undefined;
  // Whether the character at i stands as a surname before the word that ends at `end`.
  const standsAsSurname = (i: number, end: number): boolean => {
    // A name right after the post makes the character an organization's (乌总统泽连斯基, 党主席…).
    if (!standsApart(i, end)) return false;
    const tag = loneTag(view, i, lex);
    return tag === undefined || !WORD_TAGS.has(tag);
  };
  for (let i = 0; i < text.length; i++) {
    if (covered[i] || !isSingleSurname(text.charCodeAt(i))) continue;
    // 王某, 李某某: a person the text names by surname only, on purpose; 某 is part of the name.
    if (text[i + 1] === '某') {
      const end = text[i + 2] === '某' ? i + 3 : i + 2;
      if (!covered[i + 1] && standsAsSurname(i, end)) out.push({ kind: 'person', start: i, end });
      continue;
    }
    const len = addressAt(text, i + 1);
    if (!len) {
      // 老张, 侯老: 老 with a surname is a familiar or a respectful name for one person, the whole
      // pair: for a person the page names in full (老谭 after 谭量顺; 访老 is a visit to Laos, 携老 to
      // take the elderly along), where the dictionary's reading leaves the pair apart (老黄牛, 唐老鸭)
      // and does not list it (老虎, 老师, 古老).
      if (!fullNameSurnames.has(text.charCodeAt(i))) continue;
      if (i > 0 && text[i - 1] === '老' && !covered[i - 1] && unlisted(i - 1, i + 1) && !isFunctionCharacter(i) && standsApart(i - 1, i + 1)) out.push({ kind: 'person', start: i - 1, end: i + 1 });
      else if (text[i + 1] === '老' && !covered[i + 1] && unlisted(i, i + 2) && standsAsSurname(i, i + 2)) out.push({ kind: 'person', start: i, end: i + 2 });
      continue;
    }
    // The character makes a word with the address's first (支队长 is 支队 and 长).
    const pairTag = lex.wordTag(text.slice(i, i + 2));
    if (pairTag !== undefined && !pairTag.startsWith('nr')) continue;
    // A word the dictionary lists whole that starts with the pair is named after the person
    // (毛主席纪念堂): it ends where the dictionary's word does.
    const t = view.tokenOf[i];
    const end = view.tokens.start[t] === i && view.tokens.end[t] > i + 1 + len ? view.tokens.end[t] : i + 1 + len;
    if (standsAsSurname(i, end)) out.push({ kind: 'person', start: i, end: i + 1 });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The surname a mention names a person by alone (王书记's 王, 老谭's 谭, 侯老's 侯), if it is one. */
function bareSurname(name: string): string | undefined {
  if (name.length === 1) return name;
  if (name.length !== 2) return undefined;
  if (name[0] === '老' && isSingleSurname(name.charCodeAt(1))) return name[1];
  if (name[1] === '老' && isSingleSurname(name.charCodeAt(0))) return name[0];
  return undefined;
}

/**
 * A surname alone (王书记, 老王) means the one person of the segment who bears it (区委书记王强 before
 * or after): its mentions take that person's name, and so share their id. With none or several, it
 * stays as written.
 */
export function nameSurnameMentions<P extends { name: string }>(persons: P[]): void {
  const fullNames = new Map<string, Set<string>>();
  for (const p of persons) {
    if (p.name.length < 2 || bareSurname(p.name) !== undefined) continue;
    let names = fullNames.get(p.name[0]);
    if (!names) fullNames.set(p.name[0], (names = new Set()));
    names.add(p.name);
  }
  for (const p of persons) {
    const surname = bareSurname(p.name);
    if (surname === undefined) continue;
    const names = fullNames.get(surname);
    if (names?.size === 1) p.name = names.values().next().value!;
  }
}
