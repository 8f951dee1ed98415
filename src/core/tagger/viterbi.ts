// The best label sequence under emission and transition scores (higher is better), the search
// used by tagging and by the training script's scores.
import { allowedStart, allowedTransition } from './labels';

const NEG = -1e30;

/** Working arrays, reused from call to call (a page has thousands of paragraphs). */
let scratch = { score: new Float64Array(4096), back: new Uint8Array(4096) };

/** Transition table with forbidden moves (I after O…) made impossible, [from + 1][to]. */
export function constrainedTransitions(transitions: ArrayLike<number>, L: number): Float64Array {
  const t = new Float64Array((L + 1) * L);
  for (let to = 0; to < L; to++) t[to] = allowedStart(to) ? transitions[to] : NEG;
  for (let from = 0; from < L; from++)
    for (let to = 0; to < L; to++) t[(from + 1) * L + to] = allowedTransition(from, to) ? transitions[(from + 1) * L + to] : NEG;
  return t;
}

/**
 * Labels of `n` positions. `emissions[i * L + l]` scores label l at i; `trans` comes from
 * constrainedTransitions.
 */
export function viterbi(emissions: Float64Array, n: number, L: number, trans: Float64Array, out?: Uint8Array): Uint8Array {
  const labels = out && out.length >= n ? out : new Uint8Array(n);
  if (n === 0) return labels;
  if (scratch.score.length < n * L) scratch = { score: new Float64Array(n * L * 2), back: new Uint8Array(n * L * 2) };
  const { score, back } = scratch;
  for (let l = 0; l < L; l++) score[l] = trans[l] + emissions[l];
  for (let i = 1; i < n; i++) {
    for (let to = 0; to < L; to++) {
      let best = NEG * 2;
      let arg = 0;
      for (let from = 0; from < L; from++) {
        const s = score[(i - 1) * L + from] + trans[(from + 1) * L + to];
        if (s > best) {
          best = s;
          arg = from;
        }
      }
      score[i * L + to] = best + emissions[i * L + to];
      back[i * L + to] = arg;
    }
  }
  let arg = 0;
  for (let l = 1; l < L; l++) if (score[(n - 1) * L + l] > score[(n - 1) * L + arg]) arg = l;
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = arg;
    arg = back[i * L + arg];
  }
  return labels;
}
