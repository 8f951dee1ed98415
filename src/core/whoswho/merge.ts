// The folder's who's who from the digests of its bulletins: persons (see matching.ts), each with
// their posts and the first and last dates each post was seen. Deterministic: the same documents in
// the same order give the same result, however they were read.
import type { PersonRole } from '../types';
import { compareDates, completeDate } from './dating';
import { splitByPerson, type Placed } from './matching';
import type { FolderDocument, WhoPerson, WhoPost, WhosWhoOptions } from './types';

export function whosWho(documents: FolderDocument[], options: WhosWhoOptions = {}): WhoPerson[] {
  const byName = new Map<string, Array<Placed & { date: string }>>();
  documents.forEach((doc, document) => {
    for (const appearance of doc.digest.appearances) {
      let list = byName.get(appearance.name);
      if (!list) byName.set(appearance.name, (list = []));
      list.push({ appearance, document, date: completeDate(appearance.date, doc.path, options.referenceYear) });
    }
  });
  const persons: WhoPerson[] = [];
  for (const [name, items] of byName) {
    const groups = splitByPerson(items);
    const keys = groups.map((_, i) => (groups.length === 1 ? name : `${name}#${i + 1}`));
    groups.forEach((members, gi) => {
      const mine = members.map((m) => items[m]);
      const posts = new Map<string, WhoPost>();
      const postOf = (title: string, organization: string, post: string) => {
        let p = posts.get(title);
        if (!p) posts.set(title, (p = { title, organization, post, firstSeen: '', lastSeen: '', mentions: 0, documents: 0, appointed: '', removed: '', seen: [] }));
        return p;
      };
      for (const item of mine) {
        const a = item.appearance;
        const titles = a.titles.length ? a.titles : [{ value: '', organization: '', post: '' }];
        for (const t of titles) {
          const p = postOf(t.value, t.organization, t.post);
          p.mentions += a.mentions.length;
          if (t.change && item.date) {
            if (t.change === 'removed') p.removed = latest(p.removed, item.date);
            else p.appointed = earliest(p.appointed, item.date);
          }
          const last = p.seen[p.seen.length - 1];
          if (last && last.document === item.document && last.date === item.date) last.mentions.push(...a.mentions);
          else p.seen.push({ document: item.document, date: item.date, mentions: [...a.mentions] });
        }
      }
      const postList = [...posts.values()];
      for (const p of postList) {
        [p.firstSeen, p.lastSeen] = dateRange(p.seen.map((s) => s.date));
        p.documents = new Set(p.seen.map((s) => s.document)).size;
      }
      postList.sort((x, y) => compareDates(x.firstSeen, y.firstSeen) || (x.title < y.title ? -1 : x.title > y.title ? 1 : 0));
      const [firstSeen, lastSeen] = dateRange(mine.map((i) => i.date));
      persons.push({
        key: keys[gi],
        name,
        role: roleOf(mine.map((i) => i.appearance.role)),
        mentions: mine.reduce((n, i) => n + i.appearance.mentions.length, 0),
        documents: new Set(mine.map((i) => i.document)).size,
        firstSeen,
        lastSeen,
        possiblySame: keys.filter((k) => k !== keys[gi]),
        posts: postList,
      });
    });
  }
  return persons.sort((a, b) => b.mentions - a.mentions || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

const earliest = (a: string, b: string) => (a === '' || compareDates(b, a) < 0 ? b : a);
const latest = (a: string, b: string) => (a === '' || compareDates(b, a) > 0 ? b : a);

function roleOf(roles: PersonRole[]): PersonRole {
  return roles.includes('official') ? 'official' : roles.includes('reporter') ? 'reporter' : 'other';
}

/** First and last of the dates: among those with a year if any, else among the open ones. */
export function dateRange(dates: string[]): [string, string] {
  const sorted = dates.filter((d) => d !== '').sort(compareDates);
  if (sorted.length === 0) return ['', ''];
  const dated = sorted.filter((d) => !d.startsWith('--'));
  const pool = dated.length ? dated : sorted;
  return [pool[0], pool[pool.length - 1]];
}

