// The exported annotations as JSON or CSV. Pure: given the analysis and a way to turn offsets into
// line/column, it returns the file's text.
import type { Analysis, Entity } from '../../core';
import { entityKinds } from '../kinds';
import type { ResearchFormat } from './researchFormats';

export type ExportFormat = 'json' | 'csv' | ResearchFormat;

export interface LineColumn {
  line: number;
  column: number;
}

/** 1-based line and column of an offset. */
export type Locate = (offset: number) => LineColumn;

export function formatAnnotations(format: 'json' | 'csv', file: string, analysis: Analysis, locate: Locate): string {
  return format === 'json' ? toJson(file, analysis, locate) : toCsv(analysis, locate);
}

function toJson(file: string, analysis: Analysis, locate: Locate): string {
  const kinds = entityKinds(analysis);
  const out = {
    file,
    length: analysis.length,
    pageYear: analysis.pageYear ?? null,
    articles: analysis.articles.map((a, index) => ({
      index,
      start: a.start,
      end: a.end,
      ...locate(a.start),
      headline: a.headline?.text ?? null,
      pretitle: a.pretitle?.text ?? null,
      subtitle: a.subtitle?.text ?? null,
      headlinePlacement: a.headlinePlacement ?? null,
      dateline: a.dateline?.text ?? null,
      byline: a.byline ? { text: a.byline.text, names: a.byline.names } : null,
    })),
    entities: analysis.entities.map((e, i) => ({ annotation: kinds[i], ...e, ...locate(e.start) })),
    persons: analysis.persons.map((p) => ({ id: p.id, name: p.name, role: p.role, titles: p.titles, mentions: p.mentions.length, articles: p.articles })),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

const CSV_HEADER = ['annotation', 'kind', 'start', 'end', 'line', 'column', 'article', 'text', 'value', 'unit', 'role', 'titles'];

function toCsv(analysis: Analysis, locate: Locate): string {
  const kinds = entityKinds(analysis);
  const persons = new Map(analysis.persons.map((p) => [p.id, p]));
  const rows = [CSV_HEADER];
  analysis.entities.forEach((e, i) => {
    const { line, column } = locate(e.start);
    const person = e.kind === 'person' ? persons.get(e.id) : undefined;
    rows.push([
      kinds[i],
      e.kind,
      String(e.start),
      String(e.end),
      String(line),
      String(column),
      String(e.article),
      e.text.replace(/\s+/g, ''),
      valueOf(e),
      e.kind === 'figure' ? e.unit : '',
      e.kind === 'person' ? (person?.role ?? e.role) : '',
      person ? person.titles.join('; ') : '',
    ]);
  });
  // CRLF line ends, as RFC 4180 and spreadsheets expect.
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function valueOf(e: Entity): string {
  switch (e.kind) {
    case 'person':
      return e.name;
    case 'title':
      return e.value;
    case 'organization':
      return e.name;
    case 'date':
      return e.value;
    case 'figure':
      return String(e.value);
  }
}

/** Quoted when needed; a cell a spreadsheet would run as a formula gets a leading apostrophe. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
