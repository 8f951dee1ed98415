// The dictionary interface the recognizers read: word lookups at a text position, and character
// statistics of personal names. Any segmenter's dictionary can stand behind it.

export interface NameStats {
  /** Cost (-ln p) of each code unit as the first of two given-name characters; Infinity if unseen. */
  givenFirst: Float32Array;
  /** Cost of each code unit as the second of two given-name characters. */
  givenSecond: Float32Array;
  /** Cost of each code unit as a one-character given name. */
  givenSingle: Float32Array;
  /** Cost of each code unit inside a transliterated foreign name. */
  foreign: Float32Array;
  /** Cost of a surname (single or compound) starting a name; undefined when not a surname. */
  surnameCost(surname: string): number | undefined;
}

export interface Lexicon {
  /** Number of distinct words. */
  readonly size: number;
  /**
   * Writes the dictionary words starting at `start` into the arrays (end offset, cost = -ln p, tag
   * index) and returns how many there are, at most `ends.length`.
   */
  wordsAt(text: string, start: number, ends: Int32Array, costs: Float64Array, tags: Uint8Array): number;
  /** Cost of a word, undefined when the dictionary lacks it. */
  wordCost(word: string): number | undefined;
  /** Part-of-speech tag of a word ("n", "v", "ns"…), undefined when absent. */
  wordTag(word: string): string | undefined;
  /** Tag string of a tag index returned by wordsAt. */
  tagName(index: number): string;
  /** Cost of a character the dictionary lacks entirely. */
  readonly unknownCost: number;
  readonly names: NameStats;
}
