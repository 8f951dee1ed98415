// The Lexicon the engine reads: a double-array trie of the words with their costs and tags, the
// tag names, and the name statistics, all plain arrays (LexiconData), as the compiled model file
// holds them or as a dictionary text compiles to (jiebaLexicon.ts).
import { DoubleArrayTrie, type DoubleArrayData } from './doubleArrayTrie';
import type { Lexicon, NameStats } from './lexicon';
import { nameStatsOf, type NameStatsData } from './nameStats';

export interface LexiconData {
  trie: DoubleArrayData;
  /** Tag strings by tag index. */
  tagNames: string[];
  /** Number of dictionary entries. */
  wordCount: number;
  unknownCost: number;
  names: NameStatsData;
}

export class TrieLexicon implements Lexicon {
  readonly size: number;
  readonly unknownCost: number;
  readonly names: NameStats;
  private readonly trie: DoubleArrayTrie;
  private readonly tagNames: string[];

  constructor(data: LexiconData) {
    this.trie = new DoubleArrayTrie(data.trie);
    this.tagNames = data.tagNames;
    this.size = data.wordCount;
    this.unknownCost = data.unknownCost;
    this.names = nameStatsOf(data.names);
  }

  wordsAt(text: string, start: number, ends: Int32Array, costs: Float64Array, tags: Uint8Array): number {
    return this.trie.wordsAt(text, start, ends, costs, tags);
  }

  wordCost(word: string): number | undefined {
    const node = this.trie.find(word);
    if (node < 0) return undefined;
    const c = this.trie.cost(node);
    return c === c ? c : undefined;
  }

  wordTag(word: string): string | undefined {
    const node = this.trie.find(word);
    if (node < 0 || Number.isNaN(this.trie.cost(node))) return undefined;
    return this.tagNames[this.trie.tag(node)];
  }

  tagName(index: number): string {
    return this.tagNames[index] ?? '';
  }
}
