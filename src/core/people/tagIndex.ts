// Part-of-speech tags by name, resolved to the lexicon's tag indexes once per lexicon.
import type { Lexicon } from '../lexicon';

/** Index of a part-of-speech tag in the lexicon (-1 when it has none). */
const tagIndexes = new WeakMap<Lexicon, Map<string, number>>();
export function tagIndex(lexicon: Lexicon, name: string): number {
  let known = tagIndexes.get(lexicon);
  if (!known) tagIndexes.set(lexicon, (known = new Map()));
  let index = known.get(name);
  if (index === undefined) {
    index = -1;
    for (let i = 0; i < 255; i++) if (lexicon.tagName(i) === name) index = i;
    known.set(name, index);
  }
  return index;
}
