// The research formats of the export (brat standoff, CoNLL, doccano / Label Studio JSON lines), from
// the text and its (corrected) analysis. Pure; the writers live in src/core/exchange.
import type { Analysis } from '../../core';
import { bratConf, labelledSpans, toBrat, toConll, toJsonlLine } from '../../core/exchange';

import type { TableFormat } from '../../core/exchange/tables';

export const RESEARCH_FORMATS = ['brat', 'conll', 'jsonl'] as const;
export type ResearchFormat = (typeof RESEARCH_FORMATS)[number];

/** Every format the export command writes: the tables and the research formats. */
export type ExportFormat = TableFormat | ResearchFormat;

export function isResearchFormat(format: string): format is ResearchFormat {
  return (RESEARCH_FORMATS as readonly string[]).includes(format);
}

export function researchExport(format: ResearchFormat, file: string, text: string, analysis: Analysis): string {
  const spans = labelledSpans(analysis);
  if (format === 'brat') return toBrat(text, spans);
  if (format === 'conll') return toConll(text, spans);
  return toJsonlLine(file, text, spans) + '\n';
}

/** The file name beside the document: brat pairs NAME.txt with NAME.ann. */
export function researchFileName(base: string, format: ResearchFormat): string {
  return format === 'brat' ? `${base}.ann` : `${base}.${format}`;
}

export { bratConf };
