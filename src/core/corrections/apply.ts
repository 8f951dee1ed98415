// Corrections applied to an analysis: a pure function of the text, the engine's analysis and the
// corrections, giving a new analysis (the engine's, cached by the Analyzer for the next edit, is
// not touched) and which corrections could not be placed. Every view reads the result, so a
// correction shows in decorations, hovers, outline, references, the entity view, counts and export.
import { compact } from '../compact';
import { findDates } from '../dates';
import { findFigures } from '../figures';
import type { Analysis, DateMention, Entity, FigureMention, Person, PersonMention, PersonRole, Span } from '../types';
import { resolveAnchor } from './anchor';
import { isPairAction, roleOfAction, type Correction, type CorrectionAction } from './types';

export interface CorrectionOutcome {
  analysis: Analysis;
  /** Each correction placed, with where it stands now. */
  applied: Array<{ correction: Correction; span: Span }>;
  /** Corrections whose text is gone (reported, never applied elsewhere). */
  unresolved: Correction[];
}

export function applyCorrections(text: string, analysis: Analysis, corrections: readonly Correction[]): CorrectionOutcome {
  if (corrections.length === 0) return { analysis, applied: [], unresolved: [] };
  const applied: CorrectionOutcome['applied'] = [];
  const unresolved: Correction[] = [];
  // Copies: the Analyzer keeps and moves the engine's own entity objects on the next edit.
  let entities: Entity[] = analysis.entities.map((e) => ({ ...e }) as Entity);
  const roles = new Map<string, PersonRole>();
  const renamed = new Map<string, string>();
  const pairs: Array<{ correction: Correction & { other: unknown }; a: Span; b: Span }> = [];

  for (const correction of corrections) {
    const span = resolveAnchor(text, correction.anchor);
    const other = isPairAction(correction.action) && 'other' in correction ? resolveAnchor(text, correction.other) : undefined;
    if (!span || (isPairAction(correction.action) && !other)) {
      unresolved.push(correction);
      continue;
    }
    applied.push({ correction, span });
    if ('other' in correction && other) {
      pairs.push({ correction, a: span, b: other });
      continue;
    }
    entities = correctSpan(text, analysis, entities, span, correction.action as CorrectionAction, roles, renamed);
  }
  let split = 0;
  for (const { correction, a, b } of pairs) {
    const first = personAt(entities, a);
    const second = personAt(entities, b);
    if (!first || !second) continue;
    if (correction.action === 'same') {
      const into = first.id;
      const from = second.id;
      if (into === from) continue;
      for (const e of entities) if (e.kind === 'person' && e.id === from) e.id = into;
      renamed.set(from, into);
    } else if (second.id === first.id) {
      // The second mention (and the same name's mentions after it that are not the first's own) becomes its own person.
      second.id = `${second.id}~${++split}`;
    }
  }
  entities.sort((x, y) => x.start - y.start || y.end - x.end);
  return { analysis: { ...analysis, entities, persons: personsOf(analysis, entities, roles, renamed) }, applied, unresolved };
}

function correctSpan(text: string, analysis: Analysis, entities: Entity[], span: Span, action: CorrectionAction, roles: Map<string, PersonRole>, renamed: Map<string, string>): Entity[] {
  const overlapping = (e: Entity) => e.start < span.end && e.end > span.start;
  const role = roleOfAction(action);
  if (action === 'remove') {
    // A name that is not a person is no person anywhere on the page: every mention goes.
    const ids = new Set(entities.filter((e) => overlapping(e) && e.kind === 'person').map((e) => (e as PersonMention).id));
    return entities.flatMap((e): Entity[] => {
      if (e.kind === 'person' && ids.has(e.id)) return [];
      if (overlapping(e)) return [];
      if (e.kind === 'title' && e.personId && ids.has(e.personId)) return [{ ...e, personId: undefined }];
      return [e];
    });
  }
  if (role) {
    // On a person already found (exactly their span): a change of role, for every mention of them.
    const person = entities.find((e): e is PersonMention => e.kind === 'person' && e.start === span.start && e.end === span.end);
    if (person) {
      roles.set(person.id, role);
      return entities;
    }
  }
  const same = entities.find((e) => e.start === span.start && e.end === span.end && e.kind === action);
  if (same) return entities;
  const kept = entities.filter((e) => !overlapping(e));
  const added = newEntity(text, analysis, span, action);
  if (added.kind === 'person') {
    roles.set(added.id, added.role);
    // A name read too short or too long (张红 for 张红军): the person it replaces, when no mention of
    // them is left, hands over their titles.
    const replaced = entities.find((e): e is PersonMention => e.kind === 'person' && overlapping(e) && e.id !== added.id);
    if (replaced && !kept.some((e) => e.kind === 'person' && e.id === replaced.id)) {
      renamed.set(replaced.id, added.id);
      added.titles = [...replaced.titles];
      for (const e of kept) if (e.kind === 'title' && e.personId === replaced.id) e.personId = added.id;
    }
  }
  kept.push(added);
  return kept;
}

function newEntity(text: string, analysis: Analysis, span: Span, action: CorrectionAction): Entity {
  const raw = text.slice(span.start, span.end);
  const flat = raw.replace(/\s+/g, '');
  const base = { start: span.start, end: span.end, text: raw, article: articleAt(analysis, span.start) };
  const role = roleOfAction(action);
  if (role) return { ...base, kind: 'person', id: `p:${flat}`, name: flat, role, titles: [] };
  switch (action) {
    case 'title':
      return { ...base, kind: 'title', value: flat, organization: '', post: flat };
    case 'organization':
      return { ...base, kind: 'organization', name: flat };
    case 'date':
      return { ...base, ...readDate(raw) };
    default:
      return { ...base, ...readFigure(raw) };
  }
}

/** The engine's reading of the marked text as a date, when it reads one; else a date of unknown value. */
function readDate(raw: string): Omit<DateMention, 'start' | 'end' | 'text' | 'article'> {
  const found = findDates(compact(raw)).sort((x, y) => y.end - y.start - (x.end - x.start))[0];
  if (found) {
    const { start: _s, end: _e, ...rest } = found;
    return rest;
  }
  return { kind: 'date', value: '', precision: 'relative', numeric: false };
}

function readFigure(raw: string): Omit<FigureMention, 'start' | 'end' | 'text' | 'article'> {
  const found = findFigures(compact(raw)).sort((x, y) => y.end - y.start - (x.end - x.start))[0];
  if (found) {
    const { start: _s, end: _e, ...rest } = found;
    return rest;
  }
  return { kind: 'figure', value: Number.NaN, unit: '', category: 'other', approximate: false, numeric: false };
}

function personAt(entities: Entity[], span: Span): PersonMention | undefined {
  return entities.find((e): e is PersonMention => e.kind === 'person' && e.start < span.end && e.end > span.start);
}

/** Index of the article holding the offset, or -1 (articles are in page order). */
function articleAt(analysis: Analysis, offset: number): number {
  const articles = analysis.articles;
  let lo = 0;
  let hi = articles.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const a = articles[mid];
    if (offset < a.start) hi = mid - 1;
    else if (offset >= a.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The persons again from the corrected mentions: the engine's facts where the person was its, roles as corrected. */
function personsOf(analysis: Analysis, entities: Entity[], roles: Map<string, PersonRole>, renamed: Map<string, string>): Person[] {
  const engine = new Map(analysis.persons.map((p) => [p.id, p]));
  const byId = new Map<string, Person>();
  entities.forEach((e, index) => {
    if (e.kind !== 'person') return;
    let p = byId.get(e.id);
    if (!p) {
      const known = engine.get(e.id) ?? engine.get(e.id.replace(/~\d+$/, ''));
      p = { id: e.id, name: known?.name ?? e.name, role: known?.role ?? e.role, titles: [...(known?.titles ?? [])], mentions: [], articles: [] };
      byId.set(e.id, p);
    }
    p.mentions.push(index);
    if (e.article >= 0 && !p.articles.includes(e.article)) p.articles.push(e.article);
  });
  // A person merged into another brings their titles and the higher role.
  for (const [from, into] of renamed) {
    const p = byId.get(into);
    const gone = engine.get(from);
    if (!p || !gone) continue;
    for (const t of gone.titles) if (!p.titles.includes(t)) p.titles.push(t);
    if (gone.role === 'official') p.role = 'official';
  }
  for (const [id, role] of roles) {
    const p = byId.get(id);
    if (p) p.role = role;
  }
  for (const e of entities) if (e.kind === 'person') e.role = byId.get(e.id)!.role;
  for (const p of byId.values()) p.articles.sort((x, y) => x - y);
  return [...byId.values()];
}
