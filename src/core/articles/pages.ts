// Pages of a file and their mastheads. A month of a bulletin is often one file: its issues follow
// one another, each with a masthead (报名, 第N期, the issue's date, 主办单位, 内部资料), and pages end
// with a form feed or a page number line ("— 2 —"). Each page is laid out on its own, so a page's
// gathered headlines go to that page's articles, and the masthead is never an article.
import type { Masthead, Span } from '../types';
import { indentWidth, PARAGRAPH_INDENT } from './paragraphs';

export interface PageSpan extends Span {
  masthead?: Masthead;
}

/** Most lines a masthead spans, blank ones not counted. */
const MASTHEAD_LINES = 8;
/** Longest masthead line, in characters without spaces (a sponsor and a date side by side fit). */
const MASTHEAD_LINE = 40;

const D = '[0-9０-９〇○零一二三四五六七八九十]';
const ISSUE = new RegExp(`第\\s*${D}{1,4}\\s*期|总\\s*第\\s*${D}{1,5}\\s*期|第\\s*${D}{1,2}\\s*版`);
/** The weekday a newspaper's page header prints beside its date. */
const WEEKDAY = /星期[一二三四五六日天]|周[一二三四五六日]/;
const FULL_DATE = new RegExp(`${D}{4}\\s*年\\s*${D}{1,2}\\s*月\\s*${D}{1,3}\\s*日`);
/** The issue's date in figures, as mastheads also print it: "2024.3.15", "2024-03-15", "2024/3/15". */
const FIGURE_DATE = /(?:19|20|１９|２０)[0-9０-９]{2}\s*([.．\-/－／])\s*[0-9０-９]{1,2}\s*\1\s*[0-9０-９]{1,2}(?![0-9０-９.．])/;
/** Who publishes it, and how it circulates: "主办", "XX办公室编", "内部资料 注意保存", "准印证". */
const SPONSOR = /主办|编印|编辑部|内部资料|注意保存|内部刊物|准印证|主\s*编[:：]|[\u4e00-\u9fff]{2}编$|责任编辑|版式设计|美术编辑|校对[:：]/;
/** A publication's name: short, ending as bulletins, papers and newsletters are named (not 公报, a communiqué). */
const NAME = /^[\u4e00-\u9fff]{1,10}(?:简报|区报|日报|晚报|周报|通讯|动态|快报|信息|周刊|专刊|通报|内参|参考|要情)$/;
/** A rule under a masthead (━━━, ———, ＝＝＝). */
const RULE = /^[━─—－\-=＝_＿·•*★☆\s]{3,}$/;
/** A page number alone on a line: "— 2 —", "- 12 -", "·3·", "第 2 页", "第2页 共8页". */
const PAGE_NUMBER = /^(?:[—－\-–·•]\s*[0-9０-９]{1,3}\s*[—－\-–·•]|第\s*[0-9０-９]{1,3}\s*页(?:\s*[，,]?\s*共\s*[0-9０-９]{1,3}\s*页)?)$/;

interface RawLine {
  start: number;
  end: number;
  /** The line without spaces. */
  text: string;
  /** The line ends with a form feed: the page ends after it. */
  feed: boolean;
}

function linesOf(raw: string, from: number, to: number): RawLine[] {
  const out: RawLine[] = [];
  let i = from;
  // A form feed ends a line as a line break does, and the page with it.
  let feed = raw.indexOf('\f', from);
  while (i < to) {
    let j = raw.indexOf('\n', i);
    if (j < 0 || j > to) j = to;
    if (feed >= 0 && feed < i) feed = raw.indexOf('\f', i);
    if (feed >= 0 && feed < j) {
      out.push({ ...readLine(raw, i, feed), feed: true });
      i = feed + 1;
      continue;
    }
    out.push(readLine(raw, i, j));
    i = j + 1;
  }
  return out;
}

/** A line without its spaces (sliced once when it has none, as most lines). */
function readLine(raw: string, from: number, to: number): RawLine {
  for (let k = from; k < to; k++) {
    const c = raw.charCodeAt(k);
    if (c <= 0x20 || c === 0x3000 || c === 0xa0) return { start: from, end: to, text: raw.slice(from, to).replace(/[\s\u3000]+/g, ''), feed: false };
  }
  return { start: from, end: to, text: raw.slice(from, to), feed: false };
}

/** A page header's line without its date, weekday and page or issue number: the publication's name, if any. */
function pageHeaderName(text: string): string {
  return text.replace(FULL_DATE, '').replace(FIGURE_DATE, '').replace(ISSUE, '').replace(WEEKDAY, '');
}

/** Last characters of a publication's name (NAME), checked before the pattern is tried. */
const NAME_ENDINGS = new Set('报讯态息刊参考情'.split(''));

/** What a line of a masthead says: bit 1 issue, 2 date, 4 sponsor, 8 name, 16 a rule. */
function mastheadSignals(text: string): number {
  if (!text) return 0;
  if (RULE.test(text)) return 16;
  // Sentences and clauses are text, not a masthead.
  if (text.length > MASTHEAD_LINE || /[。，；！？]/.test(text)) return -1;
  // Each pattern only where its key character stands: most lines of a page are body text.
  const issue = (text.includes('期') || text.includes('版')) && ISSUE.test(text) ? 1 : 0;
  const date = (text.includes('年') && FULL_DATE.test(text)) || FIGURE_DATE.test(text) ? 2 : 0;
  // A newspaper's page header puts its name after the date, the weekday and the page (…第3版 高新区报);
  // a date before a heading alone (2024年3月15日工作动态) makes no header.
  const named = issue || WEEKDAY.test(text) ? pageHeaderName(text) : text;
  const name = NAME_ENDINGS.has(named[named.length - 1]) && NAME.test(named) ? 8 : 0;
  // A sponsor and the date often share a line ("高新区党政办公室编      2024.3.15").
  const sponsor = SPONSOR.test(date ? text.replace(FULL_DATE, '').replace(FIGURE_DATE, '') : text) ? 4 : 0;
  return issue | date | sponsor | name;
}

/**
 * The masthead at the top of lines[from..]: the lines that say what the issue is, when two kinds of
 * a masthead's marks are there (name, issue number, date, sponsor). Undefined otherwise.
 */
function mastheadAt(raw: string, lines: RawLine[], from: number): { masthead: Masthead; next: number; marks: number } | undefined {
  let signals = 0;
  let last = -1;
  let seen = 0;
  let k = from;
  for (; k < lines.length && seen < MASTHEAD_LINES; k++) {
    const line = lines[k];
    if (!line.text) continue;
    const s = mastheadSignals(line.text);
    if (s < 0) break;
    seen++;
    // A line with no mark of its own may stand inside the masthead (a motto), not end it.
    if (s > 0) {
      signals |= s;
      last = k;
    }
    if (line.feed) break;
  }
  const marks = signals & 15;
  const count = (marks & 1 ? 1 : 0) + (marks & 2 ? 1 : 0) + (marks & 4 ? 1 : 0) + (marks & 8 ? 1 : 0);
  // Two marks: one alone is too common in text ("第3期培训班", a date under a signature).
  if (last < 0 || count < 2) return undefined;
  let start = -1;
  for (let m = from; m <= last; m++) if (lines[m].text) (start = start < 0 ? m : start);
  const masthead: Masthead = { start: firstVisible(raw, lines[start]), end: lastVisible(raw, lines[last]) };
  for (let m = start; m <= last; m++) {
    const t = lines[m].text;
    if (!masthead.name) {
      const named = ISSUE.test(t) || WEEKDAY.test(t) ? pageHeaderName(t) : t;
      if (NAME.test(named)) masthead.name = named;
    }
    const issue = ISSUE.exec(t);
    if (!masthead.issue && issue) masthead.issue = issue[0].replace(/\s+/g, '');
    const date = FULL_DATE.exec(t) ?? FIGURE_DATE.exec(t);
    if (!masthead.dateText && date) masthead.dateText = date[0].replace(/\s+/g, '');
  }
  return { masthead, next: last + 1, marks };
}

function firstVisible(raw: string, line: RawLine): number {
  let i = line.start;
  while (i < line.end && /\s/.test(raw[i])) i++;
  return i;
}

function lastVisible(raw: string, line: RawLine): number {
  let i = line.end;
  while (i > line.start && /\s/.test(raw[i - 1])) i--;
  return i;
}

/**
 * The pages of a file: cut after a form feed and after a page number line, and before a masthead
 * that follows text. A file with neither is one page. Pages cover the file end to end.
 */
export function findPages(raw: string): PageSpan[] {
  const lines = linesOf(raw, 0, raw.length);
  const pages: PageSpan[] = [];
  let atTop = true;
  let hasText = false;
  let current: PageSpan = { start: 0, end: raw.length };
  const cut = (at: number) => {
    current.end = at;
    pages.push(current);
    current = { start: at, end: raw.length };
    atTop = true;
    hasText = false;
  };
  let k = 0;
  let afterBlank = false;
  while (k < lines.length) {
    const line = lines[k];
    if (!line.text) {
      if (line.feed && hasText) cut(Math.min(raw.length, line.end + 1));
      afterBlank = true;
      k++;
      continue;
    }
    const startsParagraph = afterBlank || indentOf(raw, line) >= PARAGRAPH_INDENT;
    afterBlank = false;
    // A masthead: at the top of a page it is the page's; after text, where a paragraph would start,
    // it starts a new page (a line inside a paragraph is text, whatever it says).
    if (atTop || (hasText && startsParagraph && mastheadSignals(line.text) > 0)) {
      const found = mastheadAt(raw, lines, k);
      // After text, a new issue names its publication or its sponsor: an issue number and a date
      // alone are as likely a schedule in the text (第1期 2024.3.15).
      if (found && (!hasText || found.marks & (4 | 8))) {
        if (hasText) cut(line.start);
        current.masthead = found.masthead;
        atTop = false;
        hasText = true;
        const lastLine = lines[found.next - 1];
        k = found.next;
        if (lastLine.feed) cut(Math.min(raw.length, lastLine.end + 1));
        continue;
      }
    }
    atTop = false;
    hasText = true;
    if (line.feed || PAGE_NUMBER.test(line.text)) {
      if (k + 1 < lines.length) cut(Math.min(raw.length, line.end + 1));
    }
    k++;
  }
  current.end = raw.length;
  // What follows the last cut is a page when it holds text; blank lines go to the page before.
  if (pages.length === 0 || /\S/.test(raw.slice(current.start))) pages.push(current);
  else pages[pages.length - 1].end = raw.length;
  return pages;
}

/**
 * Whether an edit could make a page break or a masthead in a file that had none. Lines far from the
 * edit read as they did (no break), so only the new text's lines near it are read again, as the scan
 * of findPages reads them: a form feed, a page number line, or a masthead where a paragraph starts.
 * Near the file's start, where the first masthead would stand, the answer is always yes.
 */
export function mayBreakPages(text: string, change: { prefix: number; suffix: number }): boolean {
  const reach = MASTHEAD_LINES + 1;
  const from = linesBack(text, change.prefix, reach);
  if (from < 0) return true;
  const to = linesForward(text, text.length - change.suffix, reach);
  // Lines up to a masthead's reach past the window, for the masthead tests that start inside it.
  const lines = linesOf(text, from, linesForward(text, to, reach));
  let afterBlank = isBlankBefore(text, from);
  for (let k = 0; k < lines.length && lines[k].start < to; k++) {
    const line = lines[k];
    if (line.feed) return true;
    if (!line.text) {
      afterBlank = true;
      continue;
    }
    if (PAGE_NUMBER.test(line.text)) return true;
    if ((afterBlank || indentOf(text, line) >= PARAGRAPH_INDENT) && mastheadSignals(line.text) > 0 && mastheadAt(text, lines, k)) return true;
    afterBlank = false;
  }
  return false;
}

/** Width of the white space before the line's text (paragraphs.ts's indentWidth). */
function indentOf(raw: string, line: RawLine): number {
  return indentWidth(raw, line.start, firstVisible(raw, line));
}

/** Whether the line before the one starting at `at` is blank. */
function isBlankBefore(s: string, at: number): boolean {
  if (at < 1) return false;
  const prev = at >= 2 ? s.lastIndexOf('\n', at - 2) + 1 : 0;
  return !/\S/.test(s.slice(prev, at - 1));
}

/** Start of the line `count` non-blank lines before the one holding `at`; -1 when the text starts first. */
function linesBack(s: string, at: number, count: number): number {
  let start = s.lastIndexOf('\n', at - 1) + 1;
  let seen = 0;
  while (seen < count) {
    if (start === 0) return -1;
    // The line before ends at start - 1; its own start is after the break before that (lastIndexOf
    // with a negative position would look at position 0 again).
    const prev = start >= 2 ? s.lastIndexOf('\n', start - 2) + 1 : 0;
    if (/\S/.test(s.slice(prev, start - 1))) seen++;
    start = prev;
  }
  return start;
}

/** End of the line `count` non-blank lines after the one holding `at` (or the text's end). */
function linesForward(s: string, at: number, count: number): number {
  let end = s.indexOf('\n', at);
  let seen = 0;
  while (end >= 0 && seen < count) {
    const next = s.indexOf('\n', end + 1);
    const stop = next < 0 ? s.length : next;
    if (/\S/.test(s.slice(end + 1, stop))) seen++;
    end = next;
  }
  return end < 0 ? s.length : end;
}
