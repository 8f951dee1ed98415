// The learned name model as a compact binary: feature weights in an open-addressing table keyed by
// the feature hash, read as typed-array views of the file's bytes (no parsing at load). Written by
// the training script (scripts/train.ts), read by the engine.
//
// Layout, little-endian, 4-byte aligned:
//   magic "BNTM", version, labelCount, featuresPerChar, slotCount (a power of two), featureCount
//   scale (float32: weight = int16 / scale)
//   transitions float32[(labelCount + 1) * labelCount]   (row 0: the start of a sequence)
//   keys int32[slotCount]                                 (0: an empty slot)
//   weights int16[slotCount * labelCount]
import { FEATURES_PER_CHAR } from './features';
import { LABEL_COUNT } from './labels';

const MAGIC = 0x4d544e42; // "BNTM"
const VERSION = 1;
const HEADER_WORDS = 8;

export interface NameModel {
  readonly labelCount: number;
  /** Transition scores: [from + 1][to], row 0 for the start. */
  readonly transitions: Float32Array;
  readonly featureCount: number;
  /** Adds the weights of feature `hash` to `scores[0..labelCount)`. */
  addWeights(hash: number, scores: Float64Array, at: number): void;
}

class TableModel implements NameModel {
  private mask: number;
  private inv: number;
  constructor(
    readonly labelCount: number,
    readonly transitions: Float32Array,
    readonly featureCount: number,
    private keys: Int32Array,
    private weights: Int16Array,
    scale: number,
  ) {
    this.mask = keys.length - 1;
    this.inv = 1 / scale;
  }

  addWeights(hash: number, scores: Float64Array, at: number): void {
    const key = hash === 0 ? 1 : hash;
    const keys = this.keys;
    let slot = slotOf(key, this.mask);
    for (;;) {
      const k = keys[slot];
      if (k === key) break;
      if (k === 0) return;
      slot = (slot + 1) & this.mask;
    }
    const w = this.weights;
    const L = this.labelCount;
    const base = slot * L;
    for (let l = 0; l < L; l++) scores[at + l] += w[base + l] * this.inv;
  }
}

function slotOf(key: number, mask: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 12) & mask;
}

/** Reads a model file's bytes. Throws on a file of another format or version. */
export function readNameModel(bytes: Uint8Array): NameModel {
  // Typed-array views need aligned offsets: copy only when the bytes sit unaligned.
  const buf = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const head = new Int32Array(buf.buffer, buf.byteOffset, HEADER_WORDS);
  if (head[0] !== MAGIC) throw new Error('not a name model file');
  if (head[1] !== VERSION) throw new Error(`name model version ${head[1]}, expected ${VERSION}`);
  const labelCount = head[2];
  if (labelCount !== LABEL_COUNT || head[3] !== FEATURES_PER_CHAR) throw new Error('name model built for other features');
  const slotCount = head[4];
  const featureCount = head[5];
  const scale = new Float32Array(buf.buffer, buf.byteOffset + 24, 1)[0];
  let at = buf.byteOffset + HEADER_WORDS * 4;
  const transitions = new Float32Array(buf.buffer, at, (labelCount + 1) * labelCount);
  at += transitions.byteLength;
  const keys = new Int32Array(buf.buffer, at, slotCount);
  at += keys.byteLength;
  const weights = new Int16Array(buf.buffer, at, slotCount * labelCount);
  if (at + weights.byteLength > buf.byteOffset + buf.byteLength) throw new Error('name model file is truncated');
  return new TableModel(labelCount, transitions, featureCount, keys, weights, scale);
}

/**
 * Writes weights (feature hash to per-label weights) and transitions into the file format, leaving
 * out features whose weights all stay under `minWeight` in size.
 */
export function writeNameModel(all: Map<number, Float64Array>, transitions: Float64Array, minWeight = 0, labelCount = LABEL_COUNT): Uint8Array {
  const features = new Map<number, Float64Array>();
  for (const [hash, w] of all) if (w.some((x) => Math.abs(x) >= minWeight)) features.set(hash, w);
  let max = 1e-9;
  for (const w of features.values()) for (const v of w) max = Math.max(max, Math.abs(v));
  const scale = 32767 / max;
  let slotCount = 1024;
  while (slotCount * 0.7 < features.size) slotCount *= 2;
  const transitionBytes = (labelCount + 1) * labelCount * 4;
  const total = HEADER_WORDS * 4 + transitionBytes + slotCount * 4 + slotCount * labelCount * 2;
  const out = new Uint8Array(total + ((4 - (total % 4)) % 4));
  const head = new Int32Array(out.buffer, 0, HEADER_WORDS);
  head.set([MAGIC, VERSION, labelCount, FEATURES_PER_CHAR, slotCount, features.size]);
  new Float32Array(out.buffer, 24, 1)[0] = scale;
  let at = HEADER_WORDS * 4;
  new Float32Array(out.buffer, at, (labelCount + 1) * labelCount).set(transitions);
  at += transitionBytes;
  const keys = new Int32Array(out.buffer, at, slotCount);
  at += slotCount * 4;
  const weights = new Int16Array(out.buffer, at, slotCount * labelCount);
  const mask = slotCount - 1;
  // Sorted keys: the same weights give the same bytes whatever order the map was filled in.
  for (const hash of [...features.keys()].sort((a, b) => a - b)) {
    const key = hash === 0 ? 1 : hash;
    let slot = slotOf(key, mask);
    while (keys[slot] !== 0) slot = (slot + 1) & mask;
    keys[slot] = key;
    const w = features.get(hash)!;
    for (let l = 0; l < labelCount; l++) weights[slot * labelCount + l] = Math.round(w[l] * scale);
  }
  return out;
}
