// The parts of a bulletin that are no article: the column headings that group its reports
// (【重要会议】, 〔基层动态〕) and the distribution list that closes an issue (报：… 送：… 发：…).
import type { Article, Headline, Span } from '../types';
import type { Line, Paragraph } from './paragraphs';

/** A column's name in brackets, alone on its line: 【工作动态】, ［基层动态］, 〔领导活动〕. */
const SECTION_HEADING = /^(?:【[^【】]{2,12}】|［[^［］]{2,12}］|〔[^〔〕]{2,12}〕|\[[^[\]]{2,12}\])$/;
/** What stands in the same brackets inside a report, over a part of it: a note, a sidebar, a comment. */
const REPORT_PART = /编者|编后|按语|链接|延伸阅读|小贴士|手记|点评|短评|评论|背景|附件/;

/** Whether a line (whitespace removed) is a column heading. */
export function isSectionHeading(text: string): boolean {
  return SECTION_HEADING.test(text) && !/[，。；！？：、]/.test(text) && !REPORT_PART.test(text);
}

/** A paragraph of `lines` (a run of one paragraph's lines). */
function paragraphOf(lines: Line[]): Paragraph {
  return { lines, start: lines[0].start, end: lines[lines.length - 1].end, text: lines.map((l) => l.text).join('') };
}

/**
 * The paragraphs with each column heading a paragraph of its own, where no blank line parts it from
 * the text (pages wrapped with no blank lines at all).
 */
export function splitSectionHeadings(paras: Paragraph[]): Paragraph[] {
  const cuts = (p: Paragraph) => p.lines.length > 1 && p.lines.some((l) => isSectionHeading(l.text));
  if (!paras.some(cuts)) return paras;
  const out: Paragraph[] = [];
  for (const p of paras) {
    if (!cuts(p)) {
      out.push(p);
      continue;
    }
    let from = 0;
    const cutAt = (k: number) => {
      if (k > from) out.push(paragraphOf(p.lines.slice(from, k)));
      from = k;
    };
    p.lines.forEach((l, k) => {
      if (!isSectionHeading(l.text)) return;
      cutAt(k);
      cutAt(k + 1);
    });
    cutAt(p.lines.length);
  }
  return out;
}

/**
 * Who an issue goes to, by what means, in how many copies (报：市委办公室。送：… 发：… 共印150份):
 * the lines under an issue's last report.
 */
const DISTRIBUTION = /^(?:(?:抄送|抄报|报送|分送|主送|报|送|发|印发|签发)[：:]|[（(]?共印[0-9０-９]+份)/;

/** Index of the first paragraph of the distribution list that closes the page, or paras.length. */
export function distributionStart(paras: Paragraph[]): number {
  let at = paras.length;
  let listed = false;
  // Rules drawn around the list (────) go with it.
  for (; at > 0; at--) {
    const text = paras[at - 1].text;
    if (DISTRIBUTION.test(text)) listed = true;
    else if (!isRule(text)) break;
  }
  return listed ? at : paras.length;
}

/**
 * The paragraphs with the distribution list that closes the page set apart from the text above it,
 * where no blank line parts them (…举行。 then 报：市委办公室。 on the next line).
 */
export function splitDistribution(paras: Paragraph[]): Paragraph[] {
  const at = distributionStart(paras);
  const p = at > 0 ? paras[at - 1] : undefined;
  if (!p) return paras;
  for (let k = 1; k < p.lines.length; k++) {
    if (!DISTRIBUTION.test(p.lines[k].text) || !/[。！？”）)]$/.test(p.lines[k - 1].text)) continue;
    return [...paras.slice(0, at - 1), paragraphOf(p.lines.slice(0, k)), paragraphOf(p.lines.slice(k)), ...paras.slice(at)];
  }
  return paras;
}

/** A line of nothing but rule characters or other marks: no letter, no digit. */
function isRule(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}

/** A column of the page: its heading and the run of articles [first, end) under it. */
export interface Column extends Span {
  heading: Headline;
  articles: [number, number];
}

/** The columns of a layout, from each heading to the last article under it. */
export function columnsOf(articles: readonly Article[]): Column[] {
  const columns: Column[] = [];
  for (let i = 0; i < articles.length; ) {
    const heading = articles[i].section;
    let end = i + 1;
    while (end < articles.length && heading && articles[end].section?.start === heading.start) end++;
    if (heading) columns.push({ start: heading.start, end: articles[end - 1].end, heading, articles: [i, end] });
    i = end;
  }
  return columns;
}
