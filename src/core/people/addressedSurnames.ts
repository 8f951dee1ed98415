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
  for (const p of found) personStarts[p.start] = 1;
  for (const p of found) {
    // 韩老师 read as one name, or 周副 before 主席: the surname alone.
    const len = p.end - p.start - 1;
    if (len >= 1 && isSingleSurname(text.charCodeAt(p.start)) && addressAt(text, p.start + 1) >= len) out.push({ kind: 'person', start: p.start, end: p.start + 1 });
    else out.push(p);
  }
  // Whether the character at i stands as a surname before the word that ends at `end`.
  const standsAsSurname = (i: number, end: number): boolean => {
    // The dictionary's reading agrees that the pair stands apart from the words around it.
    if (!wordBounds[i] || !wordBounds[end]) return false;
    // A name right after the post makes the character an organization's (乌总统泽连斯基, 党主席…).
    if (personStarts[end]) return false;
    const tag = loneTag(view, i, lex);
    if (tag !== undefined && WORD_TAGS.has(tag)) return false;
    // A lone character before it that is no function word is more likely the name's first (科雷先生,
    // 白燕小姐) or a number's (五国总理).
    const before = i > 0 ? loneTag(view, i - 1, lex) : undefined;
    return !(before !== undefined && isHan(text.charCodeAt(i - 1)) && !mayPrecedeName(before));
  };
  for (let i = 0; i + 2 < text.length; i++) {
    if (covered[i] || !isSingleSurname(text.charCodeAt(i))) continue;
    // 王某, 李某某: a person the text names by surname only, on purpose; 某 is part of the name.
    if (text[i + 1] === '某') {
      const end = text[i + 2] === '某' ? i + 3 : i + 2;
      if (!covered[i + 1] && standsAsSurname(i, end)) out.push({ kind: 'person', start: i, end });
      continue;
    }
    const len = addressAt(text, i + 1);
    if (!len) continue;
    // The character makes a word with the address's first (支队长 is 支队 and 长).
    const pairTag = lex.wordTag(text.slice(i, i + 2));
    if (pairTag !== undefined && !pairTag.startsWith('nr')) continue;
    if (standsAsSurname(i, i + 1 + len)) out.push({ kind: 'person', start: i, end: i + 1 });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A surname alone (王书记) means the one person of the segment who bears it (区委书记王强 before or
 * after): its mentions take that person's name, and so share their id. With none or several, it
 * stays the surname.
 */
export function nameSurnameMentions<P extends { name: string }>(persons: P[]): void {
  const fullNames = new Map<string, Set<string>>();
  for (const p of persons) {
    if (p.name.length < 2) continue;
    let names = fullNames.get(p.name[0]);
    if (!names) fullNames.set(p.name[0], (names = new Set()));
    names.add(p.name);
  }
  for (const p of persons) {
    if (p.name.length !== 1) continue;
    const names = fullNames.get(p.name);
    if (names?.size === 1) p.name = names.values().next().value!;
  }
}
