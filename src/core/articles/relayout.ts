// Lays out a new version of a page by re-reading only the articles around what changed. The layout
// of a paragraph depends on its neighbours, on the article it falls in and on the page's shape; so
// the window re-read runs from an unchanged article before the change to an unchanged article after
// it, with the page's shape parameters, and is accepted only when those two margin articles come out
// as they were and the page's shape parameters did not move. Otherwise the whole page is laid out
// again: the result is always the one `layOut` gives.
import { changeBetween, type TextChange } from '../textChange';
import type { Article, Span } from '../types';
import { layoutWithShape, LEADING_REACH, type PageLayout } from './index';
import { moveArticle, moveSpansFrom, shiftArticle } from './shift';
import { linePerParagraphOf, pageShape, paramsOf, replaceCounts, windowShape, type ShapeCounts, type ShapeParams } from './paragraphs';

/** A laid-out version of a page, kept to lay out the next version. */
export interface LaidOutPage {
  text: string;
  layout: PageLayout;
  counts: ShapeCounts;
  params: ShapeParams;
}

export function layOut(text: string): LaidOutPage {
  const shape = pageShape(text);
  const { counts, params } = shape;
  return { text, layout: layoutWithShape(text, shape), counts, params };
}

/** Below this size a page is simply laid out again. */
const SMALL_PAGE = 20_000;

/** Lays out `text`, reusing `previous` where the text did not change (`change` says where it did). */
export function relayOut(previous: LaidOutPage | undefined, text: string, change?: TextChange): LaidOutPage {
  if (!previous || text.length < SMALL_PAGE) return layOut(text);
  if (previous.text === text) return previous;
  return windowed(previous, text, change ?? changeBetween(previous.text, text)) ?? layOut(text);
}

function windowed(previous: LaidOutPage, text: string, { prefix, suffix, delta }: TextChange): LaidOutPage | undefined {
  const old = previous.text;
  const articles = previous.layout.articles;
  const changeEndOld = old.length - suffix;

  // Margin articles: the last one ending before the change, the first one starting after it.
  let a = -1;
  while (a + 1 < articles.length && articles[a + 1].end < prefix) a++;
  let b = a + 1;
  while (b < articles.length && articles[b].start <= changeEndOld) b++;
  if (b >= articles.length) return undefined; // the page's end reads the whole page (gathered headlines)
  // The page's first articles decide whether headlines are gathered at its top: read them whole.
  if (a < LEADING_REACH + 1) return undefined;
  if (previous.layout.headlineBlocks.length && !headlinesInPlace(articles, a + 1, b)) return undefined;
  // A gathered headline that heads no article may come to head one inside the window after the edit,
  // which the window alone cannot see: the whole page is read again then.
  if (!blocksAllUsed(old, previous.layout)) return undefined;

  const windowStart = a >= 0 ? articles[a].start : 0;
  const windowEndOld = articles[b].end;
  // A block of gathered headlines inside the window would have to be read again with it.
  if (previous.layout.headlineBlocks.some((s) => s.end > windowStart && s.start < windowEndOld)) return undefined;
  const windowEndNew = windowEndOld + delta;
  const oldShape = windowShape(old.slice(windowStart, windowEndOld), previous.params);
  const newShape = windowShape(text.slice(windowStart, windowEndNew), previous.params);
  const counts = replaceCounts(previous.counts, oldShape.counts, newShape.counts);
  if (linePerParagraphOf(counts) !== previous.params.linePerParagraph) return undefined;
  const params = paramsOf(counts, previous.params.linePerParagraph);
  if (params.width !== previous.params.width || params.fixedWidth !== previous.params.fixedWidth || params.shortLine !== previous.params.shortLine || params.margin !== previous.params.margin) return undefined;

  // The window opens under the column heading of its first article. A heading inside the window, before
  // or after the edit, is the column of articles past the window too: the whole page is read again.
  const column = a >= 0 ? articles[a].section : undefined;
  const inner = layoutWithShape(text.slice(windowStart, windowEndNew), newShape, column && { ...column, start: column.start - windowStart, end: column.end - windowStart });
  if (inner.headlineBlocks.length) return undefined;
  if (inner.articles.some((x) => x.section && x.section.start >= 0)) return undefined;
  for (let k = Math.max(a, 0); k <= b; k++) if ((articles[k].section?.start ?? -1) >= windowStart) return undefined;
  const fresh = inner.articles;
  if (windowStart !== 0) for (const x of fresh) moveArticle(x, windowStart);
  // The margins must read as before, or the change reached past them.
  const first = fresh[0];
  const last = fresh[fresh.length - 1];
  if (!first || !last || fresh.length < (a >= 0 ? 2 : 1)) return undefined;
  if (a >= 0 && !sameArticle(first, articles[a])) return undefined;
  if (!sameArticle(last, shiftArticle(articles[b], delta))) return undefined;
  if (previous.layout.headlineBlocks.length && !headlinesInPlace(fresh, 0, fresh.length)) return undefined;

  const before = a >= 0 ? articles.slice(0, a) : [];
  const after = articles.slice(b + 1);
  // What stands after the window moves with the text, in place (the previous layout is not used
  // again): the articles after it, and headlines gathered after it of the articles before it; a
  // headline gathered before the window stays where it is, whichever article it heads.
  if (delta !== 0) for (const x of [...before, ...after]) moveSpansFrom(x, windowEndOld, delta);
  const layout: PageLayout = {
    articles: [...before, ...fresh, ...after],
    // Blocks before the window stay where they are; those after it move with the text.
    headlineBlocks: previous.layout.headlineBlocks.map((s) => (s.start >= windowEndOld ? { start: s.start + delta, end: s.end + delta } : s)),
  };
  return { text, layout, counts, params: previous.params };
}

/**
 * Whether every character of the page's gathered headline blocks heads some article (title, pre-title
 * or subtitle): between the headline parts inside a block stands only white space. Asked on every
 * windowed edit, so it reads the blocks and the parts, not the page.
 */
function blocksAllUsed(text: string, layout: PageLayout): boolean {
  if (!layout.headlineBlocks.length) return true;
  const parts: Span[] = [];
  for (const x of layout.articles) {
    if (x.headlinePlacement !== 'elsewhere') continue;
    for (const part of [x.pretitle, x.headline, x.subtitle]) if (part) parts.push(part);
  }
  parts.sort((p, q) => p.start - q.start);
  for (const block of layout.headlineBlocks) {
    let at = block.start;
    for (const part of parts) {
      if (part.end <= at || part.start >= block.end) continue;
      if (part.start > at && /\S/.test(text.slice(at, part.start))) return false;
      at = Math.max(at, part.end);
    }
    if (at < block.end && /\S/.test(text.slice(at, block.end))) return false;
  }
  return true;
}

/** True when articles [from, to) all have their headline in place (none awaits a gathered one). */
function headlinesInPlace(articles: Article[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (articles[i].headlinePlacement !== 'in-place') return false;
  return true;
}

function sameArticle(x: Article, y: Article): boolean {
  return JSON.stringify(x) === JSON.stringify(y);
}

