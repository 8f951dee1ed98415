// An article from its paragraphs: range, headline parts (in place, or matched from a gathered
// block), dateline, byline and body.
import type { Article, Headline } from '../types';
import { readByline, spacedLine } from './bylines';
import { assignGathered, matchTarget, MATCH_PREFIX, type MatchTarget } from './gathered';
import type { Lead } from './leads';
import { rawEndAt, rawOffsetAt, type PageShape, type Paragraph } from './paragraphs';
import { isAuthorLine, isNote, readsAsPretitle, titleUnits, type TitleUnit } from './titles';

/** An article as paragraph indexes, before it is built. */
export interface Draft {
  /** First paragraph of the article. */
  first: number;
  /** Headline paragraphs [first, titleEnd); titleEnd === first when there is none in place. */
  titleEnd: number;
  /** Paragraph holding the lead, if any. */
  leadPara?: number;
  lead?: Lead;
  /** One past the last paragraph. */
  last: number;
  /** The column heading above, if any. */
  section?: Headline;
  /** A headline that is the first sentence of the first paragraph (a numbered item's), in its text's offsets. */
  runInHeadline?: { from: number; to: number };
}

function headlineOf(_raw: string, unit: TitleUnit): Headline {
  const first = unit.lines[0];
  const last = unit.lines[unit.lines.length - 1];
  return { start: first.start, end: last.end, text: unit.text };
}

/** Text of an article's paragraphs after its headline, bounded, for matching. */
export function articleText(paragraphs: Paragraph[], d: Draft): string {
  let text = '';
  for (let k = d.titleEnd; k < d.last && text.length < MATCH_PREFIX; k++) text += paragraphs[k].text;
  return text;
}

export function buildArticle(raw: string, shape: PageShape, d: Draft): Article {
  const paras = shape.paragraphs;
  const start = paras[d.first].start;
  const lastPara = paras[d.last - 1];
  const end = lastPara.end;
  const article: Article = { start, end, body: { start, end } };

  // Headline in place: the headline paragraphs, minus notes and author lines.
  const titleParas: Paragraph[] = [];
  for (let k = d.first; k < d.titleEnd; k++) {
    const p = paras[k];
    if (isNote(p) || (titleParas.length > 0 && isAuthorLine(p.text))) continue;
    titleParas.push(p);
  }
  if (titleParas.length) {
    const multiLine = titleParas.some((p) => p.lines.length > 1);
    const units = titleUnits(titleParas, shape, multiLine ? articleText(shape.paragraphs, d) : '');
    let main = 0;
    if (units.length > 1 && readsAsPretitle(units[0].text)) main = 1;
    article.headline = headlineOf(raw, units[main]);
    if (main > 0) article.pretitle = headlineOf(raw, units[0]);
    if (units[main + 1]) article.subtitle = headlineOf(raw, units[main + 1]);
    article.headlinePlacement = 'in-place';
  }
  let bodyStart = d.titleEnd < d.last ? paras[d.titleEnd].start : end;
  if (d.runInHeadline && !article.headline) {
    const p = paras[d.first];
    const { from, to } = d.runInHeadline;
    article.headline = { start: rawOffsetAt(raw, p, from), end: rawEndAt(raw, p, to), text: p.text.slice(from, to) };
    article.headlinePlacement = 'in-place';
    // The report starts after the sentence and its full stop.
    bodyStart = rawOffsetAt(raw, p, to + 1);
  }

  if (d.leadPara !== undefined && d.lead) {
    const p = paras[d.leadPara];
    const s = p.start;
    const e = rawEndAt(raw, p, d.lead.length);
    article.dateline = {
      start: s,
      end: e,
      text: raw.slice(s, e).replace(/\r?\n/g, ''),
      ...(d.lead.agency ? { agency: d.lead.agency } : {}),
      ...(d.lead.place ? { place: d.lead.place } : {}),
      ...(d.lead.date ? { date: d.lead.date } : {}),
    };
    if (d.leadPara === d.titleEnd) {
      // The body starts after the lead and the comma or space that follows it.
      let k = d.lead.length;
      while (k < p.text.length && /[，,：:]/.test(p.text[k])) k++;
      bodyStart = k < p.text.length ? rawOffsetAt(raw, p, k) : p.end;
    }
    if (d.lead.reporters.length) article.byline = { start: s, end: e, text: article.dateline.text, names: d.lead.reporters };
  }

  // Byline: the last line of the article.
  let bodyEnd = end;
  const lastLine = lastPara.lines[lastPara.lines.length - 1];
  const spaced = spacedLine(raw, lastLine.start, lastLine.end);
  const by = readByline(spaced);
  if (by && d.last - 1 >= d.titleEnd) {
    article.byline = { start: lastLine.start, end: lastLine.end, text: spaced, names: by.names };
    bodyEnd = previousLineEnd(lastPara, lastLine.start, paras, d);
  } else if (!article.byline) {
    // An author line under the headline ("本报记者 张三").
    for (let k = d.first + 1; k < d.titleEnd; k++) {
      const p = paras[k];
      if (p.lines.length !== 1) continue;
      const text = spacedLine(raw, p.start, p.end);
      const author = readByline(text);
      if (author) {
        article.byline = { start: p.start, end: p.end, text, names: author.names };
        break;
      }
    }
  }
  article.body = { start: Math.min(bodyStart, bodyEnd), end: bodyEnd };
  if (d.section) article.section = { ...d.section };
  return article;
}

/** End of the line before the byline line, within the article's body. */
function previousLineEnd(p: Paragraph, lineStart: number, paras: Paragraph[], d: Draft): number {
  const k = p.lines.findIndex((l) => l.start === lineStart);
  if (k > 0) return p.lines[k - 1].end;
  const idx = d.last - 2;
  return idx >= d.first ? paras[idx].end : p.start;
}

/** Most articles a block of gathered headlines is matched against. */
const MAX_TARGETS = 40;

export function matchGathered(raw: string, shape: PageShape, block: Paragraph[], drafts: Draft[], articles: Article[]): void {
  const targets: MatchTarget[] = [];
  const which: number[] = [];
  let union = '';
  // Only the articles nearest the block, on the same page: the work stays bounded in long documents.
  let firstTarget = articles.length;
  for (let seen = 0; firstTarget > 0 && seen < MAX_TARGETS; ) if (!articles[--firstTarget].headline) seen++;
  articles.forEach((a, i) => {
    if (a.headline || i < firstTarget) return;
    const text = articleText(shape.paragraphs, drafts[i]);
    targets.push(matchTarget(text));
    which.push(i);
    union += text + '\n';
  });
  if (!targets.length) return;
  const units = titleUnits(block, shape, union);
  assignGathered(units, targets).forEach((got, k) => {
    if (!got) return;
    const a = articles[which[k]];
    a.headline = headlineOf(raw, got.headline);
    if (got.pretitle) a.pretitle = headlineOf(raw, got.pretitle);
    if (got.subtitle) a.subtitle = headlineOf(raw, got.subtitle);
    a.headlinePlacement = 'elsewhere';
  });
}

