// The dictionary the recognizers read, behind the Lexicon interface.
export type { Lexicon, NameStats } from './lexicon';
export { compileJiebaText, lexiconFromJiebaText } from './jiebaLexicon';
export { TrieLexicon, type LexiconData } from './trieLexicon';
export { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../language/surnames';
