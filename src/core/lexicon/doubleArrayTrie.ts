// The dictionary's words as a double-array trie over UTF-16 code units: one step from a node to its
// child is an addition and one comparison (child = base[node] + label[code], valid when the cell
// holds that label), with no hashing and no objects. The arrays are read as they lie in the
// compiled model file (buildDoubleArray.ts makes them).
//
// Each cell is two 32-bit words side by side, so one step touches one cache line:
//   base    where the node's children start (0 for a node without children);
//   entry   the label of the edge into the cell (low 16 bits; FREE for a free cell) and the word
//           class of the word ending there (high 16 bits; 0: no word ends there).
// A cell is known to be the child of the node by its label alone because no two nodes with
// children share a base. A word class is one (cost, tag) pair: the dictionary has a few thousand.
// Labels renumber the code units words use, the most frequent first (0: a code unit no word uses).

export const CELL_WORDS = 2;
/** The label part of a free cell's entry: no edge has it. */
export const FREE = 0xffff;

export interface DoubleArrayData {
  /** Label of each code unit (65536 entries), 1..labelCount; 0 for a code unit no word uses. */
  labels: Uint16Array;
  /** CELL_WORDS words per cell: base, entry. Long enough that base + any label stays inside. */
  cells: Int32Array;
  /** Cost (-ln p) of each word class; class 0 is no word. */
  wordCosts: Float32Array;
  /** Part-of-speech tag index of each word class. */
  wordTags: Uint8Array;
}

export class DoubleArrayTrie {
  private readonly labels: Uint16Array;
  private readonly cells: Int32Array;
  private readonly wordCosts: Float32Array;
  private readonly wordTags: Uint8Array;

  constructor(data: DoubleArrayData) {
    this.labels = data.labels;
    this.cells = data.cells;
    this.wordCosts = data.wordCosts;
    this.wordTags = data.wordTags;
  }

  /** Child of `node` (0 is the root) along code unit `code`, or -1. */
  child(node: number, code: number): number {
    const label = this.labels[code];
    const next = this.cells[node * CELL_WORDS] + label;
    return (this.cells[next * CELL_WORDS + 1] & 0xffff) === label ? next : -1;
  }

  /** Cost of the word ending at `node`, NaN when none does. */
  cost(node: number): number {
    const wordClass = this.cells[node * CELL_WORDS + 1] >>> 16;
    return wordClass === 0 ? Number.NaN : this.wordCosts[wordClass];
  }

  /** Tag index of the word ending at `node`. */
  tag(node: number): number {
    return this.wordTags[this.cells[node * CELL_WORDS + 1] >>> 16];
  }

  /** Node reached by `word`, or -1. */
  find(word: string): number {
    let node = 0;
    for (let i = 0; i < word.length && node >= 0; i++) node = this.child(node, word.charCodeAt(i));
    return node;
  }

  /**
   * The words starting at `start`, shortest first: end offset, cost and tag into the arrays;
   * returns how many, at most `ends.length`.
   */
  wordsAt(text: string, start: number, ends: Int32Array, costs: Float64Array, tags: Uint8Array): number {
    const cells = this.cells;
    const labels = this.labels;
    let node = 0;
    let n = 0;
    for (let i = start; i < text.length && n < ends.length; i++) {
      const label = labels[text.charCodeAt(i)];
      const next = cells[node * CELL_WORDS] + label;
      const entry = cells[next * CELL_WORDS + 1];
      if ((entry & 0xffff) !== label) break;
      node = next;
      const wordClass = entry >>> 16;
      if (wordClass !== 0) {
        ends[n] = i + 1;
        costs[n] = this.wordCosts[wordClass];
        tags[n] = this.wordTags[wordClass];
        n++;
      }
    }
    return n;
  }
}
