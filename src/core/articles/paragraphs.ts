// Lines and paragraphs of raw page text. A paragraph is a run of non-blank lines between blank
// lines; a page with no blank lines and long lines holds one paragraph per line. A wrapped page with
// no blank lines at all tells its paragraphs otherwise: a line indented past the page's margin
// starts one (Chinese typesetting indents each paragraph by two characters), so does a line that
// opens with a lead after a line that ended a sentence (本报讯, 又讯, 新华社…电) or stopped short
// (央视网消息, which may also open a sentence: 据新华社消息，…), and a line that ends a sentence
// well short of the column ends one (the wrap fills every other line); a byline (记者 孙庆辉)
// stands alone, and so does each line of a closing block of headlines. A page whose blank lines
// part only its reports still has a headline set right on its lead: an indented line after one at
// the margin starts a paragraph there, and a byline line between headline and lead stands alone.
// Each line keeps its raw range (surrounding spaces and a CR trimmed) and its text with every
// space removed.
import { readByline, spacedLine } from './bylines';
import { findLead } from './leads';

export interface Line {
  /** Raw offset of the first non-space character. */
  start: number;
  /** Raw offset just after the last non-space character. */
  end: number;
  /** The line with all whitespace removed. */
  text: string;
  /** Width of the white space before the text on its line (indentWidth). */
  indent: number;
}

export interface Paragraph {
  lines: Line[];
  start: number;
  end: number;
  /** The lines joined, whitespace removed. */
  text: string;
}

export interface PageShape {
  /** The paragraphs (the layout finder may split one where a headline sits on its lead). */
  paragraphs: Paragraph[];
  /** Usual length of a line cut by the wrap (0 when lines are never wrapped). */
  width: number;
  /** True when the wrap cuts at a fixed number of characters (titles then fill lines too). */
  fixedWidth: boolean;
}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000 || c === 0xa0 || c === 0x0b || c === 0x0c || c === 0xfeff;
}

/** Splits `raw` into trimmed lines; blank lines come back as null. */
export function splitLines(raw: string): Array<Line | null> {
  const out: Array<Line | null> = [];
  const n = raw.length;
  let i = 0;
  while (i <= n) {
    let j = raw.indexOf('\n', i);
    if (j < 0) j = n;
    let s = i;
    let e = j;
    while (s < e && isSpaceCode(raw.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(raw.charCodeAt(e - 1))) e--;
    if (s === e) out.push(null);
    else {
      let text = '';
      let from = s;
      for (let k = s; k < e; k++) {
        if (isSpaceCode(raw.charCodeAt(k))) {
          if (k > from) text += raw.slice(from, k);
          from = k + 1;
        }
      }
      text += raw.slice(from, e);
      out.push({ start: s, end: e, text, indent: indentWidth(raw, i, s) });
    }
    if (j === n) break;
    i = j + 1;
  }
  return out;
}

/** Characters of a line as shown: full-width and CJK count one each. */
function lengthOf(line: Line): number {
  return line.text.length;
}

/**
 * Counts over the lines of a text that decide its shape. They add up: the counts of a page are the
 * counts of its parts, so a window that changed can be taken out and put back (see relayout.ts).
 */
export interface ShapeCounts {
  /** Non-blank line lengths, capped at LENGTH_CAP. */
  lengths: Int32Array;
  /** Non-blank lines that a blank line separates from the text before them. */
  blanksBetween: number;
  /** Lengths of lines that the wrap cut (every line of a paragraph but its last), capped. */
  innerLengths: Int32Array;
  /** Indent widths of non-blank lines, capped at INDENT_CAP. */
  indents: Int32Array;
}

/** The parameters of a page's shape that reading its paragraphs depends on. */
export interface ShapeParams {
  linePerParagraph: boolean;
  width: number;
  fixedWidth: boolean;
  /**
   * On a wrapped page without blank lines, a line that ends a sentence and is shorter than this ends
   * its paragraph, and a line that opens with a lead starts one; 0 on other pages.
   */
  shortLine: number;
  /** The page's usual indent (its margin): a paragraph's first line stands PARAGRAPH_INDENT past it. */
  margin: number;
}

/** A line the wrap cut is about as long as the column; one a quarter shorter stopped early. */
const SHORT_LINE_SHARE = 0.75;
/** What ends a sentence, and what may close after it (。” ！） …). */
const SENTENCE_END = /[。！？；…][”’」』）)]?$/;
/** Indentation that starts a paragraph: two spaces (two full-width ones in Chinese typesetting). */
export const PARAGRAPH_INDENT = 2;
const INDENT_CAP = 64;

/**
 * Width of the white space in raw[from, to): one per space, full-width or not, and a tab as a
 * paragraph's whole indent (editors show it as several).
 */
export function indentWidth(raw: string, from: number, to: number): number {
  let width = 0;
  for (let i = from; i < to; i++) width += raw.charCodeAt(i) === 0x09 ? PARAGRAPH_INDENT : 1;
  return width;
}

const LENGTH_CAP = 1024;

function emptyCounts(): ShapeCounts {
  return { lengths: new Int32Array(LENGTH_CAP + 1), blanksBetween: 0, innerLengths: new Int32Array(LENGTH_CAP + 1), indents: new Int32Array(INDENT_CAP + 1) };
}

/**
 * Lines gathered into paragraphs: at blank lines, or one paragraph per line; on a wrapped page
 * without blank lines (`params.shortLine` > 0), at indented lines, leads, bylines and short lines.
 */
function paragraphsOf(raw: string, lines: Array<Line | null>, params: Pick<ShapeParams, 'linePerParagraph' | 'shortLine' | 'margin'>): Paragraph[] {
  const { linePerParagraph, shortLine, margin } = params;
  const paragraphs: Paragraph[] = [];
  let cur: Line[] = [];
  const flush = () => {
    if (!cur.length) return;
    paragraphs.push({ lines: cur, start: cur[0].start, end: cur[cur.length - 1].end, text: cur.map((l) => l.text).join('') });
    cur = [];
  };
  const short = (l: Line) => l.text.length < shortLine;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l) {
      flush();
      continue;
    }
    if (shortLine > 0) {
      const prev = cur[cur.length - 1];
      const byline = short(l) && isBylineLine(raw, l);
      const lead = prev !== undefined && opensReport(l, lines[i + 1], short(prev), SENTENCE_END.test(prev.text));
      if (l.indent >= margin + PARAGRAPH_INDENT || byline || lead) flush();
      cur.push(l);
      if (byline || (short(l) && SENTENCE_END.test(l.text))) flush();
    } else if (linePerParagraph) {
      cur.push(l);
      flush();
    } else {
      // Blank lines part paragraphs here, but not always a headline from its report: an indented
      // line after one at the margin still starts a paragraph, and a byline between headline and
      // lead stands alone.
      // (Not a line the wrap cut out of a sentence: 、新华社记者刘也刚、赵毅报道 / ：中国……)
      const next = lines[i + 1];
      const byline = cur.length > 0 && next && !CONTINUES.test(l.text) && !CONTINUES.test(next.text) && isBylineLine(raw, l) && !isBylineLine(raw, cur[cur.length - 1]);
      if (indentedStart(l, cur[cur.length - 1], next, margin) || byline) flush();
      cur.push(l);
      if (byline) flush();
    }
  }
  flush();
  if (shortLine > 0) splitClosingHeadlines(paragraphs, shortLine / SHORT_LINE_SHARE);
  return paragraphs;
}

/**
 * On a page with blank lines, whether an indented line starts a paragraph: it follows a line at the
 * margin, and either the next line returns to the margin (a paragraph's first line, its wrap after
 * it) or the line before ended a sentence. A centred headline's lines, all set in, part nothing.
 */
function indentedStart(l: Line, prev: Line | undefined, next: Line | null | undefined, margin: number): boolean {
  const inset = (x: Line) => x.indent >= margin + PARAGRAPH_INDENT;
  if (!prev || !inset(l) || inset(prev)) return false;
  return (!!next && !inset(next)) || SENTENCE_END.test(prev.text);
}

/** A line that opens with these continues the line before it. */
const CONTINUES = /^[、，,：:；;。）)”』」]/;

/** Role words a byline holds: most lines have none, and are not read as one. */
const BYLINE_WORD = /记者|通讯员|实习生|摄|编辑|撰稿/;

/** Whether a line is a byline (记者 孙庆辉, ■本报记者 王芳 通讯员 张伟). */
function isBylineLine(raw: string, l: Line): boolean {
  return l.text.length <= 40 && BYLINE_WORD.test(l.text) && readByline(spacedLine(raw, l.start, l.end)) !== undefined;
}

/**
 * The page's last paragraph, when it is lines shorter than the column that end no sentence, is the
 * block of headlines gathered at the page's end: one paragraph per line, as blank lines would have
 * set them apart (the block's reader joins the lines of one headline again).
 */
function splitClosingHeadlines(paragraphs: Paragraph[], column: number): void {
  const last = paragraphs[paragraphs.length - 1];
  if (!last || last.lines.length < 2 || !last.lines.every((l) => l.text.length < column && !SENTENCE_END.test(l.text))) return;
  paragraphs.pop();
  for (const l of last.lines) paragraphs.push({ lines: [l], start: l.start, end: l.end, text: l.text });
}

/**
 * Whether the line opens with a lead, read with the next line (a lead may run across the wrap): a
 * report's lead (本报讯, 又讯, …电) after a line that ended a sentence or stopped short, and a lead
 * such as 央视网消息, which also opens sentences (据新华社消息，…), only after a line that stopped short.
 */
function opensReport(line: Line, next: Line | null | undefined, afterShortLine: boolean, afterSentence: boolean): boolean {
  if (!afterShortLine && !afterSentence) return false;
  const text = next ? line.text + next.text : line.text;
  const lead = findLead(text);
  if (lead === undefined) return false;
  return afterShortLine || /[讯电]/.test(text.slice(0, lead.length));
}

/** The most common indent of a page's lines (ShapeParams.margin). */
function marginOf(counts: ShapeCounts): number {
  let margin = 0;
  for (let w = 1; w <= INDENT_CAP; w++) if (counts.indents[w] > counts.indents[margin]) margin = w;
  return margin;
}

/** The short-line length of a page's shape (ShapeParams.shortLine) from its counts. */
function shortLineOf(counts: ShapeCounts, linePerParagraph: boolean): number {
  if (linePerParagraph || counts.blanksBetween > 0) return 0;
  return Math.floor(SHORT_LINE_SHARE * quantile(counts.lengths, 0.5));
}

function lineCounts(lines: Array<Line | null>, counts: ShapeCounts): void {
  let seen = false;
  let pendingBlank = false;
  for (const l of lines) {
    if (!l) {
      if (seen) pendingBlank = true;
      continue;
    }
    if (pendingBlank) counts.blanksBetween++;
    pendingBlank = false;
    seen = true;
    counts.lengths[Math.min(lengthOf(l), LENGTH_CAP)]++;
    counts.indents[Math.min(l.indent, INDENT_CAP)]++;
  }
}

function innerCounts(paragraphs: Paragraph[], counts: ShapeCounts): void {
  for (const p of paragraphs) for (let k = 0; k + 1 < p.lines.length; k++) counts.innerLengths[Math.min(lengthOf(p.lines[k]), LENGTH_CAP)]++;
}

/** One paragraph per line: no blank lines, and lines too long to be a wrapped column. */
function readsLinePerParagraph(counts: ShapeCounts): boolean {
  return counts.blanksBetween === 0 && (quantile(counts.lengths, 0.5) > 30 || quantile(counts.lengths, 0.9) > 40);
}

/** Width: the most common length of lines that the wrap cut; fixed when most cut lines have it. */
export function paramsOf(counts: ShapeCounts, linePerParagraph: boolean): ShapeParams {
  let width = 0;
  let best = 0;
  let inner = 0;
  for (let len = 0; len <= LENGTH_CAP; len++) {
    const c = counts.innerLengths[len];
    inner += c;
    if (c > best || (c === best && c > 0 && len > width)) (best = c), (width = len);
  }
  return { linePerParagraph, width, fixedWidth: inner === 0 || best >= 0.7 * inner, shortLine: shortLineOf(counts, linePerParagraph), margin: marginOf(counts) };
}

/** The shape of a page, and the counts it was read from. */
export function pageShape(raw: string): PageShape & { counts: ShapeCounts; params: ShapeParams } {
  const lines = splitLines(raw);
  const counts = emptyCounts();
  lineCounts(lines, counts);
  const linePerParagraph = readsLinePerParagraph(counts);
  const paragraphs = paragraphsOf(raw, lines, { linePerParagraph, shortLine: shortLineOf(counts, linePerParagraph), margin: marginOf(counts) });
  innerCounts(paragraphs, counts);
  const params = paramsOf(counts, linePerParagraph);
  return { paragraphs, width: params.width, fixedWidth: params.fixedWidth, counts, params };
}

/**
 * The shape of a window of a page, read with the page's parameters, and the window's own counts.
 * The window starts and ends on non-blank lines.
 */
export function windowShape(raw: string, params: ShapeParams): PageShape & { counts: ShapeCounts } {
  const lines = splitLines(raw);
  const counts = emptyCounts();
  lineCounts(lines, counts);
  const paragraphs = paragraphsOf(raw, lines, params);
  innerCounts(paragraphs, counts);
  return { paragraphs, width: params.width, fixedWidth: params.fixedWidth, counts };
}

/** Page counts with one window's counts replaced by another's. */
export function replaceCounts(page: ShapeCounts, removed: ShapeCounts, added: ShapeCounts): ShapeCounts {
  const out = emptyCounts();
  for (let i = 0; i <= LENGTH_CAP; i++) {
    out.lengths[i] = page.lengths[i] - removed.lengths[i] + added.lengths[i];
    out.innerLengths[i] = page.innerLengths[i] - removed.innerLengths[i] + added.innerLengths[i];
  }
  for (let i = 0; i <= INDENT_CAP; i++) out.indents[i] = page.indents[i] - removed.indents[i] + added.indents[i];
  out.blanksBetween = page.blanksBetween - removed.blanksBetween + added.blanksBetween;
  return out;
}

/** Whether counts would be read as one paragraph per line. */
export function linePerParagraphOf(counts: ShapeCounts): boolean {
  return readsLinePerParagraph(counts);
}

/** The q-quantile of a histogram of lengths. */
function quantile(histogram: Int32Array, q: number): number {
  let total = 0;
  for (let v = 0; v < histogram.length; v++) total += histogram[v];
  if (!total) return 0;
  const rank = Math.floor(total * q);
  let seen = 0;
  for (let v = 0; v < histogram.length; v++) {
    seen += histogram[v];
    if (seen > rank) return v;
  }
  return histogram.length - 1;
}

/** Raw offset of compact index `k` of a paragraph (its end when k is past the text). */
export function rawOffsetAt(raw: string, p: Paragraph, k: number): number {
  let left = k;
  for (const line of p.lines) {
    if (left < line.text.length) {
      for (let i = line.start; i < line.end; i++) {
        if (isSpaceCode(raw.charCodeAt(i))) continue;
        if (left === 0) return i;
        left--;
      }
    }
    left -= line.text.length;
  }
  return p.end;
}

/** Raw end offset (exclusive) of the compact range ending at index `k` (k > 0). */
export function rawEndAt(raw: string, p: Paragraph, k: number): number {
  if (k <= 0) return p.start;
  return rawOffsetAt(raw, p, k - 1) + 1;
}
