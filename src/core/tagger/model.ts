// The learned name model as a compact binary: feature weights in an open-addressing table keyed by
// the feature hash, read as typed-array views of the file's bytes (no parsing at load). Written by
// the training script (scripts/train.ts), read by the engine.
//
// Layout, little-endian, 4-byte aligned:
//   magic "BNTM", version, labelCount, featuresPerChar, slotCount (a power of two), featureCount
//   scale (float32: weight = int16 / scale)
//   transitions float32[(labelCount + 1) * labelCount]   (row 0: the start of a sequence)
//   slots int32[slotCount * SLOT_WORDS]: the key (0: an empty slot), then the label weights as
//   int16 pairs, so that one probe reads one cache line
import { FEATURES_PER_CHAR } from './features';
import { LABEL_COUNT } from './labels';

const MAGIC = 0x4d544e42; // "BNTM"
const VERSION = 2;
const SLOT_WORDS = 4;
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
    private slots: Int32Array,
    scale: number,
  ) {
    this.mask = slots.length / SLOT_WORDS - 1;
    this.inv = 1 / scale;
  }

  addWeights(hash: number, scores: Float64Array, at: number): void {
    const key = hash === 0 ? 1 : hash;
    const slots = this.slots;
    let slot = slotOf(key, this.mask);
    for (;;) {
      const k = slots[slot * SLOT_WORDS];
      if (k === key) break;
      if (k === 0) return;
      slot = (slot + 1) & this.mask;
    }
    const base = slot * SLOT_WORDS + 1;
    const inv = this.inv;
    // Two int16 weights a word: the low half is sign-extended by the shifts.
    for (let l = 0; l < this.labelCount; l++) {
      const word = slots[base + (l >> 1)];
      scores[at + l] += ((l & 1 ? word : word << 16) >> 16) * inv;
    }
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
  if (labelCount > (SLOT_WORDS - 1) * 2) throw new Error('name model has too many labels');
  if (at + slotCount * SLOT_WORDS * 4 > buf.byteOffset + buf.byteLength) throw new Error('name model file is truncated');
  const slots = new Int32Array(buf.buffer, at, slotCount * SLOT_WORDS);
  return new TableModel(labelCount, transitions, featureCount, slots, scale);
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
  const total = HEADER_WORDS * 4 + transitionBytes + slotCount * SLOT_WORDS * 4;
  const out = new Uint8Array(total + ((4 - (total % 4)) % 4));
  const head = new Int32Array(out.buffer, 0, HEADER_WORDS);
  head.set([MAGIC, VERSION, labelCount, FEATURES_PER_CHAR, slotCount, features.size]);
  new Float32Array(out.buffer, 24, 1)[0] = scale;
  let at = HEADER_WORDS * 4;
  new Float32Array(out.buffer, at, (labelCount + 1) * labelCount).set(transitions);
  at += transitionBytes;
  const slots = new Int32Array(out.buffer, at, slotCount * SLOT_WORDS);
  const mask = slotCount - 1;
  // Sorted keys: the same weights give the same bytes whatever order the map was filled in.
  for (const hash of [...features.keys()].sort((a, b) => a - b)) {
    const key = hash === 0 ? 1 : hash;
    let slot = slotOf(key, mask);
    while (slots[slot * SLOT_WORDS] !== 0) slot = (slot + 1) & mask;
    slots[slot * SLOT_WORDS] = key;
    const w = features.get(hash)!;
    for (let l = 0; l < labelCount; l++) {
      const q = Math.round(w[l] * scale) & 0xffff;
      slots[slot * SLOT_WORDS + 1 + (l >> 1)] |= l & 1 ? q << 16 : q;
    }
  }
  return out;
}
