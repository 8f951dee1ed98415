// The dictionary's words as a double-array trie over UTF-16 code units: one step from a node to its
// child is an addition and one comparison (child = base[node] + label[code], valid when
// check[child] === node), with no hashing and no objects. The arrays are read as they lie in the
// compiled model file (buildDoubleArray.ts makes them).
//
// Each cell is three 32-bit words side by side, so one step touches one cache line:
//   base (where the node's children start), check (the parent cell; -1 for a free cell),
//   cost of the word ending at the cell as float32 bits (NaN when no word ends there).
// Labels renumber the code units words use, the most frequent first (0: a code unit no word uses).

export const CELL_WORDS = 3;

export interface DoubleArrayData {
  /** Label of each code unit (65536 entries), 1..labelCount; 0 for a code unit no word uses. */
  labels: Uint16Array;
  /** CELL_WORDS words per cell: base, check, cost bits. Long enough that base + any label stays inside. */
  cells: Int32Array;
  /** Part-of-speech tag index of the word ending at each cell. */
  tags: Uint8Array;
}

export class DoubleArrayTrie {
  private readonly labels: Uint16Array;
  private readonly cells: Int32Array;
  /** The same memory as `cells`, read as float32 for the costs. */
  readonly costs: Float32Array;
  readonly tags: Uint8Array;

  constructor(data: DoubleArrayData) {
    this.labels = data.labels;
    this.cells = data.cells;
    this.costs = new Float32Array(data.cells.buffer, data.cells.byteOffset, data.cells.length);
    this.tags = data.tags;
  }

  /** Child of `node` (0 is the root) along code unit `code`, or -1. */
  child(node: number, code: number): number {
    const next = this.cells[node * CELL_WORDS] + this.labels[code];
    return this.cells[next * CELL_WORDS + 1] === node ? next : -1;
  }

  /** Cost of the word ending at `node`, NaN when none does. */
  cost(node: number): number {
    return this.costs[node * CELL_WORDS + 2];
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
    const f = this.costs;
    const labels = this.labels;
    let node = 0;
    let n = 0;
    for (let i = start; i < text.length && n < ends.length; i++) {
      const next = cells[node * CELL_WORDS] + labels[text.charCodeAt(i)];
      if (cells[next * CELL_WORDS + 1] !== node) break;
      node = next;
      const c = f[next * CELL_WORDS + 2];
      if (c === c) {
        ends[n] = i + 1;
        costs[n] = c;
        tags[n] = this.tags[next];
        n++;
      }
    }
    return n;
  }
}
