// Page layout: where each article begins and ends, its headline (in place or gathered elsewhere on
// the page), dateline and byline. Works on raw lines.
import type { Article, Span } from '../types';

export interface PageLayout {
  articles: Article[];
  /** Blocks of gathered headlines (not articles). */
  headlineBlocks: Span[];
}

export function findArticles(raw: string): PageLayout {
  // Placeholder until the layout finder lands: the whole text is one article.
  const start = raw.search(/\S/);
  if (start < 0) return { articles: [], headlineBlocks: [] };
  const end = raw.trimEnd().length;
  return { articles: [{ start, end, body: { start, end } }], headlineBlocks: [] };
}
