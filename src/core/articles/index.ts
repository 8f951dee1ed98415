// Page layout: where each article begins and ends, its headline (in place or gathered elsewhere on
// the page), dateline and byline. Works on raw lines and paragraphs; every step reads each
// paragraph a bounded number of times, so the work is linear in the text.
import type { Article, Headline, Span } from '../types';
import { readByline, spacedLine } from './bylines';
import { assignGathered, matchTarget, MATCH_PREFIX, type MatchTarget } from './gathered';
import { findLead, type Lead } from './leads';
import { pageShape, rawEndAt, rawOffsetAt, type PageShape, type Paragraph } from './paragraphs';
import { endsOpen, isAuthorLine, isNote, isTitleLike, readsAsPretitle, titleUnits, type TitleUnit } from './titles';

export interface PageLayout {
  articles: Article[];
  /** Blocks of gathered headlines (not articles). */
  headlineBlocks: Span[];
}

/** "本报讯": a brief without a headline of its own, never a second dateline inside a report. */
const PLAIN_LEAD = /^(?:据)?(?:本报|本刊|本台|本网)讯/;

/** Share of a heading's character pairs the text under it must hold to make it a headline... */
const WM_MIN = 0.3;
/** ...and how much more than the text before it holds. */
const WM_GAP = 0.3;

/** Longest one-word section heading of a roundup ("日本", "菲律宾"). */
const WORD_HEADING = 3;
/** Characters before a heading read to compare it with the text it would belong to. */
const BEFORE = 1000;

/**
 * A lone heading over plain text is the headline of a new article when it tells that text
 * (shares its wording) clearly better than it tells the text before it.
 */
function readsAsNewHeadline(heading: string, next: string, paras: Paragraph[], from: number, at: number): boolean {
  const own = bigrams(heading);
  let before = '';
  for (let k = at - 1; k >= from && before.length < BEFORE; k--) before = paras[k].text + before;
  const after = next.slice(0, 200);
  const ahead = shareIn(own, after);
  const behind = shareIn(own, before.slice(-BEFORE));
  return ahead >= WM_MIN && ahead >= behind + WM_GAP;
}

/** Share of the headline's character pairs a roundup's later dateline paragraph holds at least. */
const DL_MIN = 0.1;

/** A second dateline inside a report (a roundup) tells something of the report's headline. */
function underHeadline(paras: Paragraph[], d: Draft, at: number): boolean {
  if (d.titleEnd === d.first) return false;
  let heading = '';
  for (let k = d.first; k < d.titleEnd; k++) heading += paras[k].text;
  const own = bigrams(heading);
  return own.length > 0 && shareIn(own, paras[at].text.slice(0, 200)) >= DL_MIN;
}

function bigrams(text: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return [...out];
}

function shareIn(own: string[], text: string): number {
  let hit = 0;
  for (const b of own) if (text.indexOf(b) >= 0) hit++;
  return hit / own.length;
}

type Kind = 'title' | 'note' | 'lead' | 'body';

interface Draft {
  /** First paragraph of the article. */
  first: number;
  /** Headline paragraphs [first, titleEnd); titleEnd === first when there is none in place. */
  titleEnd: number;
  /** Paragraph holding the lead, if any. */
  leadPara?: number;
  lead?: Lead;
  /** One past the last paragraph. */
  last: number;
}

interface Reading {
  kind: Kind;
  lead?: Lead;
  /** The paragraph closes a text: its last line is a byline, or it ends with an author's credit. */
  closes: boolean;
  /** The closing is a byline line ("记者 孙庆辉"), which nothing of the same article follows. */
  byline?: boolean;
  /** Ends with a picture's credit ("（新华社记者某某摄）"): the picture story ends, not the report. */
  photoCredit?: boolean;
}

/** A note that credits an author rather than a photo ("（刘勇）", not "（新华社记者某某摄）"). */
function isAuthorNote(p: Paragraph): boolean {
  return isNote(p) && !/摄|照片|图片|附图|传真|资料/.test(p.text);
}

/** A numbered section heading inside an article ("一、", "２", "第三章", "（一）"), never a new article. */
const SECTION_NUMBER = /^(?:[一二三四五六七八九十]+[、．.]|[0-9０-９]+(?:[、．.]|$)|[（(][一二三四五六七八九十0-9０-９]+[）)]|第[一二三四五六七八九十百0-9０-９]+[章节部分条篇])/;
/** A signature under a text ("——编者", "———王文西（山东）"). */
const SIGNATURE = /^[—－-]{2,}/;
/** A text that ends with a bracketed credit ("（新华社北京１２月３１日电）", "（张书政）"). */
const CLOSING_CREDIT = /[（(][^（）()]{1,24}[）)]$/;
/** A short label after a title naming what the piece is ("（书法）", "（外一首）", "（新闻随笔）"). */
const GENRE_MARK = /[^（(][（(][^（）()]{1,5}[）)]$/;
/** The first item of a numbered list ("１、"): a column of items under a heading such as "图片新闻". */
const LIST_START = /^[1１][、．.]/;
/** Headline marks of a picture story ("（图片）", "（附图片１张）"). */
const PICTURE_MARK = /[（(](?:附)?图片/;

/**
 * Lines with no sentence in them after the last byline of the page, even set tight or long, are
 * gathered headlines rather than an article.
 */
function trailingBlock(paras: Paragraph[], read: Reading[], drafts: Draft[], blocks: Array<[number, number]>): void {
  if (blocks.length || drafts.length < 2) return;
  const n = paras.length;
  let s = n;
  while (s > 0 && read[s - 1].kind !== 'lead' && !/[。，；：！？]/.test(paras[s - 1].text) && paras[s - 1].text.length <= 200) s--;
  if (s === n || s === 0 || read[s - 1].byline !== true) return;
  while (drafts.length > 1 && drafts[drafts.length - 1].first >= s) drafts.pop();
  const last = drafts[drafts.length - 1];
  if (last.first >= s) return;
  last.last = Math.min(last.last, s);
  blocks.push([s, n]);
}

/** Most headline lines that may stand above a lead with no blank line between. */
const FUSED_TITLE_LINES = 4;

/**
 * A headline set right above its lead with no blank line between ("区领导会见\n本报讯 …"): the
 * lines before the lead become a paragraph of their own. Only the first few lines are tried.
 */
function splitHeadlinesFromLeads(paras: Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const p of paras) {
    let cut = 0;
    let title = '';
    for (let k = 1; k < p.lines.length && k <= FUSED_TITLE_LINES; k++) {
      title += p.lines[k - 1].text;
      if (/[。，、；：！？]/.test(title) || title.length > 50) break;
      if (PLAIN_LEAD.test(p.lines[k].text) || findLead(p.lines[k].text + (p.lines[k + 1]?.text ?? ''))) {
        cut = k;
        break;
      }
    }
    if (!cut) {
      out.push(p);
      continue;
    }
    const head = p.lines.slice(0, cut);
    const rest = p.lines.slice(cut);
    out.push({ lines: head, start: head[0].start, end: head[head.length - 1].end, text: head.map((l) => l.text).join('') });
    out.push({ lines: rest, start: rest[0].start, end: rest[rest.length - 1].end, text: rest.map((l) => l.text).join('') });
  }
  return out;
}

function readParagraph(raw: string, p: Paragraph, shape: PageShape): Reading {
  const lastLine = p.lines[p.lines.length - 1];
  const closes = readByline(spacedLine(raw, lastLine.start, lastLine.end)) !== undefined;
  if (isNote(p)) return { kind: 'note', closes: isAuthorNote(p) };
  const lead = findLead(p.text);
  if (lead) return { kind: 'lead', lead, closes, byline: closes };
  if (closes && p.lines.length === 1) return { kind: 'body', closes, byline: true };
  if (SECTION_NUMBER.test(p.text) || !/[\u4e00-\u9fffA-Za-zＡ-Ｚａ-ｚ]/.test(p.text)) return { kind: 'body', closes: false };
  if (isTitleLike(p, shape)) return { kind: 'title', closes: false };
  const credit = CLOSING_CREDIT.exec(p.text);
  const photoCredit = credit !== null && /摄|照片|图片/.test(credit[0]);
  return { kind: 'body', closes: closes || (credit !== null && !photoCredit), byline: closes, photoCredit };
}

export function findArticles(raw: string): PageLayout {
  const shape = pageShape(raw);
  const paras = splitHeadlinesFromLeads(shape.paragraphs);
  shape.paragraphs = paras;
  const n = paras.length;
  if (!n) return { articles: [], headlineBlocks: [] };
  const read = paras.map((p) => readParagraph(raw, p, shape));
  const drafts: Draft[] = [];
  const blocks: Array<[number, number]> = [];
  let cur: Draft | undefined;
  const open = (first: number, titleEnd: number) => {
    if (cur) cur.last = first;
    cur = { first, titleEnd, last: n };
    drafts.push(cur);
  };
  const isAuthorByline = (k: number) => read[k].kind === 'body' && read[k].closes && paras[k].lines.length === 1;
  let i = 0;
  while (i < n) {
    const r = read[i];
    if (r.kind === 'title') {
      const prev = i > 0 ? read[i - 1] : undefined;
      // A signature under the text before ("——编者"): it closes that text.
      if (cur && prev && prev.kind !== 'title' && SIGNATURE.test(paras[i].text)) {
        r.kind = 'body';
        r.closes = true;
        i++;
        continue;
      }
      // The headline run: headline paragraphs and notes, cut after an author note that a new
      // headline follows (a picture's credit, then the next item's headline).
      let j = i;
      let titles = 0;
      while (j < n && (read[j].kind === 'title' || read[j].kind === 'note' || (isAuthorByline(j) && read[j - 1].kind === 'title'))) {
        if (read[j].kind !== 'note') titles++;
        j++;
        if (j < n && read[j - 1].kind === 'note' && (read[j - 1].closes || /摄/.test(paras[j - 1].text)) && read[j].kind === 'title') break;
      }
      // An OCR blank line inside a sentence: the paragraph before runs on into this one.
      const prevOpen = !shape.fixedWidth && prev !== undefined && prev.kind === 'body' && !prev.closes && endsOpen(paras[i - 1]);
      const prevColon = prev !== undefined && prev.kind === 'body' && /[：:]$/.test(paras[i - 1].text);
      if (cur && (prevOpen || prevColon)) {
        i++;
        continue;
      }
      if (j === n && cur) {
        // Headlines with no text under them at the page end: a gathered block, not an article.
        cur.last = i;
        blocks.push([i, n]);
        break;
      }
      // A lone heading over plain text, right after text with no closing credit, is a section
      // heading inside the article.
      const strong =
        !cur || titles > 1 || read[j].kind === 'lead' || prev === undefined || prev.kind === 'note' || prev.closes || prev.photoCredit === true ||
        PICTURE_MARK.test(paras[i].text) || GENRE_MARK.test(paras[i].text) || (j < n && LIST_START.test(paras[j].text));
      // A one-word heading over a dateline that carries on the report's subject: a roundup's section.
      const roundupSection =
        cur !== undefined && titles === 1 && j - i === 1 && paras[i].text.length <= WORD_HEADING && read[j].kind === 'lead' &&
        cur.leadPara !== undefined && underHeadline(paras, cur, j);
      if (roundupSection) {
        i = j;
        continue;
      }
      if (!strong && cur && j < n && readsAsNewHeadline(paras[i].text, paras[j].text, paras, cur.first, i)) {
        open(i, j);
        i = j;
        continue;
      }
      if (!strong) {
        i = j;
        continue;
      }
      open(i, j);
      i = j;
      continue;
    }
    if (r.kind === 'lead') {
      if (!cur) {
        open(i, i);
        cur!.leadPara = i;
        cur!.lead = r.lead;
      } else if (cur.titleEnd === i && cur.leadPara === undefined) {
        cur.leadPara = i;
        cur.lead = r.lead;
      } else if (read[i - 1].closes || PLAIN_LEAD.test(paras[i].text) || (cur.leadPara !== undefined && !underHeadline(paras, cur, i))) {
        open(i, i);
        cur!.leadPara = i;
        cur!.lead = r.lead;
      } else {
        // A lead after a photo caption under the headline: still this article's.
        cur.leadPara = i;
        cur.lead = r.lead;
      }
      i++;
      continue;
    }
    // Text after a byline belongs to a new article, even with no headline or lead of its own.
    if (!cur || (i > 0 && read[i - 1].byline === true && !isAuthorByline(i - 1))) open(i, i);
    i++;
  }

  trailingBlock(paras, read, drafts, blocks);
  const articles = drafts.map((d) => buildArticle(raw, shape, d));
  const headlineBlocks: Span[] = blocks.map(([a, b]) => ({ start: paras[a].start, end: paras[b - 1].end }));
  for (const [a, b] of blocks) matchGathered(raw, shape, paras.slice(a, b), drafts, articles);
  return { articles, headlineBlocks };
}

function headlineOf(_raw: string, unit: TitleUnit): Headline {
  const first = unit.lines[0];
  const last = unit.lines[unit.lines.length - 1];
  return { start: first.start, end: last.end, text: unit.text };
}

/** Text of an article's paragraphs after its headline, bounded, for matching. */
function articleText(shape: PageShape, d: Draft): string {
  let text = '';
  for (let k = d.titleEnd; k < d.last && text.length < MATCH_PREFIX; k++) text += shape.paragraphs[k].text;
  return text;
}

function buildArticle(raw: string, shape: PageShape, d: Draft): Article {
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
    const units = titleUnits(titleParas, shape, multiLine ? articleText(shape, d) : '');
    let main = 0;
    if (units.length > 1 && readsAsPretitle(units[0].text)) main = 1;
    article.headline = headlineOf(raw, units[main]);
    if (main > 0) article.pretitle = headlineOf(raw, units[0]);
    if (units[main + 1]) article.subtitle = headlineOf(raw, units[main + 1]);
    article.headlinePlacement = 'in-place';
  }
  let bodyStart = d.titleEnd < d.last ? paras[d.titleEnd].start : end;

  if (d.leadPara !== undefined && d.lead) {
    const p = paras[d.leadPara];
    const s = p.start;
    const e = rawEndAt(raw, p, d.lead.length);
    article.dateline = {
      start: s,
      end: e,
      text: raw.slice(s, e).replace(/\r?\n/g, ''),
      agency: d.lead.agency,
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

function matchGathered(raw: string, shape: PageShape, block: Paragraph[], drafts: Draft[], articles: Article[]): void {
  const targets: MatchTarget[] = [];
  const which: number[] = [];
  let union = '';
  // Only the articles nearest the block, on the same page: the work stays bounded in long documents.
  let firstTarget = articles.length;
  for (let seen = 0; firstTarget > 0 && seen < MAX_TARGETS; ) if (!articles[--firstTarget].headline) seen++;
  articles.forEach((a, i) => {
    if (a.headline || i < firstTarget) return;
    const text = articleText(shape, drafts[i]);
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
