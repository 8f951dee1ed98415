// The line protocol of ../shared/tools/score.mjs: one record per input page.
import type { Analysis } from '../core/types';

export function toJsonlRecord(id: unknown, analysis: Analysis) {
  return {
    id,
    articles: analysis.articles.map((a) => ({
      start: a.start,
      end: a.end,
      headline: [a.pretitle?.text, a.headline?.text, a.subtitle?.text].filter(Boolean).join(' ') || undefined,
      headlinePlacement: a.headlinePlacement,
      dateline: a.dateline?.text,
      byline: a.byline?.names,
    })),
    entities: analysis.entities.map((e) => {
      const base = { kind: e.kind, start: e.start, end: e.end, text: e.text };
      switch (e.kind) {
        case 'person':
          return { ...base, id: e.id, role: e.role, titles: e.titles };
        case 'title':
          return { ...base, organization: e.organization, post: e.post, person: e.personId };
        case 'organization':
          return base;
        case 'date':
          return { ...base, value: e.value, precision: e.precision, numeric: e.numeric };
        case 'figure':
          return { ...base, value: e.value, unit: e.unit, category: e.category, approximate: e.approximate, numeric: e.numeric };
      }
    }),
  };
}
