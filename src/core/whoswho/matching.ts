// One person across files. The rule, kept simple on purpose:
//   - only mentions of the same name can be one person;
//   - each title's organization is read for its seat, the place it leads with (高新区党工委 → 高新区,
//     北京市海淀区委 → 北京市海淀区; 国务院, 市委 have none);
//   - two seats agree when one begins or ends with the other (海淀区 and 北京市海淀区 agree; 高新区 and
//     经开区 do not);
//   - appearances with a seat, in the folder's order, join the first person of that name with an
//     agreeing seat, else they are a new person; appearances without a seat (no title, or a title
//     that names no place) join the person of that name in the same bulletin, else the one seen most;
//   - persons of one name kept apart are marked as possibly the same.
import type { Appearance } from './types';

const PLACE_UNIT = /^[\u4e00-\u9fff]{1,8}?[省市区县州盟旗镇乡村]/;

/** The place an organization leads with, or "" (a single-character seat such as 市 is no place). */
export function seatOf(organization: string): string {
  let rest = organization;
  let seat = '';
  for (let m = PLACE_UNIT.exec(rest); m; m = PLACE_UNIT.exec(rest)) {
    seat += m[0];
    rest = rest.slice(m[0].length);
  }
  return seat.length >= 2 ? seat : '';
}

export function seatsAgree(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a) || a.endsWith(b) || b.endsWith(a);
}

export function seatsOf(appearance: Appearance): string[] {
  const seats = new Set<string>();
  for (const t of appearance.titles) {
    const seat = seatOf(t.organization || t.value);
    if (seat) seats.add(seat);
  }
  return [...seats];
}

export interface Placed {
  appearance: Appearance;
  document: number;
}

/**
 * Splits the appearances of one name (in the folder's order) into persons: lists of indexes into
 * `items`, in order of each person's first appearance.
 */
export function splitByPerson(items: Placed[]): number[][] {
  const groups: Array<{ members: number[]; seats: string[] }> = [];
  const seatless: number[] = [];
  items.forEach((item, i) => {
    const seats = seatsOf(item.appearance);
    if (seats.length === 0) {
      seatless.push(i);
      return;
    }
    const group = groups.find((g) => seats.some((s) => g.seats.some((t) => seatsAgree(s, t))));
    if (group) {
      group.members.push(i);
      for (const s of seats) if (!group.seats.includes(s)) group.seats.push(s);
    } else groups.push({ members: [i], seats });
  });
  const seatedCount = (g: { members: number[] }) => g.members.reduce((n, i) => n + items[i].appearance.mentions.length, 0);
  const sizes = groups.map(seatedCount);
  for (const i of seatless) {
    if (groups.length === 0) {
      groups.push({ members: [i], seats: [] });
      sizes.push(0);
      continue;
    }
    // The person of that name in the same bulletin (the one mentioned most there), else the one seen most.
    let best = -1;
    let bestHere = 0;
    groups.forEach((g, gi) => {
      const here = g.members.filter((m) => items[m].document === items[i].document).length;
      if (here > bestHere) {
        best = gi;
        bestHere = here;
      }
    });
    if (best < 0) best = sizes.indexOf(Math.max(...sizes));
    groups[best].members.push(i);
  }
  return groups.map((g) => g.members.sort((a, b) => a - b));
}
