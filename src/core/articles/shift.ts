// Moving an article and every span in it by an offset: in place (relayout.ts moves the articles
// after an edit), or as a copy (a page's articles placed in the file, the page's own kept as they are).
import type { Article } from '../types';

/** Moves an article and every span in it by `d`, in place. */
export function moveArticle(x: Article, d: number): void {
  for (const s of [x, x.body, x.headline, x.pretitle, x.subtitle, x.dateline, x.byline]) {
    if (!s) continue;
    s.start += d;
    s.end += d;
  }
}

/** A copy of the article moved by `d` (the article itself when d is 0). */
export function shiftArticle(x: Article, d: number): Article {
  if (d === 0) return x;
  const copy = structuredClone(x);
  moveArticle(copy, d);
  return copy;
}
