// A government named after its leader (克林顿政府, 拜登政府, 安倍内阁): the leader's name is a person's
// mention, though nothing else in the sentence stands where names stand. Only a word the dictionary
// tags as a person's (nr, nrt, nrfg) and shaped as a name counts: places govern too (北京市政府), and
// jieba tags a few phrases as names (严格执行). Not 政权 or 当局, which places have (维希政权).
import type { Lexicon } from '../lexicon/lexicon';
import { anyMarked } from '../marks';
import type { LabelledSpan } from '../tagger/labels';
import type { TextView } from '../tagger/textView';
import { hasChineseNameShape, mayBeForeignName } from './nameShape';

const GOVERNMENTS = ['政府', '内阁'];

/** Leaders' names right before a word for their government; `taken` marks characters already in a person or a title. */
export function administrationLeaders(view: TextView, taken: Uint8Array, lex: Lexicon): LabelledSpan[] {
  const { text, tokens, tokenOf } = view;
  const out: LabelledSpan[] = [];
  for (const word of GOVERNMENTS)
    for (let at = text.indexOf(word, 2); at >= 0; at = text.indexOf(word, at + word.length)) {
      // The name is a word of its own, or the dictionary lists the whole government (克林顿政府/nt).
      const t = tokenOf[at - 1];
      const start = tokens.start[t];
      if ((tokens.end[t] !== at && tokens.end[t] !== at + word.length) || at - start < 2 || anyMarked(taken, start, at)) continue;
      if (!(lex.wordTag(text.slice(start, at)) ?? '').startsWith('nr')) continue;
      const span = { start, end: at };
      if (!hasChineseNameShape(text, span, lex) && !mayBeForeignName(view, span, lex)) continue;
      out.push({ kind: 'person', start, end: at });
    }
  return out;
}
