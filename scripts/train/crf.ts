// A linear-chain CRF over the tagger's features, trained by stochastic gradient ascent on the
// log-likelihood with an L2 penalty (Bottou's lazily scaled weights), so that the weight of a
// prediction spreads over every feature that supports it rather than the first that fits, which
// is what carries a model to names it has not seen. Deterministic: seeded order, fixed schedule.
import type { Lexicon } from '../../src/core/lexicon';
import { extractFeatures, FEATURES_PER_CHAR } from '../../src/core/tagger/features';
import { LABEL_COUNT, allowedStart, allowedTransition } from '../../src/core/tagger/labels';
import { readPage, type ReadPage } from '../../src/core/tagger/tagger';
import type { Sequence } from './corpus';

const L = LABEL_COUNT;
const K = FEATURES_PER_CHAR;

export interface Trained {
  features: Map<number, Float64Array>;
  transitions: Float64Array;
}

export interface CrfOptions {
  epochs: number;
  seed: number;
  /** L2 penalty per training sequence. */
  l2: number;
  /** Initial step size; it decays as eta0 / (1 + t / decay). */
  eta0: number;
  log?: (line: string) => void;
}

/** Feature indexes of every sequence, K per character, and the hash of each index. */
export function indexFeatures(sequences: Sequence[], lex: Lexicon): { feats: Int32Array[]; hashes: Int32Array } {
  const index = new Map<number, number>();
  const hashes: number[] = [];
  const pages = new Map<string, ReadPage>();
  const feats = sequences.map((seq) => {
    let page = pages.get(seq.text);
    if (!page) pages.set(seq.text, (page = readPage(seq.text, lex)));
    const h = extractFeatures(page.view, seq.start, seq.end, lex, page.marks, page.candidates);
    const out = new Int32Array(h.length);
    for (let i = 0; i < h.length; i++) {
      let id = index.get(h[i]);
      if (id === undefined) {
        id = hashes.length;
        index.set(h[i], id);
        hashes.push(h[i]);
      }
      out[i] = id;
    }
    return out;
  });
  return { feats, hashes: Int32Array.from(hashes) };
}

export function trainCrf(sequences: Sequence[], lex: Lexicon, opts: CrfOptions): Trained {
  const { feats, hashes } = indexFeatures(sequences, lex);
  const F = hashes.length;
  opts.log?.(`${sequences.length} sequences, ${F} features`);
  const v = new Float64Array(F * L); // weights = scale * v
  let scale = 1;
  const trans = new Float64Array((L + 1) * L);
  const allowed = new Uint8Array((L + 1) * L);
  for (let to = 0; to < L; to++) allowed[to] = allowedStart(to) ? 1 : 0;
  for (let a = 0; a < L; a++) for (let b = 0; b < L; b++) allowed[(a + 1) * L + b] = allowedTransition(a, b) ? 1 : 0;

  let rng = opts.seed >>> 0 || 1;
  const next = () => {
    rng ^= rng << 13;
    rng >>>= 0;
    rng ^= rng >>> 17;
    rng ^= rng << 5;
    rng >>>= 0;
    return rng / 4294967296;
  };
  const order = sequences.map((_, i) => i);
  const N = sequences.length;
  const decay = N; // the step halves after one epoch
  let t = 0;
  const sum = new Float64Array(F * L);
  const transSum = new Float64Array((L + 1) * L);
  let snapshots = 0;
  const maxN = Math.max(...sequences.map((s) => s.end - s.start));
  const em = new Float64Array(maxN * L);
  const alpha = new Float64Array(maxN * L);
  const beta = new Float64Array(maxN * L);
  const norm = new Float64Array(maxN);
  const expT = new Float64Array((L + 1) * L);

  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const oi of order) {
      const seq = sequences[oi];
      const f = feats[oi];
      const n = seq.end - seq.start;
      const eta = opts.eta0 / (1 + t / decay);
      t++;
      // Emission scores, exponentiated per position with its maximum taken out.
      for (let i = 0; i < n; i++) {
        let max = -Infinity;
        for (let l = 0; l < L; l++) {
          let s = 0;
          for (let k = 0; k < K; k++) s += v[f[i * K + k] * L + l];
          s *= scale;
          em[i * L + l] = s;
          if (s > max) max = s;
        }
        for (let l = 0; l < L; l++) em[i * L + l] = Math.exp(em[i * L + l] - max);
      }
      for (let k = 0; k < expT.length; k++) expT[k] = allowed[k] ? Math.exp(trans[k]) : 0;
      // Forward, normalised at each position.
      let z = 0;
      for (let l = 0; l < L; l++) z += alpha[l] = expT[l] * em[l];
      norm[0] = z;
      for (let l = 0; l < L; l++) alpha[l] /= z;
      for (let i = 1; i < n; i++) {
        z = 0;
        for (let b = 0; b < L; b++) {
          let s = 0;
          for (let a = 0; a < L; a++) s += alpha[(i - 1) * L + a] * expT[(a + 1) * L + b];
          z += alpha[i * L + b] = s * em[i * L + b];
        }
        norm[i] = z;
        for (let b = 0; b < L; b++) alpha[i * L + b] /= z;
      }
      for (let l = 0; l < L; l++) beta[(n - 1) * L + l] = 1;
      for (let i = n - 2; i >= 0; i--)
        for (let a = 0; a < L; a++) {
          let s = 0;
          for (let b = 0; b < L; b++) s += expT[(a + 1) * L + b] * em[(i + 1) * L + b] * beta[(i + 1) * L + b];
          beta[i * L + a] = s / norm[i + 1];
        }
      // L2: shrink every weight at once through the scale.
      scale *= 1 - eta * opts.l2;
      if (scale < 1e-9) {
        for (let k = 0; k < v.length; k++) v[k] *= scale;
        scale = 1;
      }
      const step = eta / scale;
      for (let i = 0; i < n; i++) {
        const g = seq.gold[i];
        for (let l = 0; l < L; l++) {
          const p = alpha[i * L + l] * beta[i * L + l];
          const d = (l === g ? 1 : 0) - p;
          if (d > -1e-6 && d < 1e-6) continue;
          for (let k = 0; k < K; k++) v[f[i * K + k] * L + l] += step * d;
        }
        // Transitions (not penalised: a few numbers the data pins down).
        if (i === 0) {
          for (let b = 0; b < L; b++) trans[b] += eta * ((b === g ? 1 : 0) - alpha[b] * beta[b]);
        } else {
          const gp = seq.gold[i - 1];
          for (let a = 0; a < L; a++)
            for (let b = 0; b < L; b++) {
              const k = (a + 1) * L + b;
              if (!allowed[k]) continue;
              const p = (alpha[(i - 1) * L + a] * expT[k] * em[i * L + b] * beta[i * L + b]) / norm[i];
              trans[k] += eta * ((a === gp && b === g ? 1 : 0) - p);
            }
        }
      }
    }
    // The result is the mean of the weights at the end of each epoch of the second half, which
    // evens out the last steps' noise.
    if (epoch >= opts.epochs >> 1) {
      for (let k = 0; k < v.length; k++) sum[k] += v[k] * scale;
      for (let k = 0; k < trans.length; k++) transSum[k] += trans[k];
      snapshots++;
    }
    opts.log?.(`epoch ${epoch + 1} done`);
  }
  const features = new Map<number, Float64Array>();
  for (let fi = 0; fi < F; fi++) {
    const w = new Float64Array(L);
    let any = false;
    for (let l = 0; l < L; l++) {
      w[l] = sum[fi * L + l] / snapshots;
      if (Math.abs(w[l]) > 1e-3) any = true;
    }
    if (any) features.set(hashes[fi], w);
  }
  return { features, transitions: transSum.map((x) => x / snapshots) };
}
