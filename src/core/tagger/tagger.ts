// Tags compact text with persons and titles: features of each character, weighted by the learned
// model, and the best label sequence. Paragraphs ("\n") are tagged one at a time; what is read of
// the text (segmentation, listed words, page evidence) is read once for the whole text.
import type { Lexicon } from '../lexicon';
import { candidateCodes, extractFeatures, FEATURES_PER_CHAR, pageNameMarks } from './features';
import { Label, spansOf, type LabelledSpan } from './labels';
import { mayBeInName } from '../language/chars';
import type { NameModel } from './model';
import { attestedNames } from './pageEvidence';
import { viewText, type TextView } from './textView';
import { constrainedTransitions, viterbi } from './viterbi';

const NOT_A_NAME = -1e30;
const transitionsOf = new WeakMap<NameModel, Float64Array>();

/** Working arrays, reused from paragraph to paragraph. */
let scratch = { feats: new Int32Array(1 << 16), emissions: new Float64Array(1 << 13) };

/** Label of each character of view.text[start, end). */
export function tagRange(page: ReadPage, start: number, end: number, lex: Lexicon, model: NameModel): Uint8Array {
  const n = end - start;
  const L = model.labelCount;
  let trans = transitionsOf.get(model);
  if (!trans) transitionsOf.set(model, (trans = constrainedTransitions(model.transitions, L)));
  if (scratch.feats.length < n * FEATURES_PER_CHAR || scratch.emissions.length < n * L) scratch = { feats: new Int32Array(n * FEATURES_PER_CHAR * 2), emissions: new Float64Array(n * L * 2) };
  const feats = extractFeatures(page.view, start, end, lex, page.marks, page.candidates, scratch.feats);
  const emissions = scratch.emissions;
  const K = FEATURES_PER_CHAR;
  model.emissions(feats, n, K, emissions);
  // A digit or punctuation mark is never part of a name (李诗沣2比0, 内塔尼亚胡22日).
  const text = page.view.text;
  for (let i = 0; i < n; i++) {
    if (mayBeInName(text.charCodeAt(start + i))) continue;
    emissions[i * L + Label.BPer] = NOT_A_NAME;
    emissions[i * L + Label.IPer] = NOT_A_NAME;
  }
  return viterbi(emissions, n, L, trans);
}

export interface ReadPage {
  view: TextView;
  /** Where strings the page attests as names stand (pageNameMarks). */
  marks: Uint8Array;
  /** What the candidate generators propose (candidateCodes). */
  candidates: Int32Array[];
  /** Strings the page puts where names stand (attestedNames). */
  attested: ReadonlySet<string>;
}

/** What the tagger reads of a whole text before it tags any paragraph of it. */
export function readPage(text: string, lex: Lexicon): ReadPage {
  const view = viewText(text, lex);
  const attested = attestedNames(view, lex);
  return { view, marks: pageNameMarks(text, attested), candidates: candidateCodes(view, lex), attested };
}

/** Persons and titles in `text`, paragraph by paragraph, with what was read of the page. */
export function tagSpans(text: string, lex: Lexicon, model: NameModel): { spans: LabelledSpan[]; view: TextView; attested: ReadonlySet<string> } {
  const spans: LabelledSpan[] = [];
  const page = readPage(text, lex);
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (end > at) for (const s of spansOf(tagRange(page, at, end, lex, model), at)) spans.push(wholeCharacters(text, s));
    at = end + 1;
  }
  return { spans, view: page.view, attested: page.attested };
}

/**
 * The span widened to whole characters: labels are per UTF-16 code unit, and a span must not cut
 * a character outside the BMP (a rare name character of CJK Extension B, an emoji) in two.
 */
function wholeCharacters(text: string, span: LabelledSpan): LabelledSpan {
  const splits = (i: number) => i > 0 && i < text.length && isHighSurrogate(text.charCodeAt(i - 1)) && isLowSurrogate(text.charCodeAt(i));
  if (!splits(span.start) && !splits(span.end)) return span;
  return { ...span, start: splits(span.start) ? span.start - 1 : span.start, end: splits(span.end) ? span.end + 1 : span.end };
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
