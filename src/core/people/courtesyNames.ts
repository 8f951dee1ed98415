// A transliterated name before a courtesy title (“科雷先生，…”, 居功至伟的科雷先生): 先生, 女士 and
// 小姐 follow names, and a run of the characters foreign names are written with is no surname alone,
// so the run is the name. A Chinese surname alone before them (王先生) is an address, left to
// addressedSurnames.
import type { Lexicon } from '../lexicon/lexicon';
import { anyMarked } from '../marks';
import type { LabelledSpan } from '../tagger/labels';
import type { TextView } from '../tagger/textView';
import { mayBeForeignName } from './nameShape';

const COURTESY = ['先生', '女士', '小姐'];
const MIN_NAME = 2;
const MAX_NAME = 5;

/** Transliterated names before a courtesy title; `taken` marks characters already in a person or a title. */
export function courtesyNames(view: TextView, taken: Uint8Array, lex: Lexicon): LabelledSpan[] {
  const { text } = view;
  const isForeign = (i: number) => lex.names.foreign[text.charCodeAt(i)] < Infinity;
  const out: LabelledSpan[] = [];
  for (const word of COURTESY)
    for (let end = text.indexOf(word, MIN_NAME); end >= 0; end = text.indexOf(word, end + word.length)) {
      // The whole run of such characters before the title, at a boundary of the dictionary's reading.
      let start = end;
      while (start > 0 && end - start < MAX_NAME + 1 && isForeign(start - 1)) start--;
      if (end - start < MIN_NAME || end - start > MAX_NAME || (start > 0 && isForeign(start - 1))) continue;
      const span = { start, end };
      if (!view.wordBounds[start] || anyMarked(taken, start, end) || !mayBeForeignName(view, span, lex)) continue;
      out.push({ kind: 'person', start, end });
    }
  return out;
}
