// Whether a span the structure of a sentence puts in a name's place (a list item, the object of
// 任命) can be a Chinese name: it begins with a surname, and the dictionary does not list it whole as
// another kind of word (熊猫, 唐山, 周期 in 任命周期为五年).
import type { Lexicon } from '../lexicon/lexicon';
import type { TextView } from '../tagger/textView';
import type { Span } from '../types';

/** The dictionary's tags for names of persons. */
const PERSON_TAGS = new Set(['nr', 'nrt', 'nrfg']);

export function mayBeName(view: TextView, s: Span, lex: Lexicon): boolean {
  const text = view.text;
  if (lex.names.surnameCost(text[s.start]) === undefined && lex.names.surnameCost(text.slice(s.start, s.start + 2)) === undefined) return false;
  return !listedAsOtherWord(view, s, lex);
}

/**
 * Whether `s` has the shape of a Chinese name of its own: a single surname and one or two given
 * characters, or a compound surname (欧阳, 司马) and one or two.
 */
export function hasChineseNameShape(text: string, s: Span, lex: Lexicon): boolean {
  const len = s.end - s.start;
  if (len >= 2 && len <= 3 && lex.names.surnameCost(text[s.start]) !== undefined) return true;
  return len >= 3 && len <= 4 && lex.names.surnameCost(text.slice(s.start, s.start + 2)) !== undefined;
}

/** Whether the dictionary's reading has the span as one word of a kind other than a person's name. */
function listedAsOtherWord(view: TextView, s: Span, lex: Lexicon): boolean {
  const tag = wholeWordTag(view, s, lex);
  return tag !== undefined && !PERSON_TAGS.has(tag);
}

/** The dictionary's tag of the span when its reading has the span as one word, else undefined. */
export function wholeWordTag(view: TextView, s: Span, lex: Lexicon): string | undefined {
  const t = view.tokenOf[s.start];
  if (view.tokens.start[t] !== s.start || view.tokens.end[t] !== s.end || view.tokens.tag[t] === 255) return undefined;
  return lex.tagName(view.tokens.tag[t]);
}

/** The end of the word the dictionary reads at `at` as a person's name (曹禺 in 巴金、曹禺提起), else undefined. */
export function nameWordEnd(view: TextView, at: number, lex: Lexicon): number | undefined {
  if (at >= view.text.length) return undefined;
  const t = view.tokenOf[at];
  if (view.tokens.start[t] !== at || view.tokens.tag[t] === 255) return undefined;
  return PERSON_TAGS.has(lex.tagName(view.tokens.tag[t])) ? view.tokens.end[t] : undefined;
}

/** Whether the span is a post from its first character on (区长 after 书记、; 王储 in 萨勒曼、王储兼首相): a post is no name. */
export function isPost(view: TextView, s: Span): boolean {
  return view.postStart[s.start] >= s.end - s.start;
}

/** The dictionary's tag of the character at `i` when its reading has that character as a word alone, else undefined. */
export function loneTag(view: TextView, i: number, lex: Lexicon): string | undefined {
  const t = view.tokenOf[i];
  return view.tokens.start[t] === i && view.tokens.end[t] === i + 1 ? lex.tagName(view.tokens.tag[t]) : undefined;
}

/**
 * Whether a span in a name's place can be a transliterated name: every character one that foreign
 * names are written with (莱希), and the dictionary does not list the span whole as another kind of word.
 */
export function mayBeForeignName(view: TextView, s: Span, lex: Lexicon): boolean {
  for (let i = s.start; i < s.end; i++) if (!(lex.names.foreign[view.text.charCodeAt(i)] < Infinity)) return false;
  return !listedAsOtherWord(view, s, lex);
}
