// A file as pages, each laid out on its own (its own shape, its own gathered headlines), the masthead
// left out. After an edit only the pages the edit touched are laid out again, each by relayout.ts;
// the page breaks are found anew only when the edit could move one. The result is always the one a
// fresh layout of the file gives.
import type { TextChange } from '../textChange';
import { changeBetween } from '../textChange';
import type { Article, Span } from '../types';
import type { PageLayout } from './index';
import { findPages, mayBreakPages, type PageSpan } from './pages';
import { layOut, relayOut, type LaidOutPage } from './relayout';
import { shiftArticle } from './shift';

/** A page of the layout: its range, its masthead, and its articles [first, end). */
export interface LaidPage extends PageSpan {
  articles: [number, number];
}

export interface FileLayout extends PageLayout {
  pages: LaidPage[];
}

export interface LaidOutFile {
  text: string;
  spans: PageSpan[];
  /** Each page's body (after its masthead) laid out, in the page's own offsets. */
  pages: LaidOutPage[];
  layout: FileLayout;
}

/** Where a page's articles are read: after its masthead. */
function bodyOf(span: PageSpan): Span {
  return { start: span.masthead ? span.masthead.end : span.start, end: span.end };
}

export function layOutFile(text: string): LaidOutFile {
  const spans = findPages(text);
  const pages = spans.map((s) => {
    const b = bodyOf(s);
    return layOut(text.slice(b.start, b.end));
  });
  return { text, spans, pages, layout: assemble(spans, pages) };
}

/** Lays out `text`, reusing `previous` where the text did not change. */
export function relayOutFile(previous: LaidOutFile | undefined, text: string, change?: TextChange): LaidOutFile {
  if (!previous) return layOutFile(text);
  if (previous.text === text) return previous;
  const c = change ?? changeBetween(previous.text, text);
  const spans = pagesAfter(previous, text, c);
  const changeEnd = text.length - c.suffix;
  const samePageCount = spans.length === previous.spans.length;
  const pages = spans.map((s, i) => {
    const b = bodyOf(s);
    const old = samePageCount ? previous.spans[i] : undefined;
    if (old) {
      const ob = bodyOf(old);
      // Wholly before the edit, or wholly after it and moved by it: the same text, the same layout.
      if (b.end < c.prefix && ob.start === b.start && ob.end === b.end) return previous.pages[i];
      if (b.start > changeEnd && ob.start + c.delta === b.start && ob.end + c.delta === b.end) return previous.pages[i];
    }
    const body = text.slice(b.start, b.end);
    // The page the edit fell in: re-read around the edit only (relayout.ts checks that it may).
    const prior = old ? previous.pages[i] : undefined;
    return prior ? relayOut(prior, body) : layOut(body);
  });
  return { text, spans, pages, layout: assemble(spans, pages) };
}

/**
 * The page breaks of the new text. Found anew unless the file was one page with no masthead and
 * nothing around the edit could make a break or a masthead (pages.ts says what could).
 */
function pagesAfter(previous: LaidOutFile, text: string, c: TextChange): PageSpan[] {
  const old = previous.spans;
  if (old.length === 1 && !old[0].masthead && !mayBreakPages(text, c)) return [{ start: 0, end: text.length }];
  return findPages(text);
}

/** The file's layout from its pages' layouts, in file offsets. */
function assemble(spans: PageSpan[], pages: LaidOutPage[]): FileLayout {
  // One page with no masthead: its layout is the file's, the same objects.
  if (spans.length === 1 && !spans[0].masthead) {
    const l = pages[0].layout;
    return { articles: l.articles, headlineBlocks: l.headlineBlocks, pages: [{ ...spans[0], articles: [0, l.articles.length] }] };
  }
  const articles: Article[] = [];
  const headlineBlocks: Span[] = [];
  const laid: LaidPage[] = [];
  spans.forEach((s, i) => {
    const at = bodyOf(s).start;
    const first = articles.length;
    for (const a of pages[i].layout.articles) articles.push(shiftArticle(a, at));
    for (const h of pages[i].layout.headlineBlocks) headlineBlocks.push({ start: h.start + at, end: h.end + at });
    laid.push({ ...s, articles: [first, articles.length] });
  });
  return { articles, headlineBlocks, pages: laid };
}
