// The name character statistics as plain arrays (what the compiled model file holds), and the
// NameStats the recognizers read over them. Surnames are looked up in a sorted table of keys (one
// code unit, or two for a compound surname) by binary search: no map is built at load.
import type { NameStats } from './lexicon';

export interface NameStatsData {
  givenFirst: Float32Array;
  givenSecond: Float32Array;
  givenSingle: Float32Array;
  foreign: Float32Array;
  /** Surname keys (surnameKey), ascending. */
  surnameKeys: Uint32Array;
  /** Cost of each surname of surnameKeys, at the same index. */
  surnameCosts: Float64Array;
}

/** A one- or two-code-unit string as one number (two-unit keys are all above 65535); -1 for other lengths. */
export function surnameKey(s: string): number {
  if (s.length === 1) return s.charCodeAt(0);
  if (s.length === 2 && s.charCodeAt(0) > 0) return s.charCodeAt(0) * 65536 + s.charCodeAt(1);
  return -1;
}

/** The sorted key and cost tables of a set of surnames. */
export function surnameTable(costs: ReadonlyMap<string, number>): { surnameKeys: Uint32Array; surnameCosts: Float64Array } {
  const entries = [...costs].map(([s, cost]) => [surnameKey(s), cost] as const).filter(([key]) => key >= 0);
  entries.sort((a, b) => a[0] - b[0]);
  return { surnameKeys: Uint32Array.from(entries, (e) => e[0]), surnameCosts: Float64Array.from(entries, (e) => e[1]) };
}

export function nameStatsOf(data: NameStatsData): NameStats {
  const keys = data.surnameKeys;
  const costs = data.surnameCosts;
  return {
    givenFirst: data.givenFirst,
    givenSecond: data.givenSecond,
    givenSingle: data.givenSingle,
    foreign: data.foreign,
    surnameCost(surname: string): number | undefined {
      const key = surnameKey(surname);
      if (key < 0) return undefined;
      let lo = 0;
      let hi = keys.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (keys[mid] < key) lo = mid + 1;
        else hi = mid;
      }
      return lo < keys.length && keys[lo] === key ? costs[lo] : undefined;
    },
  };
}
