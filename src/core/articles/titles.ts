// Headline-like paragraphs and how a headline splits into pre-title, main title and subtitle.
// A headline paragraph is short, holds no full stop and does not end a clause; on an OCR page whose
// lines vary in length it is also set in larger type, so its wrapped lines stop short of the column.

import type { Line, PageShape, Paragraph } from './paragraphs';
import { PROVINCES, SPEAKER_ENDINGS } from '../language/wordLists';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../language/surnames';

/** A picture's mark at the end of its title: "（图片）", "（附图片１张）". */
const PICTURE_TITLE = /[（(]附?图片[^）)]{0,6}[）)]$/;

/** Longest headline paragraph, in characters. */
const MAX_TITLE = 50;
/** Longest headline on one line that stands out of the column. */
const MAX_LONE_LINE_TITLE = 120;

const CLAUSE_END = new Set(['。', '，', '、', '；', '：', ',', ';', ':', '…']);
const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '…', '”', '’', '」', '』', '）', ')', '》', '"']);

/** A paragraph wholly in brackets ("（附图片１张）", "（新华社记者某某摄）", "（张三）"): a note. */
export function isNote(p: Paragraph): boolean {
  const t = p.text;
  if (t.length < 2) return false;
  const open = t[0];
  const close = t[t.length - 1];
  if (!((open === '（' && close === '）') || (open === '(' && close === ')') || (open === '【' && close === '】'))) return false;
  // Every character stands inside a bracket: one group, or groups side by side ("（某某摄）（传真照片）").
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === '（' || c === '(' || c === '【') depth++;
    else if (c === '）' || c === ')' || c === '】') depth--;
    else if (depth === 0) return false;
  }
  return true;
}

const D = '[0-9０-９〇○零一二三四五六七八九十]';
/** A date alone: the date a notice is signed on (落款), under its text, not a headline. */
const DATE_ALONE = new RegExp(`^(?:${D}{2,4}年)?${D}{1,2}月${D}{1,3}日$|^[0-9０-９]{4}[.．/／\\-－][0-9０-９]{1,2}[.．/／\\-－][0-9０-９]{1,2}$`);

/** Whether a paragraph's text is a date alone (2023年7月25日, 3月6日, 2024.3.6). */
export function isDateAlone(text: string): boolean {
  return DATE_ALONE.test(text);
}

/** True when the paragraph ends mid-sentence (a line break or OCR blank line cut it). */
export function endsOpen(p: Paragraph): boolean {
  const last = p.text[p.text.length - 1];
  return !SENTENCE_END.has(last);
}

/** Looks like a headline, pre-title, subtitle or author line. */
export function isTitleLike(p: Paragraph, shape: PageShape): boolean {
  const t = p.text;
  if (t.length === 0) return false;
  // A picture mark ("（附图片１张）") does not count toward the length.
  // A one-line headline set apart from the column may run long (a meeting's headline with its theme).
  const limit = standsOutOfColumn(p, shape) ? MAX_LONE_LINE_TITLE : MAX_TITLE;
  if (t.length > limit && t.replace(/[（(]附?图片[^）)]{0,6}[）)]$/, '').length > limit) return false;
  if (CLAUSE_END.has(t[t.length - 1])) return false;
  if (t.indexOf('。') >= 0) return false;
  if (isDateAlone(t)) return false;
  // A picture's title may exclaim and pause ("画漫画，咱也会！（图片）"): the mark says what it is.
  const pictured = PICTURE_TITLE.exec(t);
  const core = pictured ? t.slice(0, pictured.index) : t;
  const bang = Math.max(core.indexOf('！'), core.indexOf('？'));
  if (!pictured && bang >= 0 && (bang < t.length - 2 || t.indexOf('，') >= 0)) return false;
  if (!shape.fixedWidth && p.lines.length > 1 && shape.width > 0) {
    // Larger type: some wrapped line stops well short of the body column.
    let shortest = Infinity;
    for (let k = 0; k + 1 < p.lines.length; k++) shortest = Math.min(shortest, p.lines[k].text.length);
    if (shortest >= 0.85 * shape.width) return false;
  }
  return true;
}

/** A headline or one of its parts, as lines of one paragraph. */
export interface TitleUnit {
  lines: Line[];
  text: string;
}

/** Set of character bigrams of a text, as numbers, for overlap tests. */
export function bigramSet(text: string, into: Set<number> = new Set()): Set<number> {
  for (let i = 0; i + 1 < text.length; i++) into.add(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1));
  return into;
}

/** Share of the pairs `own` that `set` holds too (0 when `own` is empty). */
export function pairShare(own: Set<number>, set: Set<number>): number {
  if (!own.size) return 0;
  let hit = 0;
  for (const x of own) if (set.has(x)) hit++;
  return hit / own.size;
}

/** How far apart two pieces of a wrapped title may stand in the article and still read as one phrase. */
const NEAR = 12;

/** True when `a` occurs in `text` with `b` after it in the same clause, at most NEAR characters on. */
function near(text: string, a: string, b: string): boolean {
  let at = text.indexOf(a);
  for (let tries = 0; at >= 0 && tries < 32; tries++) {
    const from = at + a.length;
    const k = text.indexOf(b, from);
    if (k < 0) return false;
    if (k - from <= NEAR && !CLAUSE_BREAK.test(text.slice(from, k))) return true;
    at = text.indexOf(a, at + 1);
  }
  return false;
}

const CLAUSE_BREAK = /[，。、；：！？,;:!?\n]/;
/** A first title line this short does not stand alone: the title goes on below it. */
const STUB = 6;

/**
 * Does a line of a headline paragraph continue the title above it (the wrap cut the title), or
 * start a new part (a subtitle)? The wrap cut it when the line is a short tail, when the page
 * wraps at a fixed width and the line above is full, or when the article says the words on both
 * sides of the break together (in one clause). A line longer than the one above starts a new part
 * unless the article holds the very phrase across the break, or the line above is a stub.
 */
export function continuesTitle(prevLine: Line, line: string, shape: PageShape, body: string, prevIsFirst = false): boolean {
  const prev = prevLine.text;
  if (line.length <= 4 || /[、，“《（—-]$/.test(prev)) return true;
  if (/^[—－-]{1,3}/.test(line)) return false;
  if (prevIsFirst && prev.length <= STUB) return true;
  // A full line is cut by the wrap; the space between a headline's two parts takes a place in it.
  if (shape.fixedWidth && shape.width > 0 && Math.max(prev.length, prevLine.end - prevLine.start) >= shape.width) return true;
  const tail2 = prev.slice(-2);
  if (line.length > prev.length + 1) return body.indexOf(tail2 + line[0]) >= 0;
  return body.indexOf(prev.slice(-1) + line[0]) >= 0 || near(body, tail2, line.slice(0, 2));
}

/** Splits headline paragraphs into units: one per paragraph, and a new one where a line starts a new part. */
export function titleUnits(paragraphs: Paragraph[], shape: PageShape, body: string): TitleUnit[] {
  const units: TitleUnit[] = [];
  for (const p of paragraphs) {
    let cur: Line[] = [p.lines[0]];
    for (let k = 1; k < p.lines.length; k++) {
      if (continuesTitle(p.lines[k - 1], p.lines[k].text, shape, body, cur.length === 1)) cur.push(p.lines[k]);
      else {
        units.push(unitOf(cur));
        cur = [p.lines[k]];
      }
    }
    units.push(unitOf(cur));
  }
  return units;
}

function unitOf(lines: Line[]): TitleUnit {
  return { lines, text: lines.map((l) => l.text).join('') };
}

/** A pre-title leads into the title: it ends with a verb of saying or a colon. */
export function readsAsPretitle(text: string): boolean {
  return /(?:指出|强调|表示|要求|提出|认为|说|称|：|:)$/.test(text);
}

/** Lines that stand under a headline but are not part of it: "本报评论员", a bare name, an author. */
export function isAuthorLine(text: string): boolean {
  return /^(?:本报|特约)?评论员$/.test(text) || /^[\u4e00-\u9fff·]{2,3}$/.test(text) || /(?:记者|通讯员)[\u4e00-\u9fff·、]{2,12}$/.test(text);
}

/**
 * A line longer than the column the page is wrapped to is not body text: it is set apart, as a
 * headline is. On a page wrapped at a fixed width one character over says so; where the wrap
 * varies (OCR), half a column over.
 */
export function standsOutOfColumn(p: Paragraph, shape: PageShape): boolean {
  if (shape.width <= 0 || p.lines.length !== 1) return false;
  const length = p.lines[0].end - p.lines[0].start;
  return shape.fixedWidth ? length > shape.width + 1 : length > 1.5 * shape.width;
}

/**
 * The headline of a news item that names who speaks or whom it portrays, then what is said of it
 * ("国际人士：美国借对俄制裁牟利", "钱素云：危重患儿的生命之光"). Not a question, not an enumerated
 * point ("原因之一：…"), not an interview's turn ("记者：…").
 */
export function readsAsItemHeadline(text: string): boolean {
  const m = /^([^：:，。、；？！]{2,6})[：:]([^：:]{5,})$/.exec(text);
  if (!m || /[？?！!]$/.test(m[2])) return false;
  const who = m[1];
  if (SPEAKER_ENDINGS.some((w) => who.endsWith(w))) return true;
  if (PROVINCES.some((p) => who.startsWith(p))) return true;
  // A person: a surname and one to three more characters, or a name with a dot.
  return (who.length <= 4 || who.includes('·')) && SURNAME_FIRST.has(who[0]) && /^[\u4e00-\u9fff·]+$/.test(who);
}

const SURNAME_FIRST = new Set<string>([...SINGLE_SURNAMES, ...COMPOUND_SURNAMES.map((s) => s[0])]);
