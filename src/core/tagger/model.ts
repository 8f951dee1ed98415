// The learned name model as a compact binary: feature weights in a hash table keyed by the
// feature hash, read as typed-array views of the file's bytes (no parsing at load). Written by the
// training script (scripts/train.ts), read by the engine.
//
// Only differences between labels decide the best sequence, so each feature's weights are stored
// relative to the outside label (whose weight is then 0): four int8 weights in one 32-bit word,
// beside the key. A slot is 8 bytes, a bucket two slots (16 bytes, within one cache line).
//
// The table is a cuckoo table: a key sits in one of two buckets, so a lookup reads at most four
// slots (most keys sit in their first bucket) and never walks a probe sequence, as linear probing
// did for the fifth of a page's features that the model does not hold. The tagger's inner loop
// (51 lookups a character) spends its time here: on 1 MiB, about a quarter less than probing.
// (Selects without branches were no faster once optimised, and twice as slow in the unoptimised
// code that analyses the first page.)
//
// Layout, little-endian, 4-byte aligned:
//   magic "BNTM", version, labelCount, featuresPerChar, slotCount (a power of two), featureCount
//   scale (float32: weight = int8 / scale), reserved
//   transitions float32[(labelCount + 1) * labelCount]   (row 0: the start of a sequence)
//   slots int32[slotCount * 2]: the key (0: an empty slot), then the weights of labels 1..4 as bytes
import { FEATURES_PER_CHAR } from './features';
import { LABEL_COUNT } from './labels';

const MAGIC = 0x4d544e42; // "BNTM"
const VERSION = 4;
const SLOT_WORDS = 2;
/** Slots per bucket. */
const BUCKET_SLOTS = 2;
const HEADER_WORDS = 8;
/** Label 0 (outside) is the reference; labels 1..STORED are stored. */
const STORED = 4;

export interface NameModel {
  readonly labelCount: number;
  /** Transition scores: [from + 1][to], row 0 for the start. */
  readonly transitions: Float32Array;
  readonly featureCount: number;
  /** Adds the weights of feature `hash` to `scores[at .. at + labelCount)`. */
  addWeights(hash: number, scores: Float64Array, at: number): void;
  /** Emission scores of `n` positions with `perPosition` features each: `scores[i * labelCount + l]`. */
  emissions(features: Int32Array, n: number, perPosition: number, scores: Float64Array): void;
}

class TableModel implements NameModel {
  /** Bucket count - 1. */
  private mask: number;
  private inv: number;
  constructor(
    readonly labelCount: number,
    readonly transitions: Float32Array,
    readonly featureCount: number,
    private slots: Int32Array,
    scale: number,
  ) {
    this.mask = slots.length / (SLOT_WORDS * BUCKET_SLOTS) - 1;
    this.inv = 1 / scale;
  }

  addWeights(hash: number, scores: Float64Array, at: number): void {
    const word = lookup(this.slots, hash === 0 ? 1 : hash, this.mask);
    const inv = this.inv;
    // Each byte sign-extended by shifting it to the top and back.
    scores[at + 1] += ((word << 24) >> 24) * inv;
    scores[at + 2] += ((word << 16) >> 24) * inv;
    scores[at + 3] += ((word << 8) >> 24) * inv;
    scores[at + 4] += (word >> 24) * inv;
  }

  emissions(features: Int32Array, n: number, perPosition: number, scores: Float64Array): void {
    const slots = this.slots;
    const mask = this.mask;
    const inv = this.inv;
    const L = this.labelCount;
    for (let i = 0; i < n; i++) {
      let b1 = 0;
      let b2 = 0;
      let b3 = 0;
      let b4 = 0;
      for (let k = i * perPosition, end = k + perPosition; k < end; k++) {
        const hash = features[k];
        const key = hash === 0 ? 1 : hash;
        // lookup(), written out: the compiler then keeps the loop's state in registers.
        const a = (key & mask) << 2;
        let word = 0;
        if (slots[a] === key) word = slots[a + 1];
        else if (slots[a + 2] === key) word = slots[a + 3];
        else {
          const b = ((Math.imul(key, 0x9e3779b1) >>> 15) & mask) << 2;
          if (slots[b] === key) word = slots[b + 1];
          else if (slots[b + 2] === key) word = slots[b + 3];
        }
        b1 += (word << 24) >> 24;
        b2 += (word << 16) >> 24;
        b3 += (word << 8) >> 24;
        b4 += word >> 24;
      }
      const o = i * L;
      scores[o] = 0;
      scores[o + 1] = b1 * inv;
      scores[o + 2] = b2 * inv;
      scores[o + 3] = b3 * inv;
      scores[o + 4] = b4 * inv;
    }
  }
}

/** The two buckets a key may sit in (the same one now and then: the table allows for it). */
function bucketsOf(key: number, mask: number): [number, number] {
  return [key & mask, (Math.imul(key, 0x9e3779b1) >>> 15) & mask];
}

/** The weight word of `key` (never 0), or 0 when the table does not hold it. */
function lookup(slots: Int32Array, key: number, mask: number): number {
  const [p, q] = bucketsOf(key, mask);
  for (const bucket of [p, q])
    for (let s = 0; s < BUCKET_SLOTS; s++) {
      const at = (bucket * BUCKET_SLOTS + s) * SLOT_WORDS;
      if (slots[at] === key) return slots[at + 1];
    }
  return 0;
}

/** Reads a model file's bytes. Throws on a file of another format or version. */
export function readNameModel(bytes: Uint8Array): NameModel {
  // Typed-array views need aligned offsets: copy only when the bytes sit unaligned.
  const buf = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  if (buf.byteLength < HEADER_WORDS * 4) throw new Error('name model file is truncated');
  const head = new Int32Array(buf.buffer, buf.byteOffset, HEADER_WORDS);
  if (head[0] !== MAGIC) throw new Error('not a name model file');
  if (head[1] !== VERSION) throw new Error(`name model version ${head[1]}, expected ${VERSION}`);
  const labelCount = head[2];
  if (labelCount !== LABEL_COUNT || head[3] !== FEATURES_PER_CHAR) throw new Error('name model built for other features');
  const slotCount = head[4];
  const featureCount = head[5];
  const scale = new Float32Array(buf.buffer, buf.byteOffset + 24, 1)[0];
  let at = buf.byteOffset + HEADER_WORDS * 4;
  const transitionCount = (labelCount + 1) * labelCount;
  if (at + transitionCount * 4 + slotCount * SLOT_WORDS * 4 > buf.byteOffset + buf.byteLength) throw new Error('name model file is truncated');
  const transitions = new Float32Array(buf.buffer, at, transitionCount);
  at += transitions.byteLength;
  const slots = new Int32Array(buf.buffer, at, slotCount * SLOT_WORDS);
  return new TableModel(labelCount, transitions, featureCount, slots, scale);
}

/**
 * Writes weights (feature hash to per-label weights) and transitions into the file format, leaving
 * out features whose weights, relative to the outside label, all stay under `minWeight` in size.
 */
export function writeNameModel(all: Map<number, Float64Array>, transitions: Float64Array, minWeight = 0): Uint8Array {
  const labelCount = LABEL_COUNT;
  const features = new Map<number, Float64Array>();
  let max = 1e-9;
  for (const [hash, w] of all) {
    const rel = new Float64Array(STORED);
    for (let l = 1; l <= STORED; l++) rel[l - 1] = w[l] - w[0];
    if (!rel.some((x) => Math.abs(x) >= minWeight)) continue;
    features.set(hash, rel);
    for (const x of rel) max = Math.max(max, Math.abs(x));
  }
  const scale = 127 / max;
  const words = new Map<number, number>();
  for (const [hash, rel] of features) {
    let word = 0;
    for (let l = 0; l < STORED; l++) word |= (Math.round(rel[l] * scale) & 0xff) << (8 * l);
    words.set(hash === 0 ? 1 : hash, word);
  }
  const slots = cuckooTable(words, 1024);
  const slotCount = slots.length / SLOT_WORDS;
  const transitionBytes = (labelCount + 1) * labelCount * 4;
  const out = new Uint8Array(HEADER_WORDS * 4 + transitionBytes + slots.byteLength);
  const head = new Int32Array(out.buffer, 0, HEADER_WORDS);
  head.set([MAGIC, VERSION, labelCount, FEATURES_PER_CHAR, slotCount, features.size]);
  new Float32Array(out.buffer, 24, 1)[0] = scale;
  let at = HEADER_WORDS * 4;
  new Float32Array(out.buffer, at, (labelCount + 1) * labelCount).set(transitions);
  at += transitionBytes;
  new Int32Array(out.buffer, at, slots.length).set(slots);
  return out;
}

/**
 * The keys (never 0) and their weight words in a cuckoo table of at least `minSlots` slots: each
 * key in one of its two buckets, the table doubled until every key finds a place. Keys go in by
 * size and evictions follow a fixed rule, so the same weights always give the same bytes.
 */
function cuckooTable(words: Map<number, number>, minSlots: number): Int32Array {
  const keys = [...words.keys()].sort((a, b) => a - b);
  let slotCount = minSlots;
  // A two-choice table of two-slot buckets fills reliably to about nine tenths; aim under 0.8.
  while (slotCount * 0.8 < keys.length) slotCount *= 2;
  for (;;) {
    const slots = tryCuckoo(keys, words, slotCount);
    if (slots) return slots;
    slotCount *= 2;
  }
}

function tryCuckoo(keys: number[], words: Map<number, number>, slotCount: number): Int32Array | undefined {
  const slots = new Int32Array(slotCount * SLOT_WORDS);
  const mask = slotCount / BUCKET_SLOTS - 1;
  const place = (bucket: number, key: number): boolean => {
    for (let s = 0; s < BUCKET_SLOTS; s++) {
      const at = (bucket * BUCKET_SLOTS + s) * SLOT_WORDS;
      if (slots[at] === 0) {
        slots[at] = key;
        slots[at + 1] = words.get(key)!;
        return true;
      }
    }
    return false;
  };
  for (const first of keys) {
    let key = first;
    let bucket = bucketsOf(key, mask)[0];
    let placed = false;
    for (let kick = 0; kick < 500 && !placed; kick++) {
      const [p, q] = bucketsOf(key, mask);
      if (place(p, key) || place(q, key)) {
        placed = true;
        break;
      }
      // Both buckets full: take the place of one slot of the bucket not just left, by turns.
      bucket = bucket === p ? q : p;
      const at = (bucket * BUCKET_SLOTS + (kick % BUCKET_SLOTS)) * SLOT_WORDS;
      const evicted = slots[at];
      slots[at] = key;
      slots[at + 1] = words.get(key)!;
      key = evicted;
    }
    if (!placed) return undefined;
  }
  return slots;
}
