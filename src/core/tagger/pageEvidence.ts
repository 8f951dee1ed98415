// Page-level evidence: a string that stands somewhere on the page where names stand (right after
// a post or an appointment, 国家主席X, 任命X; right before a post or a speech verb, X总统, X表示)
// is likely a name wherever else it appears on the page (普京说 later in the same story). Found
// without the model, so that training and tagging see the same evidence.
import type { Lexicon } from '../lexicon';
import { GENERATORS } from './candidates';
import type { TextView } from './textView';

/** Strings of the text that a candidate generator proposes next to a post or a speech verb. */
export function attestedNames(view: TextView, lex: Lexicon): Set<string> {
  const { text, postEnd, postStart, afterName, appointmentEnd, wordBounds } = view;
  const found = new Set<string>();
  const sink = {
    add(s: number, e: number) {
      // A whole unit of the dictionary's reading, at least at its end (张红 cuts 红军 in two).
      if (e - s < 2 || e - s > 8 || !wordBounds[e]) return;
      if ((s > 0 && (postEnd[s - 1] >= 2 || appointmentEnd[s - 1] > 0)) || afterName[e] > 0 || postStart[e] >= 2) found.add(text.slice(s, e));
    },
  };
  for (const g of GENERATORS) g.propose(view, 0, text.length, lex, sink);
  return found;
}
