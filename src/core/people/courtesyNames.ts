// A transliterated name before a courtesy title (“科雷先生，…”, 居功至伟的索菲娅小姐): 先生, 女士 and
// 小姐 follow names, and a run of the characters foreign names are written with is no surname alone,
// so the run is the name. The dictionary's reading of the run decides where it starts: a word of
// function, a verb, a place or a country before a surname (和马先生, 谢谢王先生, 福州高先生,
// 沙特阿里先生) is no part of a name, and a surname alone before the title (王先生) is an address,
// left to addressedSurnames.
import type { Lexicon } from '../lexicon/lexicon';
import { anyMarked } from '../marks';
import type { LabelledSpan } from '../tagger/labels';
import type { TextView } from '../tagger/textView';
import { mayBeForeignName } from './nameShape';
import { isSingleSurname } from '../language/surnames';

const COURTESY = ['先生', '女士', '小姐'];
const MIN_NAME = 2;
const MAX_NAME = 5;
/**
 * Tags of the dictionary's reading that no part of a name has: conjunctions, prepositions, particles,
 * pronouns, adverbs, verbs, numerals, measure words, places, organizations, times and directions.
 */
const NOT_IN_NAMES = /^(c|p|u|r|d|v|m|q|ns|nt|t|f|s)/;

/** Transliterated names before a courtesy title; `taken` marks characters already in a person or a title. */
export function courtesyNames(view: TextView, taken: Uint8Array, lex: Lexicon): LabelledSpan[] {
  const { text, tokens, tokenOf, countryMarks } = view;
  const isForeign = (i: number) => lex.names.foreign[text.charCodeAt(i)] < Infinity;
  const out: LabelledSpan[] = [];
  for (const word of COURTESY)
    for (let end = text.indexOf(word, MIN_NAME); end >= 0; end = text.indexOf(word, end + word.length)) {
      // The whole run of such characters before the title, at a boundary of the dictionary's reading.
      let start = end;
      while (start > 0 && end - start < MAX_NAME + 1 && isForeign(start - 1)) start--;
      if (end - start < MIN_NAME || end - start > MAX_NAME || (start > 0 && isForeign(start - 1))) continue;
      // Each word of the reading inside the run may stand in a name, and the run holds no country.
      // A word of several characters before a lone surname (华人林先生, 谢谢王先生: jieba tags 谢谢 nr)
      // is that word and an address.
      let readsAsName = view.wordBounds[start] === 1;
      let word = false;
      for (let i = start; readsAsName && i < end; i = tokens.end[tokenOf[i]]) {
        const t = tokenOf[i];
        const tag = lex.tagName(tokens.tag[t]);
        if (NOT_IN_NAMES.test(tag)) readsAsName = false;
        if (tokens.end[t] - tokens.start[t] > 1 && tokens.end[t] < end) word = true;
      }
      // The surname starts a word of its own, alone or with the title (王先生/nr).
      const lastAlone = tokens.start[tokenOf[end - 1]] === end - 1;
      if (word && lastAlone && isSingleSurname(text.charCodeAt(end - 1))) readsAsName = false;
      const span = { start, end };
      if (!readsAsName || anyMarked(countryMarks, start, end) || anyMarked(taken, start, end) || !mayBeForeignName(view, span, lex)) continue;
      out.push({ kind: 'person', start, end });
    }
  return out;
}
