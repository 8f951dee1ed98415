// The active document's entities grouped by kind, then by entity (one person, one date value…).
import type { Analysis, Entity } from '../../core';
import { ANNOTATION_KINDS, entityKinds, type AnnotationKind } from '../kinds';
import { unwrap } from '../../core/plainText';

export interface EntityGroup {
  kind: AnnotationKind;
  /** What makes mentions one entity (a person's id, a date's value…). */
  key: string;
  label: string;
  /** Indexes into Analysis.entities, in document order. */
  mentions: number[];
}

export function groupEntities(analysis: Analysis): Map<AnnotationKind, EntityGroup[]> {
  const groups = new Map<AnnotationKind, Map<string, EntityGroup>>(ANNOTATION_KINDS.map((k) => [k, new Map()]));
  const kinds = entityKinds(analysis);
  analysis.entities.forEach((e, index) => {
    const kind = kinds[index];
    const key = keyOf(e);
    const byKey = groups.get(kind)!;
    let group = byKey.get(key);
    if (!group) {
      group = { kind, key, label: labelOf(e), mentions: [] };
      byKey.set(key, group);
    }
    group.mentions.push(index);
  });
  return new Map([...groups].map(([kind, byKey]) => [kind, [...byKey.values()]]));
}

function keyOf(e: Entity): string {
  switch (e.kind) {
    case 'person':
      return e.id || e.name;
    case 'title':
      // One post is one entity, however the page abbreviates it (区党工委副书记 is 高新区党工委副书记).
      return e.resolved ?? e.value;
    case 'organization':
      return e.name;
    case 'date':
      return e.value || unwrap(e.text);
    case 'figure':
      return `${e.value} ${e.unit}`;
  }
}

function labelOf(e: Entity): string {
  switch (e.kind) {
    case 'person':
      return e.name;
    case 'title':
      return e.resolved ?? e.value;
    case 'organization':
      return e.name;
    default:
      return unwrap(e.text);
  }
}
