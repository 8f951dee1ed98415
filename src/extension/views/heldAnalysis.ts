// The worker's side of the views: one analysis of one document version with its text and line
// index, answering each query from it. Pure (no vscode, no Node APIs), so it is unit-tested directly.
import type { Analysis, Entity, Person, PostChange } from '../../core';
import { groupEntities, type EntityGroup } from '../entities/entityGroups';
import { formatAnnotations, locatorOf } from '../../core/exchange/tables';
import type { ExportFormat } from '../export/researchFormats';
import { isResearchFormat, researchExport } from '../export/researchFormats';
import { ANNOTATION_KINDS, entityKinds, type AnnotationKind } from '../kinds';
import { unwrap } from '../../core/plainText';
import { excerpt } from './excerpt';
import { LineIndex } from '../../core/lineIndex';
import { columnsOf } from '../../core/articles/sections';
import type { AnalysisSummary, DecorationSlice, GroupView, HoverFacts, LineWindow, MentionView, Outline, OutlineNode, Quad } from './viewTypes';

/** Above this many entity children the outline lists articles only (the symbols cross to the UI in one message). */
export const OUTLINE_CHILD_LIMIT = 10_000;
/** Most articles (and co-occurring persons) a hover card lists. */
export const HOVER_LIST_LIMIT = 12;
/** Most entity ranges one decorations answer holds (a page that is one huge line stays bounded). */
export const DECORATION_LIMIT = 20_000;

export class HeldAnalysis {
  readonly lines: LineIndex;
  readonly kinds: AnnotationKind[];
  private readonly persons: Map<string, Person>;
  private readonly longestEntity: number;
  private grouped: Map<AnnotationKind, EntityGroup[]> | undefined;

  constructor(
    readonly version: number,
    readonly text: string,
    readonly analysis: Analysis,
  ) {
    this.lines = new LineIndex(text);
    this.kinds = entityKinds(analysis);
    this.persons = new Map(analysis.persons.map((p) => [p.id, p]));
    let longest = 0;
    for (const e of analysis.entities) longest = Math.max(longest, e.end - e.start);
    this.longestEntity = longest;
  }

  summary(): AnalysisSummary {
    const counts = Object.fromEntries(ANNOTATION_KINDS.map((k) => [k, 0])) as Record<AnnotationKind, number>;
    for (const k of this.kinds) counts[k]++;
    const a = this.analysis;
    let official = 0;
    for (const p of a.persons) if (p.role === 'official') official++;
    const persons = { official, other: a.persons.length - official };
    return { length: a.length, lineCount: this.lines.lineCount, articles: a.articles.length, entities: a.entities.length, counts, persons };
  }

  quad(start: number, end: number): Quad {
    return this.lines.quad(start, end);
  }

  /** Entities and article starts in the line windows ('all': the whole document), as flat positions. */
  decorations(windows: LineWindow[] | 'all', shown: AnnotationKind[]): DecorationSlice {
    const merged = windows === 'all' ? [[0, this.lines.lineCount] as LineWindow] : mergeWindows(windows);
    const wanted = new Set(shown);
    const flat = Object.fromEntries(ANNOTATION_KINDS.map((k) => [k, [] as number[]])) as Record<AnnotationKind, number[]>;
    const starts: number[] = [];
    const entities = this.analysis.entities;
    const q: number[] = [0, 0];
    let count = 0;
    for (const [fromLine, toLine] of merged) {
      const from = this.lines.lineStart(fromLine);
      const to = toLine >= this.lines.lineCount ? this.text.length + 1 : this.lines.lineStart(toLine);
      // Entities are sorted by start; one that overlaps the window starts at most longestEntity before it.
      for (let i = firstStartingAtOrAfter(entities, from - this.longestEntity); i < entities.length && entities[i].start < to && count < DECORATION_LIMIT; i++) {
        const e = entities[i];
        if (e.end <= from) continue;
        const kind = this.kinds[i];
        if (!wanted.has(kind)) continue;
        const out = flat[kind];
        count++;
        this.lines.position(e.start, q, 0);
        out.push(q[0], q[1]);
        this.lines.position(e.end, q, 0);
        out.push(q[0], q[1]);
      }
      for (const article of this.analysis.articles) {
        if (article.start < from || article.start >= to) continue;
        this.lines.position(article.start, q, 0);
        starts.push(q[0], q[1]);
      }
    }
    const kinds = Object.fromEntries(ANNOTATION_KINDS.map((k) => [k, Int32Array.from(flat[k])])) as Record<AnnotationKind, Int32Array>;
    return { kinds, articleStarts: Int32Array.from(starts), windows: merged };
  }

  outline(): Outline {
    const a = this.analysis;
    const byArticle = a.articles.map((): number[] => []);
    for (let i = 0; i < a.entities.length; i++) {
      const e = a.entities[i];
      if (e.article >= 0 && e.article < byArticle.length && (e.kind === 'person' || e.kind === 'date' || e.kind === 'figure')) byArticle[e.article].push(i);
    }
    const childCount = byArticle.reduce((n, list) => n + list.length, 0);
    const withChildren = childCount <= OUTLINE_CHILD_LIMIT;
    const articles = a.articles.map((article, index): OutlineNode => {
      const range = this.quad(article.start, article.end);
      const headline = article.headline;
      const headlineInside = headline && headline.start >= article.start && headline.end <= article.end;
      let selection: Quad;
      if (headlineInside) selection = this.quad(headline.start, headline.end);
      else {
        const line = range[0];
        const lineEnd = this.lines.lineEnd(line);
        selection = this.quad(article.start, Math.max(article.start, Math.min(lineEnd, article.end)));
      }
      const node: OutlineNode = {
        symbol: 'article',
        name: headline?.text ? unwrap(headline.text) : '',
        detail: [article.dateline?.text, article.byline?.text].filter((t): t is string => !!t).map(unwrap).join(' · '),
        index,
        range,
        selection,
      };
      if (withChildren) node.children = this.outlineChildren(byArticle[index]);
      return node;
    });
    const outline: Outline = { articles, withChildren };
    const sections = this.outlineSections();
    if (sections.length) outline.sections = sections;
    if (a.pages.length > 1) {
      outline.pages = a.pages.map((page, index) => {
        const range = this.quad(page.start, page.end);
        const m = page.masthead;
        const selection = m ? this.quad(m.start, m.end) : this.quad(page.start, Math.min(page.end, this.lines.lineEnd(range[0])));
        const name = m ? [m.name, m.issue].filter(Boolean).join(' ') : '';
        const detail = page.date ?? m?.dateText ?? '';
        return { node: { symbol: 'page', name, detail, index, range, selection }, articles: page.articles };
      });
    }
    return outline;
  }

  /** The column headings, each a node from the heading to the last article under it. */
  private outlineSections(): NonNullable<Outline['sections']> {
    return columnsOf(this.analysis.articles).map((c, index) => {
      const node: OutlineNode = { symbol: 'section', name: c.heading.text.slice(1, -1), detail: '', index, range: this.quad(c.start, c.end), selection: this.quad(c.heading.start, c.heading.end) };
      return { node, articles: c.articles };
    });
  }

  private outlineChildren(indexes: number[]): OutlineNode[] {
    const children: OutlineNode[] = [];
    const seenPersons = new Set<string>();
    for (const i of indexes) {
      const e = this.analysis.entities[i];
      const range = this.quad(e.start, e.end);
      if (e.kind === 'person') {
        // One child per person per article, at their first mention in it.
        if (seenPersons.has(e.id)) continue;
        seenPersons.add(e.id);
        children.push({ symbol: 'person', name: e.name, detail: (this.persons.get(e.id)?.titles ?? []).join('、'), index: e.article, range, selection: range });
      } else if (e.kind === 'date') {
        children.push({ symbol: 'date', name: unwrap(e.text), detail: e.value, index: e.article, range, selection: range });
      } else if (e.kind === 'figure') {
        // A telephone number's digits are shown as written, with no value.
        if (e.category === 'identifier') children.push({ symbol: 'figure', name: unwrap(e.text), detail: '', index: e.article, range, selection: range, identifier: true });
        else children.push({ symbol: 'figure', name: unwrap(e.text), detail: '', index: e.article, range, selection: range, figure: { value: e.value, unit: e.unit, ...(e.counts ? { counts: e.counts } : {}) } });
      }
    }
    return children;
  }

  folding(): Int32Array {
    const out: number[] = [];
    const add = (span: { start: number; end: number }) => {
      const start = this.lines.lineOf(span.start);
      // A span ending right after a line break ends on the previous line.
      const end = this.lines.lineOf(Math.max(span.start, span.end - 1));
      if (end > start) out.push(start, end);
    };
    // Pages fold too when there are several: a month of issues folds to one line an issue.
    if (this.analysis.pages.length > 1) this.analysis.pages.forEach(add);
    // So do columns, from their heading to their last article.
    columnsOf(this.analysis.articles).forEach(add);
    this.analysis.articles.forEach(add);
    this.analysis.headlineBlocks.forEach(add);
    return Int32Array.from(out);
  }

  /** Index of the innermost entity under the offset, or -1. */
  entityIndexAt(offset: number): number {
    const entities = this.analysis.entities;
    let best = -1;
    for (let i = firstStartingAtOrAfter(entities, offset + 1) - 1; i >= 0 && entities[i].start >= offset - this.longestEntity; i--) {
      const e = entities[i];
      if (offset >= e.end) continue;
      if (best < 0 || e.end - e.start < entities[best].end - entities[best].start) best = i;
    }
    return best;
  }

  hover(offset: number): HoverFacts | undefined {
    const index = this.entityIndexAt(offset);
    if (index < 0) return undefined;
    const entity = this.analysis.entities[index];
    const facts: HoverFacts = { entity, range: this.quad(entity.start, entity.end), excerpt: excerpt(this.text, entity.start, entity.end) };
    if (entity.kind === 'person') {
      const person = this.persons.get(entity.id);
      if (person) {
        const articles = this.analysis.articles;
        const mine = new Set(person.articles);
        facts.person = {
          name: person.name,
          role: person.role,
          titles: person.titles,
          changes: changesOf(this.analysis.entities, person.mentions),
          mentions: person.mentions.length,
          articles: person.articles.filter((i) => articles[i]).slice(0, HOVER_LIST_LIMIT).map((i) => ({ index: i, headline: articles[i].headline?.text })),
          articleCount: person.articles.length,
          together: this.analysis.persons.filter((p) => p.id !== person.id && p.articles.some((x) => mine.has(x))).map((p) => p.name).slice(0, HOVER_LIST_LIMIT),
        };
      }
    }
    if (entity.kind === 'title' && entity.personId) facts.holder = this.persons.get(entity.personId)?.name;
    return facts;
  }

  /** A person's every mention; for other kinds, every mention of the same value. */
  references(offset: number): Int32Array {
    const index = this.entityIndexAt(offset);
    if (index < 0) return new Int32Array(0);
    const entity = this.analysis.entities[index];
    const person = entity.kind === 'person' ? this.persons.get(entity.id) : undefined;
    const mentions = person?.mentions ?? this.groupsByKind().get(this.kinds[index])?.find((g) => g.mentions.includes(index))?.mentions ?? [index];
    const out = new Int32Array(mentions.length * 4);
    mentions.forEach((i, n) => {
      const e = this.analysis.entities[i];
      this.lines.position(e.start, out, n * 4);
      this.lines.position(e.end, out, n * 4 + 2);
    });
    return out;
  }

  groups(): Array<{ kind: AnnotationKind; groups: GroupView[] }> {
    const groups = this.groupsByKind();
    return ANNOTATION_KINDS.filter((k) => groups.get(k)!.length > 0).map((kind) => ({
      kind,
      groups: groups.get(kind)!.map((g): GroupView => {
        const first = this.analysis.entities[g.mentions[0]];
        const titles = first?.kind === 'person' ? this.persons.get(first.id)?.titles : undefined;
        return { key: g.key, label: g.label, count: g.mentions.length, ...(titles?.length ? { titles } : {}) };
      }),
    }));
  }

  mentions(kind: AnnotationKind, key: string, limit: number): { items: MentionView[]; total: number } {
    const group = this.groupsByKind().get(kind)?.find((g) => g.key === key);
    if (!group) return { items: [], total: 0 };
    const items = group.mentions.slice(0, limit).map((i): MentionView => {
      const e = this.analysis.entities[i];
      return { excerpt: excerpt(this.text, e.start, e.end, 10), line: this.lines.lineOf(e.start), start: e.start, end: e.end };
    });
    return { items, total: group.mentions.length };
  }

  /** The start of the next (or previous) article from the offset, or -1. */
  articleFrom(offset: number, direction: 1 | -1): number {
    const starts = this.analysis.articles.map((a) => a.start).sort((x, y) => x - y);
    const target = direction > 0 ? starts.find((s) => s > offset) : [...starts].reverse().find((s) => s < offset);
    return target ?? -1;
  }

  entitiesIn(from: number, to: number): Entity[] {
    const entities = this.analysis.entities;
    const out: Entity[] = [];
    for (let i = firstStartingAtOrAfter(entities, from - this.longestEntity); i < entities.length && entities[i].start < to && out.length < 5000; i++) {
      if (entities[i].end > from) out.push(entities[i]);
    }
    return out;
  }

  exported(format: ExportFormat, file: string): Uint8Array {
    if (isResearchFormat(format)) return new TextEncoder().encode(researchExport(format, file, this.text, this.analysis));
    return new TextEncoder().encode(formatAnnotations(format, file, this.analysis, locatorOf(this.lines)));
  }

  private groupsByKind(): Map<AnnotationKind, EntityGroup[]> {
    this.grouped ??= groupEntities(this.analysis);
    return this.grouped;
  }
}

/** First index whose entity starts at or after the offset. */
function firstStartingAtOrAfter(entities: Entity[], offset: number): number {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sorted, overlapping or touching windows joined. */
export function mergeWindows(windows: LineWindow[]): LineWindow[] {
  const sorted = windows.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out: LineWindow[] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([Math.max(0, a), b]);
  }
  return out;
}

/** The post changes given at a person's mentions, each once, in the order they stand. */
function changesOf(entities: readonly Entity[], mentions: readonly number[]): PostChange[] {
  const out: PostChange[] = [];
  for (const i of mentions) {
    const e = entities[i];
    if (e?.kind !== 'person' || !e.changes) continue;
    for (const c of e.changes) if (!out.some((o) => o.action === c.action && o.value === c.value)) out.push(c);
  }
  return out;
}
