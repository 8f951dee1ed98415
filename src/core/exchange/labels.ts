// The labels the exchange formats use: the kinds the editor shows (a person is "official" when the
// page makes them one), so an exported file reads like the editor's colours.
import type { Analysis, Span } from '../types';

export const EXCHANGE_LABELS = ['official', 'person', 'title', 'organization', 'date', 'figure'] as const;
export type ExchangeLabel = (typeof EXCHANGE_LABELS)[number];

/** A labelled span, offsets in UTF-16 units of the text as stored. */
export interface LabelledSpan extends Span {
  label: string;
}

/** The label of every entity, a person's taken from the page (an official anywhere is an official everywhere). */
export function entityLabels(analysis: Analysis): ExchangeLabel[] {
  const roles = new Map(analysis.persons.map((p) => [p.id, p.role]));
  return analysis.entities.map((e) => (e.kind !== 'person' ? e.kind : (roles.get(e.id) ?? e.role) === 'official' ? 'official' : 'person'));
}

export function labelledSpans(analysis: Analysis): LabelledSpan[] {
  const labels = entityLabels(analysis);
  return analysis.entities.map((e, i) => ({ start: e.start, end: e.end, label: labels[i] }));
}
