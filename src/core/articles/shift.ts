// Moving an article and every span in it by an offset: in place (relayout.ts moves the articles
// after an edit), or as a copy (a page's articles placed in the file, the page's own kept as they are).
import type { Article } from '../types';

/** The spans an article holds besides its own range. */
const SPANS = ['body', 'headline', 'pretitle', 'subtitle', 'dateline', 'byline', 'section'] as const;

/** Moves an article and every span in it by `d`, in place. */
export function moveArticle(x: Article, d: number): void {
  moveSpansFrom(x, -Infinity, d);
}

/**
 * Moves the article's range and the spans in it that start at `from` or later by `d`, in place: a
 * headline gathered elsewhere may stand on the other side of an edit than its article.
 */
export function moveSpansFrom(x: Article, from: number, d: number): void {
  for (const s of [x, x.body, x.headline, x.pretitle, x.subtitle, x.dateline, x.byline, x.section]) {
    if (!s || s.start < from) continue;
    s.start += d;
    s.end += d;
  }
}

/** A copy of the article moved by `d` (the article itself when d is 0). */
export function shiftArticle(x: Article, d: number): Article {
  if (d === 0) return x;
  // Spans copied field by field (keys in their order), not structuredClone: pages after an edit are
  // placed anew on every keystroke.
  const copy: Article = { ...x, start: x.start + d, end: x.end + d };
  for (const k of SPANS) {
    const s = x[k];
    if (s) (copy as unknown as Record<string, unknown>)[k] = { ...s, start: s.start + d, end: s.end + d };
  }
  return copy;
}
