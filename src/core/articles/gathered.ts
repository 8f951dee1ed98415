// Headlines gathered elsewhere on the page (a block at the page end): each headline part goes to the
// article whose text shares most of its character pairs; among the parts an article receives, the
// first is the main title unless a later one tells the lead much better; those before the main title
// are pre-titles, those after it subtitles.
// Work is bounded: each article contributes at most a fixed prefix of its text.

import type { TitleUnit } from './titles';
import { bigramSet, pairShare } from './titles';

/** Characters of an article read for matching. */
export const MATCH_PREFIX = 4000;
/** Characters of the lead compared to choose the main title. */
const LEAD_PREFIX = 160;

export interface MatchTarget {
  /** Bigrams of the article's text (bounded prefix). */
  bigrams: Set<number>;
  /** Bigrams of the article's opening (lead paragraph). */
  leadBigrams: Set<number>;
}

export interface Assigned {
  pretitle?: TitleUnit;
  headline: TitleUnit;
  subtitle?: TitleUnit;
}

export function matchTarget(text: string): MatchTarget {
  const bounded = text.slice(0, MATCH_PREFIX);
  return { bigrams: bigramSet(bounded), leadBigrams: bigramSet(bounded.slice(0, LEAD_PREFIX)) };
}

function share(unit: TitleUnit, set: Set<number>): number {
  return pairShare(bigramSet(unit.text), set);
}

/** How much better a later part must tell the lead to make the first part a pre-title. */
const PRETITLE_MARGIN = 0.3;

/** Lowest share of pairs for a headline part to be given to an article at all. */
const MIN_SHARE = 0.3;

/** Gives each article (by index into `targets`) its headline parts; undefined where none fits. */
export function assignGathered(units: TitleUnit[], targets: MatchTarget[]): Array<Assigned | undefined> {
  const owner: number[] = units.map((u) => {
    let best = -1;
    let bestShare = MIN_SHARE;
    targets.forEach((t, i) => {
      const s = share(u, t.bigrams);
      if (s > bestShare) (bestShare = s), (best = i);
    });
    return best;
  });
  alignLeftovers(units, owner, targets.length);
  return targets.map((t, i) => {
    const mine: number[] = [];
    owner.forEach((o, k) => o === i && mine.push(k));
    if (!mine.length) return undefined;
    // The first part is the main title unless a later part tells the lead much better (the first
    // is then a pre-title, set above the title in smaller type).
    let main = mine[0];
    const firstScore = share(units[main], t.leadBigrams);
    let bestScore = firstScore;
    for (const k of mine) {
      const s = share(units[k], t.leadBigrams);
      if (s > bestScore && s >= firstScore + PRETITLE_MARGIN) (bestScore = s), (main = k);
    }
    const before = mine.filter((k) => k < main);
    const after = mine.filter((k) => k > main);
    return {
      pretitle: before.length ? units[before[before.length - 1]] : undefined,
      headline: units[main],
      subtitle: after.length ? units[after[0]] : undefined,
    };
  });
}

/**
 * Headlines that share no wording with any article (a roundup's "国内联播快讯" over a bare dateline)
 * go to the articles left without one: a last one to a last one; else, as a block mostly lists its
 * headlines in the order of the articles, in order, where the headlines matched on both sides leave
 * exactly as many of each.
 */
function alignLeftovers(units: TitleUnit[], owner: number[], targetCount: number): void {
  const owned = new Set(owner.filter((o) => o >= 0));
  // One headline left and one article without: they go together whatever the order of the block.
  const leftUnits = owner.flatMap((o, k) => (o < 0 ? [k] : []));
  const leftTargets = [...Array(targetCount).keys()].filter((t) => !owned.has(t));
  if (leftUnits.length === 1 && leftTargets.length === 1) {
    owner[leftUnits[0]] = leftTargets[0];
    return;
  }
  let k = 0;
  while (k < units.length) {
    if (owner[k] >= 0) {
      k++;
      continue;
    }
    let e = k;
    while (e < units.length && owner[e] < 0) e++;
    const from = k > 0 ? owner[k - 1] + 1 : 0;
    const to = e < units.length ? owner[e] : targetCount;
    const free: number[] = [];
    for (let t = from; t < to; t++) if (!owned.has(t)) free.push(t);
    if (free.length === e - k) free.forEach((t, m) => ((owner[k + m] = t), owned.add(t)));
    k = e;
  }
}
