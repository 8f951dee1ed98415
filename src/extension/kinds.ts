// The kinds of annotation the editor shows, and which kind an engine entity is shown as.
import type { Analysis } from '../core';

export const ANNOTATION_KINDS = ['official', 'title', 'person', 'date', 'figure', 'organization'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

export function isAnnotationKind(value: unknown): value is AnnotationKind {
  return typeof value === 'string' && (ANNOTATION_KINDS as readonly string[]).includes(value);
}

/** The kind of every entity, a person's taken from the page (an official anywhere is an official everywhere). */
export function entityKinds(analysis: Analysis): AnnotationKind[] {
  const roles = new Map(analysis.persons.map((p) => [p.id, p.role]));
  return analysis.entities.map((e) => {
    if (e.kind !== 'person') return e.kind;
    return (roles.get(e.id) ?? e.role) === 'official' ? 'official' : 'person';
  });
}
