// The dictionary the recognizers read, behind the Lexicon interface.
export type { Lexicon, NameStats } from './lexicon';
export { lexiconFromJiebaText } from './jiebaLexicon';
export { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../language/surnames';
