// Builds the double-array trie (doubleArrayTrie.ts) of a word list: at build time for the compiled
// model, and for a dictionary given as text (training, tests). Deterministic: the same words give
// the same arrays.
//
// Nodes are placed breadth first; each node's children go to the first base, not yet any other
// node's, where every child's cell is free, searched from shortly before where the last node as
// wide found room. A word listed twice keeps the lower cost (the first one on a tie), with its tag.
import { CELL_WORDS, FREE, type DoubleArrayData } from './doubleArrayTrie';

const NO_WORD = Number.NaN;
/** Word classes fit the 16 high bits of a cell's entry. */
const MAX_WORD_CLASSES = 0xffff;
/**
 * How far before the last room found a search starts again: measured on jieba's dictionary, 32768
 * gives 793k cells in about 2 s, 1024 gives 904k in 1 s, and searching every cell (Darts) 738k in 10 s.
 */
const SEARCH_SLACK = 32768;

export function buildDoubleArray(words: readonly string[], costs: ArrayLike<number>, tags: ArrayLike<number>): DoubleArrayData {
  const kept = distinctWords(words, costs);
  const labels = labelsByFrequency(kept.map((i) => words[i]));
  let labelCount = 0;
  for (let c = 0; c < 65536; c++) labelCount = Math.max(labelCount, labels[c]);

  let capacity = 1024;
  let base = new Int32Array(capacity);
  let check = new Int32Array(capacity).fill(FREE);
  let cost = new Float32Array(capacity).fill(NO_WORD);
  let tag = new Uint8Array(capacity);
  let taken = new Uint8Array(capacity);
  let baseUsed = new Uint8Array(capacity);
  let nextFree = Int32Array.from({ length: capacity }, (_, i) => i);
  const ensure = (cell: number) => {
    if (cell < capacity) return;
    let grown = capacity;
    while (grown <= cell) grown *= 2;
    const b = new Int32Array(grown);
    b.set(base);
    const ch = new Int32Array(grown).fill(FREE);
    ch.set(check);
    const co = new Float32Array(grown).fill(NO_WORD);
    co.set(cost);
    const t = new Uint8Array(grown);
    t.set(tag);
    const tk = new Uint8Array(grown);
    tk.set(taken);
    const bu = new Uint8Array(grown);
    bu.set(baseUsed);
    baseUsed = bu;
    const nf = Int32Array.from({ length: grown }, (_, i) => i);
    nf.set(nextFree);
    nextFree = nf;
    base = b;
    check = ch;
    cost = co;
    tag = t;
    taken = tk;
    capacity = grown;
  };

  // The first free cell at or after a cell, by union-find over taken runs (each taken cell points past itself).
  const freeFrom = (cell: number): number => {
    ensure(cell + 1);
    let root = cell;
    while (nextFree[root] !== root) root = nextFree[root];
    while (nextFree[cell] !== root) {
      const up = nextFree[cell];
      nextFree[cell] = root;
      cell = up;
    }
    return root;
  };
  const take = (cell: number) => {
    taken[cell] = 1;
    ensure(cell + 2);
    nextFree[cell] = cell + 1;
  };

  let lastCell = 0;
  let maxBase = 0;
  // Where nodes of each width (number of children, in classes) last found room, less SEARCH_SLACK:
  // a node rarely fits far before where one as wide did, so its search starts there. One child
  // fits in any free cell: its search starts at its label.
  const searchFrom = new Int32Array(8);
  const widthClass = (n: number) => Math.min(7, 31 - Math.clz32(n));
  /** A base no other node has, at which every one of `sorted` (ascending labels) lands on a free cell. */
  const place = (sorted: number[]): number => {
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    const width = widthClass(sorted.length);
    for (let pos = width === 0 ? first + 1 : Math.max(first + 1, searchFrom[width]); ; pos++) {
      pos = freeFrom(pos);
      const b = pos - first;
      ensure(b + last + 1);
      let fits = !baseUsed[b];
      for (let k = 1; k < sorted.length && fits; k++) fits = !taken[b + sorted[k]];
      if (fits) {
        searchFrom[width] = Math.max(searchFrom[width], pos - SEARCH_SLACK);
        return b;
      }
    }
  };

  take(0);
  // Breadth-first queue of nodes: cell, first and end index into `kept` (sorted), depth.
  const queue: number[] = [0, 0, kept.length, 0];
  for (let q = 0; q < queue.length; q += 4) {
    const cell = queue[q];
    let lo = queue[q + 1];
    const hi = queue[q + 2];
    const depth = queue[q + 3];
    if (lo < hi && words[kept[lo]].length === depth) {
      cost[cell] = costs[kept[lo]];
      tag[cell] = tags[kept[lo]];
      lo++;
    }
    if (lo === hi) continue;
    // Children: runs of words sharing their code unit at `depth`.
    const childLabels: number[] = [];
    const childRanges: number[] = [];
    for (let i = lo; i < hi; ) {
      const code = words[kept[i]].charCodeAt(depth);
      let j = i + 1;
      while (j < hi && words[kept[j]].charCodeAt(depth) === code) j++;
      childLabels.push(labels[code]);
      childRanges.push(i, j);
      i = j;
    }
    const b = place([...childLabels].sort((x, y) => x - y));
    base[cell] = b;
    baseUsed[b] = 1;
    maxBase = Math.max(maxBase, b);
    for (let k = 0; k < childLabels.length; k++) {
      const child = b + childLabels[k];
      take(child);
      check[child] = childLabels[k];
      lastCell = Math.max(lastCell, child);
      queue.push(child, childRanges[2 * k], childRanges[2 * k + 1], depth + 1);
    }
  }

  // Word classes: each distinct (cost, tag) pair once, numbered from 1 in the order of the cells.
  const classOf = new Map<string, number>();
  const wordCosts: number[] = [NO_WORD];
  const wordTags: number[] = [0];
  // Room past the last cell for base + any label, so a lookup never reads outside the array.
  const length = Math.max(lastCell + 1, maxBase + labelCount + 1);
  const cells = new Int32Array(length * CELL_WORDS);
  for (let c = 0; c < length; c++) {
    const inside = c < capacity;
    let wordClass = 0;
    if (inside && cost[c] === cost[c]) {
      const key = `${cost[c]} ${tag[c]}`;
      wordClass = classOf.get(key) ?? 0;
      if (wordClass === 0) {
        wordClass = wordCosts.length;
        if (wordClass > MAX_WORD_CLASSES) throw new Error(`more than ${MAX_WORD_CLASSES} distinct (cost, tag) pairs`);
        classOf.set(key, wordClass);
        wordCosts.push(cost[c]);
        wordTags.push(tag[c]);
      }
    }
    cells[c * CELL_WORDS] = inside ? base[c] : 0;
    cells[c * CELL_WORDS + 1] = ((inside ? check[c] : FREE) | (wordClass << 16)) | 0;
  }
  return { labels, cells, wordCosts: Float32Array.from(wordCosts), wordTags: Uint8Array.from(wordTags) };
}

/** Indices of the distinct non-empty words, sorted by their code units; of a repeated word the cheapest. */
function distinctWords(words: readonly string[], costs: ArrayLike<number>): number[] {
  const order: number[] = [];
  for (let i = 0; i < words.length; i++) if (words[i].length > 0) order.push(i);
  order.sort((a, b) => (words[a] < words[b] ? -1 : words[a] > words[b] ? 1 : a - b));
  const kept: number[] = [];
  for (const i of order) {
    const last = kept.length - 1;
    if (last >= 0 && words[kept[last]] === words[i]) {
      // Compared as stored (float32), as a trie that keeps the cheaper entry would.
      if (costs[i] < Math.fround(costs[kept[last]])) kept[last] = i;
      continue;
    }
    kept.push(i);
  }
  return kept;
}

/** Labels 1..n for the code units the words use, the most frequent first (then by code unit). */
function labelsByFrequency(words: readonly string[]): Uint16Array {
  const counts = new Float64Array(65536);
  for (const w of words) for (let i = 0; i < w.length; i++) counts[w.charCodeAt(i)]++;
  const used: number[] = [];
  for (let c = 0; c < 65536; c++) if (counts[c] > 0) used.push(c);
  used.sort((a, b) => counts[b] - counts[a] || a - b);
  const labels = new Uint16Array(65536);
  used.forEach((code, rank) => (labels[code] = rank + 1));
  return labels;
}
