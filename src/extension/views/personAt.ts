// The name of the person mentioned at an offset (or whose title it is there): what the folder's
// views (references and hover across bulletins) are asked about. A view of its own, added without
// touching the held analysis or the protocol (see documentViews.ts).
import type { HeldAnalysis } from './heldAnalysis';

export function personAt(h: HeldAnalysis, q: { offset: number }): { name: string } | undefined {
  const index = h.entityIndexAt(q.offset);
  const entity = index < 0 ? undefined : h.analysis.entities[index];
  if (entity?.kind === 'person') return { name: entity.name };
  if (entity?.kind === 'title' && entity.personId) {
    const name = h.analysis.persons.find((p) => p.id === entity.personId)?.name;
    return name ? { name } : undefined;
  }
  return undefined;
}
