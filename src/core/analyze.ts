// The pipeline: lay the page out into articles, analyse each article's text on its own (so an
// unchanged article's result can be reused after an edit elsewhere), then link what spans the page:
// the page's year for dates, and one id per person with every title they are given.
import { findArticles } from './articles';
import { compact, rawSpan, type CompactText } from './compact';
import { findDates } from './dates';
import { findFigures } from './figures';
import type { FoundPeople } from './found';
import { findPeople } from './people';
import type {
  Analysis,
  AnalyzeOptions,
  Article,
  DateMention,
  Entity,
  FigureMention,
  OrganizationMention,
  Person,
  PersonMention,
  PersonRole,
  Span,
  TitleMention,
} from './types';

/** Entities of one segment, with offsets relative to the segment's start. */
type SegmentEntity =
  | Omit<DateMention, 'article'>
  | Omit<FigureMention, 'article'>
  | Omit<OrganizationMention, 'article'>
  | (Omit<TitleMention, 'article' | 'personId'> & { owner?: number })
  | (Omit<PersonMention, 'article' | 'id' | 'titleRefs'> & { titleRefs: number[] });

interface SegmentResult {
  entities: SegmentEntity[];
}

/** Analyses one segment of raw text; a pure function of that text (and the user's dictionary). */
export function analyzeSegment(raw: string, userDictionary?: AnalyzeOptions['userDictionary']): SegmentResult {
  const ct = compact(raw);
  const entities: SegmentEntity[] = [];
  const text = (s: Span) => raw.slice(s.start, s.end);
  const mapped = <T extends Span>(f: T) => {
    const span = rawSpan(ct, f.start, f.end);
    return { ...f, ...span, text: text(span) };
  };
  const people: FoundPeople = findPeople(ct, undefined, userDictionary);
  const personSpans: Span[] = [];
  const titleBase = entities.length;
  for (const t of people.titles) entities.push(mapped(t));
  for (const o of people.organizations) entities.push(mapped(o));
  for (const p of people.persons) {
    const { titles, ...rest } = p;
    const m = mapped(rest);
    personSpans.push(m);
    const titleRefs = titles.map((i) => titleBase + i);
    entities.push({ ...m, titleRefs });
  }
  // Dates give way to persons, figures to both: "1998年" is a date, not a figure.
  const byStart = (a: Span, b: Span) => a.start - b.start;
  personSpans.sort(byStart);
  const dates = withoutOverlaps(findDates(ct).map(mapped).sort(byStart), personSpans);
  entities.push(...dates);
  const figures = withoutOverlaps(withoutOverlaps(findFigures(ct).map(mapped).sort(byStart), personSpans), dates);
  entities.push(...figures);
  return { entities };
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
    // Any blocker overlapping `item` starts before item.end; with j at the first blocker ending after
    // item.start, blockers[j] is the one to test (later ones start after it ends).
    if (j < blockers.length && blockers[j].start < item.end) continue;
    kept.push(item);
  }
  return kept;
}

/** Segments of the page: each article, and the stretches between them (gathered headlines…). */
function segmentsOf(length: number, articles: Article[]): Array<Span & { article: number }> {
  const segments: Array<Span & { article: number }> = [];
  let at = 0;
  articles.forEach((a, i) => {
    if (a.start > at) segments.push({ start: at, end: a.start, article: -1 });
    segments.push({ start: a.start, end: a.end, article: i });
    at = Math.max(at, a.end);
  });
  if (at < length) segments.push({ start: at, end: length, article: -1 });
  return segments;
}

const ROLE_RANK: Record<PersonRole, number> = { other: 0, reporter: 1, official: 2 };

/**
 * An analyzer that remembers the result of each segment text it has seen, so that analysing a new
 * version of a document re-analyses only the articles whose text changed.
 */
export class Analyzer {
  private cache = new Map<string, SegmentResult>();
  private nextCache = new Map<string, SegmentResult>();

  constructor(private readonly options: AnalyzeOptions = {}) {}

  analyze(raw: string): Analysis {
    const layout = findArticles(raw);
    const entities: Entity[] = [];
    this.nextCache = new Map();
    for (const seg of segmentsOf(raw.length, layout.articles)) {
      const segText = raw.slice(seg.start, seg.end);
      let result = this.cache.get(segText) ?? this.nextCache.get(segText);
      if (!result) result = analyzeSegment(segText, this.options.userDictionary);
      this.nextCache.set(segText, result);
      const base = entities.length;
      for (const e of result.entities) {
        const shifted = { ...e, start: e.start + seg.start, end: e.end + seg.start, article: seg.article };
        if (shifted.kind === 'person') {
          entities.push({ ...shifted, id: '', titleRefs: shifted.titleRefs.map((r) => r + base) } as PersonMention);
        } else {
          entities.push(shifted as Entity);
        }
      }
    }
    // Keep only what this version uses: memory stays bounded by the document's size.
    this.cache = this.nextCache;
    return link(raw, layout.articles, layout.headlineBlocks, entities, this.options);
  }
}

/** Analyses a whole page at once. */
export function analyze(raw: string, options: AnalyzeOptions = {}): Analysis {
  return new Analyzer(options).analyze(raw);
}

/** Page-level linking: years for dates, sorted entities, persons with ids and titles. */
function link(raw: string, articles: Article[], headlineBlocks: Span[], unsorted: Entity[], options: AnalyzeOptions): Analysis {
  // Sort, remembering where each entity went so title references can follow.
  const order = unsorted.map((_, i) => i).sort((a, b) => unsorted[a].start - unsorted[b].start || unsorted[a].end - unsorted[b].end);
  const newIndex = new Int32Array(unsorted.length);
  order.forEach((old, i) => (newIndex[old] = i));
  const entities = order.map((i) => unsorted[i]);
  for (const e of entities) if (e.kind === 'person') e.titleRefs = e.titleRefs.map((r) => newIndex[r]);

  const pageYear = statedYear(entities);
  const year = pageYear ?? options.referenceYear;
  for (const e of entities) {
    if (e.kind !== 'date' || !e.value.startsWith('--')) continue;
    if (year === undefined) continue;
    e.value = `${year}${e.value.slice(1)}`;
    e.yearSource = pageYear !== undefined ? 'page' : 'option';
  }

  const persons: Person[] = [];
  const byName = new Map<string, Person>();
  entities.forEach((e, index) => {
    if (e.kind !== 'person') return;
    let p = byName.get(e.name);
    if (!p) {
      p = { id: `p${persons.length}`, name: e.name, role: e.role, titles: [], mentions: [], articles: [] };
      byName.set(e.name, p);
      persons.push(p);
    }
    e.id = p.id;
    if (ROLE_RANK[e.role] > ROLE_RANK[p.role]) p.role = e.role;
    p.mentions.push(index);
    if (e.article >= 0 && !p.articles.includes(e.article)) p.articles.push(e.article);
    for (const r of e.titleRefs) {
      const t = entities[r];
      if (t?.kind !== 'title') continue;
      t.personId = p.id;
      if (!p.titles.includes(t.value)) p.titles.push(t.value);
    }
  });
  return { length: raw.length, articles, entities, persons, headlineBlocks, pageYear };
}

/** The year the page states, from the first date that gives a full year. */
function statedYear(entities: Entity[]): number | undefined {
  for (const e of entities) {
    if (e.kind !== 'date') continue;
    const m = /^(\d{4})(?:-|$)/.exec(e.value);
    if (m) return Number(m[1]);
  }
  return undefined;
}

export type { CompactText };
