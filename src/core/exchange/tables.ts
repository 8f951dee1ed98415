// The analysis as tables for spreadsheets and scripts: JSON or CSV, every entity with its line and
// column. Pure: given the analysis and a way to turn offsets into line/column, it returns the file's
// text (the editor's export and the command line's write the same files).
import type { LineIndex } from '../lineIndex';
import { unwrap } from '../plainText';
import type { Analysis } from '../types';
import { entityLabels } from './labels';

export type TableFormat = 'json' | 'csv';

export interface LineColumn {
  line: number;
  column: number;
}

/** 1-based line and column of an offset. */
export type Locate = (offset: number) => LineColumn;

/** The 1-based line and column of offsets in the indexed text. */
export function locatorOf(lines: LineIndex): Locate {
  const q = [0, 0];
  return (offset) => {
    lines.position(offset, q, 0);
    return { line: q[0] + 1, column: q[1] + 1 };
  };
}

export function formatAnnotations(format: TableFormat, file: string, analysis: Analysis, locate: Locate): string {
  return format === 'json' ? toJson(file, analysis, locate) : toCsv(analysis, locate);
}

function toJson(file: string, analysis: Analysis, locate: Locate): string {
  const kinds = entityLabels(analysis);
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
      section: a.section?.text ?? null,
    })),
    pages: analysis.pages.map((p) => ({ start: p.start, end: p.end, date: p.date ?? null, masthead: p.masthead ?? null, articles: p.articles })),
    entities: analysis.entities.map((e, i) => ({ annotation: kinds[i], ...e, ...locate(e.start) })),
    persons: analysis.persons.map((p) => ({ id: p.id, name: p.name, role: p.role, titles: p.titles, mentions: p.mentions.length, articles: p.articles })),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

/**
 * One row per entity, every field of the JSON's entities as a column (empty where a kind has none),
 * plus the headline of the entity's article. Values are written as in the JSON, so a CSV read back
 * gives the JSON's values.
 */
export const CSV_COLUMNS = [
  'annotation', 'kind', 'start', 'end', 'line', 'column', 'article', 'headline', 'text',
  'value', 'name', 'id', 'role', 'titles', 'organization', 'post', 'resolved', 'resolvedOrganization', 'personId',
  'unit', 'category', 'currency', 'approximate', 'numeric', 'precision', 'qualifier', 'yearSource',
  'counts', 'changes',
] as const;

function toCsv(analysis: Analysis, locate: Locate): string {
  const kinds = entityLabels(analysis);
  const rows: string[][] = [[...CSV_COLUMNS]];
  analysis.entities.forEach((e, i) => {
    const { line, column } = locate(e.start);
    const fields: Record<string, unknown> = { ...e, annotation: kinds[i], line, column };
    const headline = analysis.articles[e.article]?.headline?.text;
    fields.headline = headline ? unwrap(headline) : '';
    if (e.kind === 'person') fields.titles = e.titles.join('; ');
    if (e.kind === 'person' && e.changes) fields.changes = e.changes.map((c) => `${c.action} ${c.value}`).join('; ');
    rows.push(CSV_COLUMNS.map((c) => cellText(fields[c])));
  });
  // A byte-order mark, so that spreadsheets read the file as UTF-8; CRLF line ends, as RFC 4180 and spreadsheets expect.
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return String(value);
}

/**
 * Quoted when needed. A cell a spreadsheet would run as a formula (=, +, -, @ followed by more than
 * a number or a date value such as "--10-06T下午") gets a leading apostrophe.
 */
const PLAIN_VALUE = /^[-+]?[\dXQTY:.+-]*[\u3400-\u9fff]*$/;

export function csvCell(value: string): string {
  const formula = /^[=+\-@\t\r]/.test(value) && !PLAIN_VALUE.test(value);
  const safe = formula ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
