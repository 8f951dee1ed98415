// The analysis of one segment of a page (an article, or the text between articles): a pure function
// of the segment's text, with offsets relative to its start, so that it can be cached by text and
// placed anywhere on a page.
import { compact, rawSpan } from './compact';
import { findDates } from './dates';
import { findFigures } from './figures';
import { findPeople } from './people';
import type { AnalyzeOptions, Entity, PersonMention, PersonRole, Span, TitleMention } from './types';

/** An entity of a segment: offsets relative to the segment's start, no article yet. */
export type SegmentEntity = Entity extends infer E ? (E extends Entity ? Omit<E, 'article'> : never) : never;

export interface SegmentResult {
  /** Sorted by start, then end. */
  readonly entities: readonly SegmentEntity[];
  /** Each person the segment mentions, once, so page-level linking need not visit every mention. */
  readonly persons: readonly SegmentPerson[];
}

export interface SegmentPerson {
  id: string;
  name: string;
  /** The highest role any mention in the segment has. */
  role: PersonRole;
  /** Distinct titles, in order of first appearance. */
  titles: string[];
  /** Indexes of the mentions in the segment's `entities`. */
  mentions: number[];
}

const ROLE_RANK: Record<PersonRole, number> = { other: 0, reporter: 1, official: 2 };

/** The id every mention of one person on a page shares: stable however the page is edited. */
export function personId(name: string): string {
  return `p:${name}`;
}

export function analyzeSegment(raw: string, options: AnalyzeOptions = {}): SegmentResult {
  const { userDictionary, resources } = options;
  const ct = compact(raw);
  // Found objects are fresh: give them raw offsets and text in place rather than copying them.
  const mapped = <T extends Span>(f: T): T & { text: string } => {
    const span = rawSpan(ct, f.start, f.end);
    const out = f as T & { text: string };
    out.start = span.start;
    out.end = span.end;
    out.text = raw.slice(span.start, span.end);
    return out;
  };
  const entities: SegmentEntity[] = [];
  // Dates first: an organization never runs back across one (第三季度逐办 is no organization).
  const foundDates = findDates(ct);
  const people = findPeople(ct, resources, userDictionary, foundDates);
  const titles: Array<Omit<TitleMention, 'article'>> = people.titles.map(mapped);
  const personSpans: Span[] = [];
  for (const p of people.persons) {
    const id = personId(p.name);
    const refs = p.titles;
    for (const r of refs) titles[r].personId = id;
    const m = mapped(p);
    personSpans.push(m);
    const given = refs.map((r) => titles[r].value);
    for (const r of p.shared) if (!given.includes(titles[r].value)) given.push(titles[r].value);
    const person: Omit<PersonMention, 'article'> = { kind: 'person', start: m.start, end: m.end, text: m.text, id, name: p.name, role: p.role, titles: given };
    if (p.changes.length > 0) person.changes = p.changes;
    entities.push(person);
  }
  for (const t of titles) entities.push(t);
  for (const o of people.organizations) entities.push(mapped(o));
  // Dates give way to persons, figures to both: "1998年" is a date, not a figure.
  const byStart = (a: Span, b: Span) => a.start - b.start;
  personSpans.sort(byStart);
  const dates = withoutOverlaps(foundDates.map(mapped).sort(byStart), personSpans);
  // Relative words (当前, 近期) still keep figures off their characters when they are not shown.
  entities.push(...(options.relativeDates === false ? dates.filter((d) => d.numeric) : dates));
  entities.push(...withoutOverlaps(withoutOverlaps(findFigures(ct).map(mapped).sort(byStart), personSpans), dates));
  entities.sort((a, b) => a.start - b.start || a.end - b.end);
  const byId = new Map<string, SegmentPerson>();
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    if (e.kind !== 'person') continue;
    let p = byId.get(e.id);
    if (!p) byId.set(e.id, (p = { id: e.id, name: e.name, role: e.role, titles: [], mentions: [] }));
    if (ROLE_RANK[e.role] > ROLE_RANK[p.role]) p.role = e.role;
    p.mentions.push(i);
    for (const t of e.titles) if (!p.titles.includes(t)) p.titles.push(t);
  }
  return { entities, persons: [...byId.values()] };
}

/**
 * The items that overlap none of `blockers`. Both lists are sorted by start and the blockers do not
 * overlap each other, so one sweep does it: linear even for a page that is one long line.
 */
function withoutOverlaps<T extends Span>(items: T[], blockers: Span[]): T[] {
  const kept: T[] = [];
  let j = 0;
  for (const item of items) {
    while (j < blockers.length && blockers[j].end <= item.start) j++;
    // blockers[j] is the first that ends after item.start; a later one starts after it ends.
    if (j < blockers.length && blockers[j].start < item.end) continue;
    kept.push(item);
  }
  return kept;
}
