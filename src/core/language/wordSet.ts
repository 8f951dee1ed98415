// A small set of words (posts, speech verbs…) looked up at any text position without building
// substrings: a trie whose first step is an array indexed by code unit.

export class WordSet {
  private rootChild = new Int32Array(65536).fill(-1);
  private children: Array<Map<number, number>> = [new Map()];
  private ends: boolean[] = [false];

  constructor(words: Iterable<string>) {
    for (const w of words) this.add(w);
  }

  private add(word: string): void {
    if (!word) return;
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      let next = i === 0 ? this.rootChild[code] : (this.children[node].get(code) ?? -1);
      if (next < 0) {
        next = this.children.length;
        this.children.push(new Map());
        this.ends.push(false);
        if (i === 0) this.rootChild[code] = next;
        else this.children[node].set(code, next);
      }
      node = next;
    }
    this.ends[node] = true;
  }

  /** Length of the longest word of the set starting at `at` and ending by `end`, or 0. */
  longestAt(text: string, at: number, end = text.length): number {
    if (at >= end) return 0;
    let node = this.rootChild[text.charCodeAt(at)];
    if (node < 0) return 0;
    let best = this.ends[node] ? 1 : 0;
    for (let i = at + 1; i < end; i++) {
      const next = this.children[node].get(text.charCodeAt(i));
      if (next === undefined) break;
      node = next;
      if (this.ends[node]) best = i - at + 1;
    }
    return best;
  }
}

/** Strings grouped by their first two code units, in the order given: every match at a position, looked up at once. */
export function byFirstTwo(strings: Iterable<string>): Map<number, string[]> {
  const index = new Map<number, string[]>();
  for (const s of strings) {
    const key = firstTwoAt(s, 0);
    const list = index.get(key);
    if (list) list.push(s);
    else index.set(key, [s]);
  }
  return index;
}

/** The key byFirstTwo files a string under, read at `at` in a text. */
export function firstTwoAt(text: string, at: number): number {
  return (text.charCodeAt(at) << 16) | text.charCodeAt(at + 1);
}
