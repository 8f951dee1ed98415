// The pipeline: lay the page out into articles, analyse each article's text on its own, then link
// what spans the page: the page's year for dates, and every person with all their titles.
//
// After an edit, an Analyzer re-reads only what changed: the layout around the edit (relayout.ts),
// and the segments whose text changed. Segments before the edit keep their entity objects as they
// were; segments after it are moved by the edit's length; the rest come from a cache by text.
import { relayOutFile, type LaidOutFile, type LaidPage } from './articles/fileLayout';
import { analyzeSegment, type SegmentEntity, type SegmentResult } from './segmentAnalysis';
import { resolveTitles } from './people/resolveTitles';
import { changeBetween, type TextChange } from './textChange';
import type { Analysis, AnalyzeOptions, Article, Entity, Page, Person, PersonRole, Span } from './types';

/** A segment as placed on the page: its range, its article, and its entities in page offsets. */
interface PlacedSegment extends Span {
  article: number;
  result: SegmentResult;
  entities: Entity[];
}

/**
 * The pages with their dates: a masthead's date, as the date scanner read it in the segment that
 * holds the masthead (the masthead is never an article).
 */
function pagesOf(laid: LaidPage[], plan: Array<{ seg: Span; result: SegmentResult }>): Page[] {
  return laid.map((p) => {
    const page: Page = { start: p.start, end: p.end, articles: p.articles };
    const m = p.masthead;
    if (!m) return page;
    page.masthead = { ...m };
    for (const { seg, result } of plan) {
      if (seg.end <= m.start || seg.start >= m.end) continue;
      const date = result.entities.find((e) => e.kind === 'date' && seg.start + e.start >= m.start && seg.start + e.end <= m.end && /^\d{4}-\d{2}-\d{2}$/.test(e.value));
      if (date && date.kind === 'date') {
        page.date = date.value;
        break;
      }
    }
    return page;
  });
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

/**
 * A segment entity at page offset `base`, with the page's year given to dates that state none.
 * Written out kind by kind: after an edit every entity below it is placed anew, and literal objects
 * of one shape are several times cheaper to make than spread copies.
 */
function place(e: SegmentEntity, base: number, article: number, year: YearFill | undefined): Entity {
  const start = e.start + base;
  const end = e.end + base;
  switch (e.kind) {
    case 'person': {
      const p: Entity = { kind: 'person', start, end, text: e.text, article, id: e.id, name: e.name, role: e.role, titles: e.titles };
      if (e.changes) p.changes = e.changes;
      return p;
    }
    case 'title': {
      const t: Entity = { kind: 'title', start, end, text: e.text, article, value: e.value, organization: e.organization, post: e.post };
      if (e.personId !== undefined) t.personId = e.personId;
      return t;
    }
    case 'organization':
      return { kind: 'organization', start, end, text: e.text, article, name: e.name };
    case 'figure': {
      const f: Entity = { kind: 'figure', start, end, text: e.text, article, value: e.value, unit: e.unit, category: e.category, approximate: e.approximate, numeric: e.numeric };
      if (e.currency !== undefined) f.currency = e.currency;
      if (e.counts !== undefined) f.counts = e.counts;
      return f;
    }
    case 'date': {
      const d: Entity = { kind: 'date', start, end, text: e.text, article, value: e.value, precision: e.precision, numeric: e.numeric };
      if (e.qualifier !== undefined) d.qualifier = e.qualifier;
      if (e.yearSource !== undefined) d.yearSource = e.yearSource;
      if (year && d.value.startsWith('--')) {
        d.value = `${year.year}${d.value.slice(1)}`;
        d.yearSource = year.source;
      }
      return d;
    }
  }
}

interface YearFill {
  year: number;
  source: 'page' | 'file' | 'option';
}

const ROLE_RANK: Record<PersonRole, number> = { other: 0, reporter: 1, official: 2 };

/**
 * Analyses successive versions of one document. A result shares its entity objects with the next
 * result of the same Analyzer (entities below an edit are moved in place rather than copied, which
 * keeps re-analysis after a keystroke a small fraction of a full analysis): a result is current until
 * the next call to `analyze`. Keep a copy (structuredClone) of any result you hold on to longer.
 */
export class Analyzer {
  /** The last version laid out, so the next one re-reads only the articles around a change. */
  private page: LaidOutFile | undefined;
  private placed: PlacedSegment[] = [];
  /** The year given to each page's dates, as last placed ("2019/page,…"). */
  private yearsKey = '';
  /** Segment results by text, for the segments the last version had. */
  private cache = new Map<string, SegmentResult>();

  constructor(private readonly options: AnalyzeOptions = {}) {}

  analyze(raw: string): Analysis {
    const previousText = this.page?.text;
    const change = previousText !== undefined ? changeBetween(previousText, raw) : undefined;
    this.page = relayOutFile(this.page, raw, change);
    const layout = this.page.layout;
    const segments = segmentsOf(raw.length, layout.articles);

    // Results first (the page's year is read from them), then placed on the page.
    const cache = new Map<string, SegmentResult>();
    const old = change && new UnchangedSegments(this.placed, change, raw.length);
    const plan = segments.map((seg) => {
      const reused = old?.find(seg);
      const text = reused ? undefined : raw.slice(seg.start, seg.end);
      // Only the previous version's results are looked up by text: a page that repeats an article
      // has it analysed twice, so the cost of a fresh analysis is what it seems.
      let result = reused?.result ?? this.cache.get(text!);
      if (!result) result = analyzeSegment(text!, this.options);
      if (text !== undefined) cache.set(text, result);
      return { seg, result, reused };
    });
    this.cache = cache;

    const fileYear = this.yearFill(plan.map((p) => p.result));
    const pages = pagesOf(layout.pages, plan);
    // A page whose masthead dates it gives its year to its own dates; the others take the file's.
    const yearOfPage = pages.map((p): YearFill | undefined => (p.date ? { year: Number(p.date.slice(0, 4)), source: 'page' } : fileYear));
    const yearsKey = yearOfPage.map((y) => (y ? `${y.year}/${y.source}` : '')).join(',');
    const sameYear = yearsKey === this.yearsKey;
    this.yearsKey = yearsKey;
    const placed: PlacedSegment[] = [];
    let total = 0;
    let pageIndex = 0;
    for (const { seg, result, reused } of plan) {
      while (pageIndex + 1 < pages.length && seg.start >= pages[pageIndex + 1].start) pageIndex++;
      const year = yearOfPage[pageIndex];
      let list: Entity[];
      if (reused && sameYear) {
        list = reused.entities;
        // A segment after the edit moved: its entities move with it, in place (see the class comment).
        const by = seg.start - reused.start;
        if (by !== 0 || reused.article !== seg.article) {
          for (const e of list) {
            e.start += by;
            e.end += by;
            e.article = seg.article;
          }
        }
      } else list = result.entities.map((e) => place(e, seg.start, seg.article, year));
      placed.push({ start: seg.start, end: seg.end, article: seg.article, result, entities: list });
      total += list.length;
    }
    const entities = new Array<Entity>(total);
    let at = 0;
    for (const p of placed) for (const e of p.entities) entities[at++] = e;
    this.placed = placed;
    const firstYear = yearOfPage[0];
    const analysis: Analysis = {
      length: raw.length,
      articles: layout.articles,
      entities,
      persons: personsOf(placed),
      headlineBlocks: layout.headlineBlocks,
      pages,
      pageYear: firstYear?.source === 'page' ? firstYear.year : undefined,
    };
    resolveTitles(raw, analysis);
    return analysis;
  }

  /** The year the page states (the first date that gives a full year), else the file name's, else the option's. */
  private yearFill(results: SegmentResult[]): YearFill | undefined {
    for (const r of results) {
      for (const e of r.entities) {
        if (e.kind !== 'date') continue;
        const m = /^(\d{4})(?:-|$)/.exec(e.value);
        if (m) return { year: Number(m[1]), source: 'page' };
      }
    }
    if (this.options.fileYear !== undefined) return { year: this.options.fileYear, source: 'file' };
    return this.options.referenceYear !== undefined ? { year: this.options.referenceYear, source: 'option' } : undefined;
  }
}

/**
 * The previous version's segments, looked up by the new ones: a new segment that lies wholly in the
 * text before the change repeats an old one at the same offsets, one wholly after it an old one moved
 * by the change's delta. New segments are asked in page order, so one walk through the old ones serves.
 */
class UnchangedSegments {
  private k = 0;
  constructor(
    private readonly old: PlacedSegment[],
    private readonly change: TextChange,
    private readonly length: number,
  ) {}

  find(seg: Span): PlacedSegment | undefined {
    let oldStart: number;
    if (seg.end <= this.change.prefix) oldStart = seg.start;
    else if (seg.start >= this.length - this.change.suffix) oldStart = seg.start - this.change.delta;
    else return undefined;
    while (this.k < this.old.length && this.old[this.k].start < oldStart) this.k++;
    const o = this.old[this.k];
    return o && o.start === oldStart && o.end - o.start === seg.end - seg.start ? o : undefined;
  }
}

/** Every person of the page with their mentions, titles and articles, from each segment's summary. */
function personsOf(placed: PlacedSegment[]): Person[] {
  const persons: Person[] = [];
  const byId = new Map<string, Person>();
  let base = 0;
  for (const segment of placed) {
    for (const sp of segment.result.persons) {
      let p = byId.get(sp.id);
      if (!p) {
        p = { id: sp.id, name: sp.name, role: sp.role, titles: [], mentions: [], articles: [] };
        byId.set(sp.id, p);
        persons.push(p);
      }
      if (ROLE_RANK[sp.role] > ROLE_RANK[p.role]) p.role = sp.role;
      for (const m of sp.mentions) p.mentions.push(base + m);
      // Segments come in page order, so an article is new when it differs from the last one listed.
      const a = segment.article;
      if (a >= 0 && p.articles[p.articles.length - 1] !== a && !p.articles.includes(a)) p.articles.push(a);
      for (const t of sp.titles) if (!p.titles.includes(t)) p.titles.push(t);
    }
    base += segment.entities.length;
  }
  return persons;
}

/** Analyses a whole page at once. */
export function analyze(raw: string, options: AnalyzeOptions = {}): Analysis {
  return new Analyzer(options).analyze(raw);
}
