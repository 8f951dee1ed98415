// The kinds of annotation the editor shows, and which kind an engine entity is shown as.
import { entityLabels, type ExchangeLabel } from '../core/exchange/labels';

export const ANNOTATION_KINDS = ['official', 'title', 'person', 'date', 'figure', 'organization'] as const;
/** The exchange formats' labels, in the order the editor lists them. */
export type AnnotationKind = ExchangeLabel;

export function isAnnotationKind(value: unknown): value is AnnotationKind {
  return typeof value === 'string' && (ANNOTATION_KINDS as readonly string[]).includes(value);
}

/** The kind of every entity: its exchange label (an official anywhere on the page is an official everywhere). */
export const entityKinds = entityLabels;
