// A compact trie over UTF-16 code units: one open-addressing hash table maps (node, char) to the
// child node, so a lookup walks the text without building substrings. Each slot keeps node, code
// and child side by side in one array, so a probe touches one cache line, not three.

const EMPTY = -1;

export class WordTrie {
  /** Slot k holds [node, code, child] at 3k, 3k+1, 3k+2; node EMPTY marks a free slot. */
  private slots: Int32Array;
  private mask: number;
  private size = 0;
  private nodeCount = 1;
  /** Cost of the word ending at each node, NaN when no word ends there. */
  cost: Float32Array;
  /** Part-of-speech tag index of the word ending at each node. */
  tag: Uint8Array;

  constructor(expectedNodes: number) {
    let cap = 1;
    while (cap < expectedNodes * 2) cap <<= 1;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * 3).fill(EMPTY);
    this.cost = new Float32Array(expectedNodes + 1).fill(NaN);
    this.tag = new Uint8Array(expectedNodes + 1);
  }

  private slot(node: number, code: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) & this.mask;
  }

  /**
   * One bit per (node, code) hash, set for every edge: most failed steps are answered by this 1 MB
   * bitset, which stays in cache, instead of a probe into the large slot table, which does not.
   */
  private edgeBits = new Uint32Array(1 << 18);
  private static bit(node: number, code: number): number {
    return (Math.imul(node ^ (code << 16), 0x2c1b3c6d) ^ Math.imul(code, 0x297a2d39)) >>> 9;
  }

  /** Children of the root by code unit: the first step of every lookup skips the hash. */
  private rootChildren = new Int32Array(65536).fill(-1);

  /** Child of `node` along `code`, or -1. */
  child(node: number, code: number): number {
    if (node === 0) return this.rootChildren[code];
    const b = WordTrie.bit(node, code);
    if ((this.edgeBits[b >>> 5] & (1 << (b & 31))) === 0) return -1;
    const slots = this.slots;
    let s = this.slot(node, code);
    for (;;) {
      const at = s * 3;
      const k = slots[at];
      if (k === EMPTY) return -1;
      if (k === node && slots[at + 1] === code) return slots[at + 2];
      s = (s + 1) & this.mask;
    }
  }

  insert(word: string, cost: number, tag: number): void {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      let next = this.child(node, code);
      if (next < 0) {
        if (this.nodeCount >= this.cost.length || (this.size + 1) * 2 > this.mask + 1) return; // full: skip
        next = this.nodeCount++;
        let s = this.slot(node, code);
        while (this.slots[s * 3] !== EMPTY) s = (s + 1) & this.mask;
        this.slots[s * 3] = node;
        this.slots[s * 3 + 1] = code;
        this.slots[s * 3 + 2] = next;
        const b = WordTrie.bit(node, code);
        this.edgeBits[b >>> 5] |= 1 << (b & 31);
        this.size++;
        if (node === 0) this.rootChildren[code] = next;
      }
      node = next;
    }
    if (Number.isNaN(this.cost[node]) || cost < this.cost[node]) {
      this.cost[node] = cost;
      this.tag[node] = tag;
    }
  }

  /** Node reached by `word`, or -1. */
  find(word: string): number {
    let node = 0;
    for (let i = 0; i < word.length && node >= 0; i++) node = this.child(node, word.charCodeAt(i));
    return node;
  }
}
