// Tags compact text with persons and titles: features of each character, weighted by the learned
// model, and the best label sequence. Paragraphs ("\n") are tagged one at a time; what is read of
// the text (segmentation, listed words, page evidence) is read once for the whole text.
import type { Lexicon } from '../lexicon';
import { extractFeatures, FEATURES_PER_CHAR, pageNameMarks } from './features';
import { spansOf, type LabelledSpan } from './labels';
import type { NameModel } from './model';
import { attestedNames } from './pageEvidence';
import { viewText, type TextView } from './textView';
import { constrainedTransitions, viterbi } from './viterbi';

const transitionsOf = new WeakMap<NameModel, Float64Array>();

/** Label of each character of view.text[start, end). */
export function tagRange(view: TextView, start: number, end: number, lex: Lexicon, model: NameModel, pageMarks?: Uint8Array): Uint8Array {
  const n = end - start;
  const L = model.labelCount;
  let trans = transitionsOf.get(model);
  if (!trans) transitionsOf.set(model, (trans = constrainedTransitions(model.transitions, L)));
  const feats = extractFeatures(view, start, end, lex, pageMarks);
  const emissions = new Float64Array(n * L);
  const K = FEATURES_PER_CHAR;
  for (let i = 0; i < n; i++) for (let k = 0; k < K; k++) model.addWeights(feats[i * K + k], emissions, i * L);
  return viterbi(emissions, n, L, trans);
}

export interface ReadPage {
  view: TextView;
  /** Where strings the page attests as names stand (pageNameMarks). */
  marks: Uint8Array;
}

/** What the tagger reads of a whole text before it tags any paragraph of it. */
export function readPage(text: string, lex: Lexicon): ReadPage {
  const view = viewText(text, lex);
  return { view, marks: pageNameMarks(text, attestedNames(view, lex)) };
}

/** Persons and titles in `text`, paragraph by paragraph, with the view they were read from. */
export function tagSpans(text: string, lex: Lexicon, model: NameModel): { spans: LabelledSpan[]; view: TextView } {
  const spans: LabelledSpan[] = [];
  const { view, marks } = readPage(text, lex);
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (end > at) for (const s of spansOf(tagRange(view, at, end, lex, model, marks), at)) spans.push(s);
    at = end + 1;
  }
  return { spans, view };
}
