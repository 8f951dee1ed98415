// Persons, their titles and organizations, found on the compact text of one segment.
import type { CompactText } from '../compact';
import type { FoundOrganization, FoundPeople, FoundPerson, FoundTitle } from '../found';
import { loadLexicon, type Lexicon } from '../lexicon';
import { findOrganizations } from './organizations';
import { personSpans, type PersonSpan } from './persons';
import { ORG_SUFFIXES } from './postWords';
import { roleOf } from './roles';
import { segment } from './segment';
import { tagIndex } from './tagIndex';
import { titleAfter, titlesBefore, type TitleSpan } from './titles';

export { loadLexicon, setLexicon } from '../lexicon';

// 李宁集团 is a person's company; 高新区党工委 is no person's.
const orgSuffixes = ORG_SUFFIXES.filter((s) => s.length >= 2 && s !== '集团' && s !== '公司');

/** A "name" that an organization suffix follows is the organization's own name (高新区党工委). */
function isInsideOrganization(text: string, p: PersonSpan): boolean {
  for (const s of orgSuffixes) if (text.startsWith(s, p.end)) return true;
  return false;
}

/** What the user adds (AnalyzeOptions.userDictionary): names and organizations always read as such. */
export interface UserDictionary {
  names?: string[];
  titles?: string[];
  organizations?: string[];
}

/** Every occurrence of the given strings, longest first, none overlapping another. */
function occurrences(text: string, words: string[] | undefined): PersonSpan[] {
  const found: PersonSpan[] = [];
  if (!words?.length) return found;
  const taken = new Uint8Array(text.length + 1);
  for (const w of [...words].filter((x) => x.length > 0).sort((a, b) => b.length - a.length)) {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
      const end = at + w.length;
      if (taken.subarray(at, end).some((x) => x)) continue;
      taken.fill(1, at, end);
      found.push({ start: at, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Puts the user's spans in, dropping found spans they overlap. */
function withUserSpans(found: PersonSpan[], user: PersonSpan[]): PersonSpan[] {
  if (!user.length) return found;
  const kept = found.filter((s) => !user.some((u) => s.start < u.end && u.start < s.end));
  return [...kept, ...user].sort((a, b) => a.start - b.start);
}

export function findPeople(ct: CompactText, lexicon: Lexicon = loadLexicon(), user: UserDictionary = {}): FoundPeople {
  const text = ct.text;
  const tokens = segment(text, lexicon);
  const userOrgs = occurrences(text, user.organizations);
  const userPosts = new Set(user.titles ?? []);
  const spans = withUserSpans(
    personSpans(text, tokens, lexicon).filter((p) => !isInsideOrganization(text, p) && !userOrgs.some((o) => p.start < o.end && o.start < p.end)),
    occurrences(text, user.names),
  );
  const bounds = new Uint8Array(text.length + 1);
  const verbEnds = new Uint8Array(text.length + 1);
  const verbTag = tagIndex(lexicon, 'v');
  for (let t = 0; t < tokens.count; t++) {
    bounds[tokens.start[t]] = 1;
    bounds[tokens.end[t]] = 1;
    if (tokens.tag[t] === verbTag) verbEnds[tokens.end[t]] = 1;
  }

  const persons: FoundPerson[] = [];
  const titles: FoundTitle[] = [];
  const toTitle = (t: TitleSpan): FoundTitle => ({
    kind: 'title',
    start: t.start,
    end: t.end,
    value: text.slice(t.start, t.end),
    organization: text.slice(t.start, t.postStart),
    post: text.slice(t.postStart, t.end),
  });
  let floor = 0;
  for (let k = 0; k < spans.length; k++) {
    const p = spans[k];
    if (p.start < floor) continue;
    const chain = titlesBefore(text, floor, p.start, bounds, userPosts);
    const after = titleAfter(text, p.end, userPosts);
    const next = spans[k + 1];
    const refs: number[] = [];
    for (const t of chain) refs.push(titles.push(toTitle(t)) - 1);
    if (after && (!next || after.end <= next.start)) refs.push(titles.push(toTitle(after)) - 1);
    const name = text.slice(p.start, p.end);
    persons.push({ kind: 'person', start: p.start, end: p.end, name, role: roleOf(text, p, refs.length > 0, persons), titles: refs });
    floor = after && refs.length && titles[refs[refs.length - 1]].end > p.end ? titles[refs[refs.length - 1]].end : p.end;
  }
  // One person is official everywhere in the segment once any mention is.
  const officials = new Set(persons.filter((p) => p.role === 'official').map((p) => p.name));
  for (const p of persons) if (p.role === 'other' && officials.has(p.name)) p.role = 'official';

  const taken = new Uint8Array(text.length + 1);
  for (const p of persons) taken.fill(1, p.start, p.end);
  const orgSpans = withUserSpans(findOrganizations(text, tokens, taken, bounds, verbEnds), userOrgs);
  const organizations: FoundOrganization[] = orgSpans.map((o) => ({
    kind: 'organization',
    start: o.start,
    end: o.end,
    name: text.slice(o.start, o.end),
  }));
  return { persons, titles, organizations };
}
