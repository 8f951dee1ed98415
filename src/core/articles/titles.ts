// Headline-like paragraphs and how a headline splits into pre-title, main title and subtitle.
// A headline paragraph is short, holds no full stop and does not end a clause; on an OCR page whose
// lines vary in length it is also set in larger type, so its wrapped lines stop short of the column.

import type { Line, PageShape, Paragraph } from './paragraphs';

/** Longest headline paragraph, in characters. */
const MAX_TITLE = 50;

const CLAUSE_END = new Set(['。', '，', '、', '；', '：', ',', ';', ':', '…']);
const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '…', '”', '’', '」', '』', '）', ')', '》', '"']);

/** A paragraph wholly in brackets ("（附图片１张）", "（新华社记者某某摄）", "（张三）"): a note. */
export function isNote(p: Paragraph): boolean {
  const t = p.text;
  if (t.length < 2) return false;
  const open = t[0];
  const close = t[t.length - 1];
  if (!((open === '（' && close === '）') || (open === '(' && close === ')') || (open === '【' && close === '】'))) return false;
  // The first bracket must close at the end.
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === '（' || c === '(' || c === '【') depth++;
    else if (c === '）' || c === ')' || c === '】') {
      depth--;
      if (depth === 0 && i < t.length - 1) return false;
    }
  }
  return true;
}

/** True when the paragraph ends mid-sentence (a line break or OCR blank line cut it). */
export function endsOpen(p: Paragraph): boolean {
  const last = p.text[p.text.length - 1];
  return !SENTENCE_END.has(last);
}

/** Looks like a headline, pre-title, subtitle or author line. */
export function isTitleLike(p: Paragraph, shape: PageShape): boolean {
  const t = p.text;
  if (t.length === 0 || t.length > MAX_TITLE) return false;
  if (CLAUSE_END.has(t[t.length - 1])) return false;
  if (t.indexOf('。') >= 0) return false;
  const bang = Math.max(t.indexOf('！'), t.indexOf('？'));
  if (bang >= 0 && (bang < t.length - 2 || t.indexOf('，') >= 0)) return false;
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

/**
 * Splits headline paragraphs into units: one unit per paragraph, except that a line starts a new
 * unit (a subtitle under its title) unless the wrap visibly cut a word: the line is a short tail,
 * the pair of characters across the break occurs in the article's text, or the page wraps at a
 * fixed width and the line above is full.
 */
export function titleUnits(paragraphs: Paragraph[], shape: PageShape, bodyBigrams: Set<number> | undefined): TitleUnit[] {
  const units: TitleUnit[] = [];
  for (const p of paragraphs) {
    let cur: Line[] = [p.lines[0]];
    for (let k = 1; k < p.lines.length; k++) {
      const prev = p.lines[k - 1].text;
      const line = p.lines[k].text;
      const bridge = prev.charCodeAt(prev.length - 1) * 65536 + line.charCodeAt(0);
      const cut =
        line.length <= 4 ||
        (shape.fixedWidth && prev.length >= shape.width) ||
        (bodyBigrams !== undefined && bodyBigrams.has(bridge)) ||
        /[、，“《（—-]$/.test(prev);
      const dash = /^[—－-]{1,3}/.test(line);
      if (cut && !dash) cur.push(p.lines[k]);
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
