// Tags compact text with persons and titles: features of each character, weighted by the learned
// model, and the best label sequence. Paragraphs ("\n") are tagged one at a time.
import type { Lexicon } from '../lexicon';
import { extractFeatures, FEATURES_PER_CHAR } from './features';
import { spansOf, type LabelledSpan } from './labels';
import type { NameModel } from './model';
import { attestedNames } from './pageEvidence';
import { constrainedTransitions, viterbi } from './viterbi';

const transitionsOf = new WeakMap<NameModel, Float64Array>();

/** Label of each character of text[start, end). */
export function tagRange(text: string, start: number, end: number, lex: Lexicon, model: NameModel, pageNames?: ReadonlySet<string>): Uint8Array {
  const n = end - start;
  const L = model.labelCount;
  let trans = transitionsOf.get(model);
  if (!trans) transitionsOf.set(model, (trans = constrainedTransitions(model.transitions, L)));
  const feats = extractFeatures(text, start, end, lex, pageNames);
  const emissions = new Float64Array(n * L);
  const K = FEATURES_PER_CHAR;
  for (let i = 0; i < n; i++) for (let k = 0; k < K; k++) model.addWeights(feats[i * K + k], emissions, i * L);
  return viterbi(emissions, n, L, trans);
}

/** Persons and titles in `text`, paragraph by paragraph. */
export function tagSpans(text: string, lex: Lexicon, model: NameModel): LabelledSpan[] {
  const out: LabelledSpan[] = [];
  const pageNames = attestedNames(text, lex);
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (end > at) for (const s of spansOf(tagRange(text, at, end, lex, model, pageNames), at)) out.push(s);
    at = end + 1;
  }
  return out;
}
