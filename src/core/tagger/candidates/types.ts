// A candidate generator proposes spans that could be a name, each with a cost (-ln p) from the
// dictionary's name statistics. Generators do not decide: the tagger sees their proposals as
// features, and the learned weights say how much each kind and cost is worth.
import type { Lexicon } from '../../lexicon';
import type { TextView } from '../textView';

export interface CandidateSink {
  /** A span text[start, end) that could be a name, at `cost` (lower is likelier). */
  add(start: number, end: number, cost: number): void;
}

export interface CandidateGenerator {
  /** Short name, part of the feature hash: renaming a generator needs retraining. */
  readonly id: number;
  /** Proposals inside view.text[start, end). */
  propose(view: TextView, start: number, end: number, lex: Lexicon, sink: CandidateSink): void;
}
