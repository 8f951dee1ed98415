// A post before a run of names joined by 、 is each name's: 副市长陈光明、马丽 makes both vice mayors,
// as 区领导孙海洋、陈晓峰 makes both leaders. A chain of posts is one person's: it is shared by none.
// The title stays one span, owned by the first name (the name it stands next to); the later names of
// the run are officials that share it.
import type { FoundPerson, FoundTitle } from '../found';
import { joinedInRun } from './nameRuns';

/**
 * For each person, the titles it shares with the first name of its 、 run: the titles that stand
 * before that first name. Empty for the first name, for a name not in a run, and for a name with
 * titles of its own (陈光明、马丽副市长 gives 马丽 hers).
 */
export function runTitles(text: string, persons: readonly FoundPerson[], titles: readonly FoundTitle[]): number[][] {
  const shared: number[][] = persons.map(() => []);
  for (let k = 1; k < persons.length; k++) {
    const p = persons[k];
    const prev = persons[k - 1];
    if (p.titles.length > 0 || !joinedInRun(text, prev, p)) continue;
    // The first name of the run passes on the post that stands before it; a later one passes on what
    // it got. A chain of posts (区委书记、区长王建国) describes one person: it is passed on to nobody.
    const before = prev.titles.filter((t) => titles[t].end <= prev.start);
    shared[k] = shared[k - 1].length > 0 ? shared[k - 1] : before.length === 1 ? before : [];
  }
  // 副区长陈光明、马丽夫妇: the last two are a couple, and the post is not the spouse's.
  for (let k = 1; k < persons.length; k++) if (shared[k].length > 0 && text.startsWith('夫妇', persons[k].end)) shared[k] = [];
  return shared;
}
