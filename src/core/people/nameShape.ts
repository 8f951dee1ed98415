// Whether a span the structure of a sentence puts in a name's place (a list item, the object of
// 任命) can be a Chinese name: it begins with a surname, and the dictionary does not list it whole as
// another kind of word (熊猫, 唐山, 周期 in 任命周期为五年).
import type { Lexicon } from '../lexicon/lexicon';
import type { TextView } from '../tagger/textView';
import type { Span } from '../types';

/** The dictionary's tags for names of persons. */
const PERSON_TAGS = new Set(['nr', 'nrt', 'nrfg']);

export function mayBeName(view: TextView, s: Span, lex: Lexicon): boolean {
  const { text, tokens, tokenOf } = view;
  if (lex.names.surnameCost(text[s.start]) === undefined && lex.names.surnameCost(text.slice(s.start, s.start + 2)) === undefined) return false;
  const t = tokenOf[s.start];
  const whole = tokens.start[t] === s.start && tokens.end[t] === s.end;
  return !whole || tokens.tag[t] === 255 || PERSON_TAGS.has(lex.tagName(tokens.tag[t]));
}

/**
 * Whether a span in a name's place can be a transliterated name: every character one that foreign
 * names are written with (莱希), and the dictionary does not list the span whole as another kind of word.
 */
export function mayBeForeignName(view: TextView, s: Span, lex: Lexicon): boolean {
  const { text, tokens, tokenOf } = view;
  for (let i = s.start; i < s.end; i++) if (!(lex.names.foreign[text.charCodeAt(i)] < Infinity)) return false;
  const t = tokenOf[s.start];
  const whole = tokens.start[t] === s.start && tokens.end[t] === s.end;
  return !whole || tokens.tag[t] === 255 || PERSON_TAGS.has(lex.tagName(tokens.tag[t]));
}
