// Compiles a jieba-format dictionary ("word freq tag" per line) into the lexicon's arrays: word
// costs (-ln p) and tags in a double-array trie, and the name character statistics. Name-tagged
// entries (nr, nrfg, nrt) feed those statistics and stay words too, since jieba tags many common
// words and places nr or nrt (谢谢, 蒲公英, 伊拉克); a listed name is evidence, weighed by the
// learned model. Run at build time (the compiled model file) and for dictionaries given as text.
import type { Lexicon } from './lexicon';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../language/surnames';
import { buildDoubleArray } from './buildDoubleArray';
import { surnameTable, type NameStatsData } from './nameStats';
import { TrieLexicon, type LexiconData } from './trieLexicon';

const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt']);

class CharCounter {
  counts = new Float64Array(65536);
  total = 0;
  add(code: number, n = 1): void {
    this.counts[code] += n;
    this.total += n;
  }
  /** -ln p of each character seen at least minCount times; others cost `unseen` (default Infinity). */
  costs(minCount = 1, unseen = Infinity): Float32Array {
    const out = new Float32Array(65536).fill(Infinity);
    const t = this.total || 1;
    for (let c = 0; c < 65536; c++) {
      if (this.counts[c] >= minCount) out[c] = -Math.log(this.counts[c] / t);
      else if (c >= 0x4e00 && c <= 0x9fff) out[c] = unseen;
    }
    return out;
  }
}

function buildNameStats(nameEntries: Array<[string, string]>, general: CharCounter, typicality: number): NameStatsData {
  const singles = new Set(SINGLE_SURNAMES);
  const compounds = new Set(COMPOUND_SURNAMES);
  const surnameCounts = new Map<string, number>();
  const first = new CharCounter();
  const second = new CharCounter();
  const single = new CharCounter();
  const foreign = new CharCounter();
  for (const [w, tag] of nameEntries) {
    const c2 = w.slice(0, 2);
    const surname = compounds.has(c2) && w.length >= 3 ? c2 : singles.has(w[0]) ? w[0] : '';
    if (tag === 'nrt') {
      for (let i = 0; i < w.length; i++) foreign.add(w.charCodeAt(i));
      continue;
    }
    if (!surname) continue;
    const given = w.slice(surname.length);
    if (given.length === 2) {
      surnameCounts.set(surname, (surnameCounts.get(surname) ?? 0) + 1);
      first.add(given.charCodeAt(0));
      second.add(given.charCodeAt(1));
    } else if (given.length === 1) {
      surnameCounts.set(surname, (surnameCounts.get(surname) ?? 0) + 1);
      single.add(given.charCodeAt(0));
    }
  }
  let total = 0;
  for (const s of singles) total += (surnameCounts.get(s) ?? 0) + 1;
  for (const s of compounds) total += (surnameCounts.get(s) ?? 0) + 1;
  const surnameCosts = new Map<string, number>();
  for (const s of [...singles, ...compounds]) surnameCosts.set(s, -Math.log(((surnameCounts.get(s) ?? 0) + 1) / total));
  // A character no listed name uses may still be a given name: rare, not impossible.
  const givenSecond = second.costs(1, -Math.log(0.3 / (second.total || 1)));
  const givenSingle = single.costs();
  // Few one-character given names are listed: a common second given character serves too.
  for (let c = 0; c < 65536; c++) givenSingle[c] = Math.min(givenSingle[c], givenSecond[c] + 1);
  return {
    givenFirst: first.costs(1, -Math.log(0.3 / (first.total || 1))),
    givenSecond,
    givenSingle,
    foreign: foreignCosts(foreign, general, typicality),
    ...surnameTable(surnameCosts),
  };
}

/**
 * Cost of each character inside a transliteration, lowered for characters transliterations favour
 * over ordinary words (斯, 尔, 顿) and raised for everyday ones (平, 化), by `typicality` times the
 * difference of the two log-frequencies.
 */
function foreignCosts(foreign: CharCounter, general: CharCounter, typicality: number): Float32Array {
  const f = foreign.costs(3);
  const g = general.costs(1, -Math.log(0.5 / (general.total || 1)));
  for (let c = 0; c < 65536; c++) if (f[c] < Infinity) f[c] = Math.max(0.5, f[c] - typicality * (g[c] - f[c]));
  return f;
}

export interface JiebaOptions {
  /** How much transliteration characters are judged by how rare they are in ordinary words. */
  foreignTypicality?: number;
}

/** Parses a jieba dictionary text into a Lexicon. */
export function lexiconFromJiebaText(dictText: string, options: JiebaOptions = {}): Lexicon {
  return new TrieLexicon(compileJiebaText(dictText, options));
}

/** Parses a jieba dictionary text into the arrays of a lexicon (what the compiled model file stores). */
export function compileJiebaText(dictText: string, options: JiebaOptions = {}): LexiconData {
  const words: string[] = [];
  const freqs: number[] = [];
  const tagIdx: number[] = [];
  const tags: string[] = [];
  const tagMap = new Map<string, number>();
  const nameEntries: Array<[string, string]> = [];
  const general = new CharCounter();
  let totalFreq = 0;
  let at = 0;
  const n = dictText.length;
  while (at < n) {
    let eol = dictText.indexOf('\n', at);
    if (eol < 0) eol = n;
    const s1 = dictText.indexOf(' ', at);
    if (s1 > at && s1 < eol) {
      const s2 = dictText.indexOf(' ', s1 + 1);
      const word = dictText.slice(at, s1);
      const freq = Number(dictText.slice(s1 + 1, s2 > 0 && s2 < eol ? s2 : eol));
      const tag = s2 > 0 && s2 < eol ? dictText.slice(s2 + 1, eol).trim() : 'x';
      if (freq > 0) {
        totalFreq += freq;
        if (NAME_TAGS.has(tag) && word.length >= 2) nameEntries.push([word, tag]);
        else for (let i = 0; i < word.length; i++) general.add(word.charCodeAt(i), freq);
        {
          let t = tagMap.get(tag);
          if (t === undefined) {
            t = tags.length;
            tags.push(tag);
            tagMap.set(tag, t);
          }
          words.push(word);
          freqs.push(freq);
          tagIdx.push(t);
        }
      }
    }
    at = eol + 1;
  }
  const logTotal = Math.log(totalFreq);
  const costs = Float64Array.from(freqs, (f) => logTotal - Math.log(f));
  return {
    trie: buildDoubleArray(words, costs, tagIdx),
    tagNames: tags,
    wordCount: words.length,
    unknownCost: Math.log(totalFreq) + 2,
    names: buildNameStats(nameEntries, general, options.foreignTypicality ?? 0.6),
  };
}
