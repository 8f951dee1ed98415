// The dictionary the people recognizer reads, loaded lazily on first use (never on import).
import type { Lexicon } from './lexicon';
import { readJiebaDictionary } from './dictionaryFile';
import { lexiconFromJiebaText } from './jiebaLexicon';

export type { Lexicon, NameStats } from './lexicon';
export { lexiconFromJiebaText } from './jiebaLexicon';
export { COMPOUND_SURNAMES, SINGLE_SURNAMES } from './surnames';

let current: Lexicon | undefined;

/** Loads the dictionary now (a worker can call it to warm up); later calls return the same one. */
export function loadLexicon(): Lexicon {
  if (!current) current = lexiconFromJiebaText(readJiebaDictionary() ?? '');
  return current;
}

/** Replaces the dictionary (another segmenter's, or a small one in tests). */
export function setLexicon(lexicon: Lexicon): void {
  current = lexicon;
}
