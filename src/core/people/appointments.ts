// The names of an appointment notice (任免): 任命X为… and 免去X的…职务 name persons, one or a list
// joined by 、 (任命陈福利、冯怡为…), whatever their characters; a fact of the genre the tagger,
// seeing such notices rarely, does not always read.
import { isHan } from '../language/chars';
import type { Lexicon } from '../lexicon/lexicon';
import type { LabelledSpan } from '../tagger/labels';
import type { TextView } from '../tagger/textView';
import { mayBeName } from './nameShape';

/** Each appointment word and the word that closes its list of names. */
const OPENERS: ReadonlyArray<readonly [string, string]> = [
  ['任命', '为'],
  ['免去', '的'],
];
const MIN_NAME = 2;
const MAX_NAME = 3;

/** One name of the list at `at`, ending at 、 or the closing word; its end, or -1. */
function nameAt(view: TextView, at: number, close: string, lex: Lexicon): number {
  const text = view.text;
  for (let len = MIN_NAME; len <= MAX_NAME && at + len < text.length; len++) {
    if (!isHan(text.charCodeAt(at + len - 1))) return -1;
    const next = text[at + len];
    if (next !== '、' && next !== close) continue;
    return mayBeName(view, { start: at, end: at + len }, lex) ? at + len : -1;
  }
  return -1;
}

/** The names listed after 任命 and 免去 in the view's text (任命书 is no opener: the word must end where 任命 does). */
export function appointedNames(view: TextView, lex: Lexicon): LabelledSpan[] {
  const { text, wordBounds: bounds } = view;
  const out: LabelledSpan[] = [];
  for (const [opener, close] of OPENERS) {
    for (let at = text.indexOf(opener); at >= 0; at = text.indexOf(opener, at + 1)) {
      const from = at + opener.length;
      if (!bounds[at] || !bounds[from]) continue;
      const list: LabelledSpan[] = [];
      for (let s = from; ; ) {
        const end = nameAt(view, s, close, lex);
        if (end < 0) break;
        list.push({ kind: 'person', start: s, end });
        if (text[end] === close) {
          out.push(...list);
          break;
        }
        s = end + 1;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
