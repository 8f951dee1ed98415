// The analysis of one segment of a page (an article, or the text between articles): a pure function
// of the segment's text, with offsets relative to its start, so that it can be cached by text and
// placed anywhere on a page.
import { compact, rawSpan } from './compact';
import { findDates } from './dates';
import { findFigures } from './figures';
import { findPeople } from './people';
import type { AnalyzeOptions, Entity, Span } from './types';

/** An entity of a segment: offsets relative to the segment's start, no article yet. */
export type SegmentEntity = Entity extends infer E ? (E extends Entity ? Omit<E, 'article'> : never) : never;

export interface SegmentResult {
  /** Sorted by start, then end. */
  readonly entities: readonly SegmentEntity[];
  /** Indexes of the person mentions in `entities`, so page-level linking need not scan the rest. */
  readonly persons: readonly number[];
}

/** The id every mention of one person on a page shares: stable however the page is edited. */
export function personId(name: string): string {
  return `p:${name}`;
}

export function analyzeSegment(raw: string, userDictionary?: AnalyzeOptions['userDictionary']): SegmentResult {
  const ct = compact(raw);
  const mapped = <T extends Span>(f: T) => {
    const span = rawSpan(ct, f.start, f.end);
    return { ...f, ...span, text: raw.slice(span.start, span.end) };
  };
  const entities: SegmentEntity[] = [];
  const people = findPeople(ct, undefined, userDictionary);
  const titles = people.titles.map((t) => ({ ...mapped(t), personId: undefined as string | undefined }));
  const personSpans: Span[] = [];
  for (const p of people.persons) {
    const { titles: refs, ...rest } = p;
    const m = mapped(rest);
    const id = personId(p.name);
    for (const r of refs) titles[r].personId = id;
    personSpans.push(m);
    entities.push({ ...m, id, titles: refs.map((r) => titles[r].value) });
  }
  for (const t of titles) {
    if (t.personId === undefined) delete t.personId;
    entities.push(t);
  }
  for (const o of people.organizations) entities.push(mapped(o));
  // Dates give way to persons, figures to both: "1998年" is a date, not a figure.
  const byStart = (a: Span, b: Span) => a.start - b.start;
  personSpans.sort(byStart);
  const dates = withoutOverlaps(findDates(ct).map(mapped).sort(byStart), personSpans);
  entities.push(...dates);
  entities.push(...withoutOverlaps(withoutOverlaps(findFigures(ct).map(mapped).sort(byStart), personSpans), dates));
  entities.sort((a, b) => a.start - b.start || a.end - b.end);
  const persons: number[] = [];
  entities.forEach((e, i) => e.kind === 'person' && persons.push(i));
  return { entities, persons };
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
