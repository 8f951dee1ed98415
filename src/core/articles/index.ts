// Page layout: where each article begins and ends, its headline (in place or gathered elsewhere on
// the page), dateline and byline. Works on raw lines and paragraphs; every step reads each
// paragraph a bounded number of times, so the work is linear in the text.
import type { Article, Headline, Span } from '../types';
import { layOutFile, type FileLayout } from './fileLayout';
import { articleText, buildArticle, matchGathered, type Draft } from './build';
import { type PageShape, type Paragraph } from './paragraphs';
import {
  GENRE_MARK,
  LIST_START,
  PICTURE_MARK,
  PLAIN_LEAD,
  readParagraph,
  SECTION_NUMBER,
  SIGNATURE,
  splitHeadlinesFromLeads,
  type Reading,
} from './reading';
import { SINGLE_SURNAMES } from '../language/surnames';
import { bigramSet, endsOpen, isDateAlone, pairShare, readsAsItemHeadline, standsOutOfColumn } from './titles';
import { readsAsNewHeadline, speaksOfHeadline } from './wording';
import { distributionStart, isSectionHeading, splitDistribution, splitSectionHeadings } from './sections';
import { splitAtItems, splitNumberedItems } from './numberedItems';

/** A caption's closing credit: a sentence, then who took the picture (。记者王芳摄, 。新华社记者王鹏摄). */
const PHOTO_CREDIT_END = /[。！？][^。！？，]{2,16}摄$/;

/** The layout of one page's text. */
export interface PageLayout {
  articles: Article[];
  /** Blocks of gathered headlines (not articles). */
  headlineBlocks: Span[];
}

/** How a definition opens: the term is also called…, refers to…, is… */
const DEFINITION = /^(?:亦称|又称|也称|简称|是指|指|即)/;

/** Share of a picture story's headline pairs the text under a later heading must hold to be the story's. */
const PICTURE_STORY_SHARE = 0.5;

/** Characters under a heading compared with it: an author's line may stand between. */
const UNDER_HEADING = 200;

/** The text from paragraph `at` on, up to UNDER_HEADING characters. */
function textFrom(paras: Paragraph[], at: number): string {
  let text = '';
  for (let k = at; k < paras.length && text.length < UNDER_HEADING; k++) text += paras[k].text;
  return text.slice(0, UNDER_HEADING);
}

/** A label over pictures ("图片：") that follow a text: still that text's. */
const PICTURE_LABEL = /^(?:图片|照片|附图)[：:]/;

/** A paragraph that ends with its author's name in brackets ("…。（王璐）"): the end of a brief. */
function signedByName(text: string): boolean {
  const m = /。[（(]([\u4e00-\u9fff]{2,3})[）)]$/.exec(text);
  return m !== null && SURNAME_CHARS.has(m[1][0]);
}

const SURNAME_CHARS = new Set(SINGLE_SURNAMES);

/** A paragraph that is a date in full, in words, alone: the date of a signature (2023年7月25日). */
const DATE_LINE = /^[0-9０-９〇○零一二三四五六七八九十]{2,4}年[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日$/;

/** Longest one-word section heading of a roundup ("日本", "菲律宾"). */
const WORD_HEADING = 3;

/** Shortest brief: a whole report in one paragraph says who, when, what, and something more. */
const BRIEF_LENGTH = 80;
/** A report's opening: who (its first characters), then when, within the first clause ("捷克总统哈韦尔二日", "建设部最近"). */
const BRIEF_OPENING = /^(?:据)?([\u4e00-\u9fff]{2,4})[^，。：；]{0,18}?(?:(?:[0-9０-９一二三四五六七八九十〇]{1,3}月)?[0-9０-９一二三四五六七八九十]{1,3}日|最近|近日|日前|目前)/;

/**
 * The last article of a page that runs on into a column of briefs: long paragraphs that each open as
 * a report does, with who and when ("捷克总统哈韦尔二日…"), about someone the article has not spoken
 * of, most of the paragraphs from the first such one to the page's end.
 */
function splitBriefs(paras: Paragraph[], read: Reading[], drafts: Draft[]): void {
  const last = drafts[drafts.length - 1];
  if (!last) return;
  const starts: number[] = [];
  let before = '';
  for (let k = last.first; k < last.titleEnd; k++) before += paras[k].text;
  for (let k = Math.max(last.titleEnd, (last.leadPara ?? -1) + 1); k < last.last; k++) {
    const t = paras[k].text;
    const m = BRIEF_OPENING.exec(t);
    if (m && t.length >= BRIEF_LENGTH && k > last.first && read[k].kind === 'body' && !endsOpen(paras[k - 1])) {
      // Whom it is about: the first two characters of the subject, new to the article.
      if (!before.includes(m[1].slice(0, 2))) starts.push(k);
    }
    before += t;
  }
  // A column of briefs: at least two, and most paragraphs from the first one on open a brief.
  if (starts.length < 2 || starts.length * 2 < last.last - starts[0]) return;
  let cur = last;
  for (const k of starts) {
    const next: Draft = { first: k, titleEnd: k, last: cur.last, section: cur.section };
    cur.last = k;
    drafts.push(next);
    cur = next;
  }
}

/**
 * How many articles after the first a block gathered at the top is matched against: a page's worth.
 * Bounded, so that an edit farther down cannot change what the top of the page is (relayout.ts).
 */
export const LEADING_REACH = 8;

/** Share of a headline's pairs another article's text must hold to call the headline its. */
const TOP_BLOCK_SHARE = 0.5;

/**
 * Headlines gathered at the top of a page read at first as the first article's headline run. They
 * are a block when at least two of its paragraphs tell other articles of the page (of the next
 * LEADING_REACH), articles with no headline of their own, better than the text under the run.
 */
function leadingBlock(paras: Paragraph[], drafts: Draft[], blocks: Array<[number, number]>): void {
  const first = drafts[0];
  if (!first || drafts.length < 3 || first.titleEnd - first.first < 2) return;
  const own = bigramSet(articleText(paras, first));
  const others = drafts.slice(1, 1 + LEADING_REACH).filter((d) => d.titleEnd === d.first).map((d) => bigramSet(articleText(paras, d)));
  if (others.length < 2) return;
  let elsewhere = 0;
  for (let k = first.first; k < first.titleEnd; k++) {
    const pairs = bigramSet(paras[k].text);
    if (pairs.size < 3) continue;
    const best = Math.max(...others.map((o) => pairShare(pairs, o)));
    if (best >= TOP_BLOCK_SHARE && best > pairShare(pairs, own)) elsewhere++;
  }
  if (elsewhere < 2) return;
  blocks.push([first.first, first.titleEnd]);
  first.first = first.titleEnd;
}

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

/** Share of a gathered headline's pairs the opening of the paragraph it starts must hold. */
const START_SHARE = 0.4;
/** How much better it must tell that paragraph than any article left without a headline. */
const START_MARGIN = 0.2;
/** Characters of a paragraph's opening compared with a gathered headline. */
const OPENING = 200;

/**
 * A story whose headline was moved to the gathered block, with no lead of its own, runs on from the
 * story above it. The block says where it starts: a headline that tells the opening of a paragraph
 * inside an article with its own headline much better than any article without one.
 */
function splitAtGatheredStarts(paras: Paragraph[], read: Reading[], block: Paragraph[], drafts: Draft[]): void {
  const orphanTexts = drafts.filter((d) => d.titleEnd === d.first).map((d) => bigramSet(articleText(paras, d)));
  for (const unit of block) {
    const own = bigramSet(unit.text);
    if (own.size < 4) continue;
    const orphanBest = Math.max(0, ...orphanTexts.map((o) => pairShare(own, o)));
    let best = START_SHARE;
    let at = -1;
    let into = -1;
    drafts.forEach((d, di) => {
      if (d.titleEnd === d.first) return;
      for (let k = Math.max(d.titleEnd, (d.leadPara ?? -1) + 1) + 1; k < d.last; k++) {
        if (read[k].kind !== 'body' || endsOpen(paras[k - 1])) continue;
        const s = pairShare(own, bigramSet(paras[k].text.slice(0, OPENING)));
        if (s > best) (best = s), (at = k), (into = di);
      }
    });
    if (at < 0 || best < orphanBest + START_MARGIN) continue;
    const d = drafts[into];
    drafts.splice(into + 1, 0, { first: at, titleEnd: at, last: d.last, section: d.section });
    d.last = at;
  }
}

/** The layout of a file: its pages (each laid out on its own, the masthead left out) and their articles. */
export function findArticles(raw: string): FileLayout {
  return layOutFile(raw).layout;
}

/**
 * The layout of `raw` read with a given shape (a window of a page is read with the page's, and
 * `section` is the column heading above the window).
 */
export function layoutWithShape(raw: string, shape: PageShape, section?: Headline): PageLayout {
  const all = splitDistribution(splitAtItems(splitSectionHeadings(splitHeadlinesFromLeads(shape.paragraphs))));
  shape.paragraphs = all;
  // The distribution list under its last report is no article's (the indexes stay the page's).
  const paras = all.slice(0, distributionStart(all));
  const n = paras.length;
  if (!n) return { articles: [], headlineBlocks: [] };
  const read = paras.map((p) => readParagraph(raw, p, shape));
  const underHeadline = (d: Draft, at: number): boolean => {
    if (d.titleEnd === d.first) return false;
    let heading = '';
    for (let k = d.first; k < d.titleEnd; k++) heading += paras[k].text;
    // What the paragraph says, not its lead formula: "（新闻联播）" tells nothing of "国内联播快讯".
    return speaksOfHeadline(heading, paras[at].text.slice(read[at].lead?.length ?? 0));
  };
  const drafts: Draft[] = [];
  // The column heading above the paragraph being read.
  let column = section;
  const columnHeading = paras.map((p) => p.lines.length === 1 && isSectionHeading(p.text));
  const blocks: Array<[number, number]> = [];
  let cur: Draft | undefined;
  const open = (first: number, titleEnd: number) => {
    if (cur) cur.last = first;
    cur = { first, titleEnd, last: n, section: column };
    drafts.push(cur);
  };
  // Text of the article's own under its headline before paragraph `at` (not a note, not a photo's caption).
  const hasBody = (d: Draft, at: number): boolean => {
    for (let k = d.titleEnd; k < at; k++) if (read[k].kind === 'body' && !read[k].photoCredit) return true;
    return false;
  };
  // A roundup's later dateline: the same agency files from another place, under the report's one
  // headline, with no credit closing the text before ("新华社纽约…电 … 新华社雅加达…电").
  const sameAgencyDateline = (d: Draft, r: Reading, at: number): boolean =>
    d.titleEnd > d.first && d.lead !== undefined && r.lead !== undefined && d.lead.place !== undefined && r.lead.place !== undefined &&
    r.lead.place !== d.lead.place && d.lead.agency === r.lead.agency && !read[at - 1].closes;
  const isAuthorByline = (k: number) => read[k].kind === 'body' && read[k].closes && paras[k].lines.length === 1;
  let i = 0;
  /** The lead under a roundup's section heading: it carries on the report. */
  let sectionLead = -1;
  while (i < n) {
    const r = read[i];
    // A column heading ends the article above; the reports under it open afresh.
    if (columnHeading[i]) {
      if (cur) cur.last = i;
      cur = undefined;
      column = { start: paras[i].start, end: paras[i].end, text: paras[i].text };
      i++;
      continue;
    }
    if (r.kind === 'title') {
      const prev = i > 0 ? read[i - 1] : undefined;
      // A signature under the text before ("——编者"): it closes that text.
      // A sender over a date ("中华人民共和国主席　习近平", then "2023年7月25日") signs it too.
      // A short date signs only where no text follows it: under a headline it is the day its report was filed.
      const signsWithDate =
        i + 1 < n && paras[i].lines.length === 1 && (DATE_LINE.test(paras[i + 1].text) || (isDateAlone(paras[i + 1].text) && (i + 2 >= n || read[i + 2].kind !== 'body')));
      if (cur && prev && prev.kind !== 'title' && (SIGNATURE.test(paras[i].text) || signsWithDate)) {
        r.kind = 'body';
        r.closes = true;
        if (signsWithDate) read[i + 1] = { kind: 'body', closes: true };
        i += signsWithDate ? 2 : 1;
        continue;
      }
      // The headline run: headline paragraphs and notes, cut after an author note that a new
      // headline follows (a picture's credit, then the next item's headline).
      let j = i;
      let titles = 0;
      while (j < n && !columnHeading[j] && (read[j].kind === 'title' || read[j].kind === 'note' || (isAuthorByline(j) && read[j - 1].kind === 'title'))) {
        if (read[j].kind !== 'note') titles++;
        j++;
        if (j < n && read[j - 1].kind === 'note' && (read[j - 1].closes || /摄/.test(paras[j - 1].text)) && read[j].kind === 'title') break;
      }
      // Lines of verse run on into the title of the next piece ("…脚步 / 迎虎年（书法）"): a title that
      // names its genre or its picture, two or more headings into the run, starts that piece.
      if (cur) {
        let marked = -1;
        for (let k = i + 2; k < j && marked < 0; k++) if (read[k].kind === 'title' && (GENRE_MARK.test(paras[k].text) || PICTURE_MARK.test(paras[k].text))) marked = k;
        if (marked > 0) {
          for (let k = i; k < marked; k++) if (read[k].kind === 'title') read[k] = { kind: 'body', closes: false };
          i = marked;
          continue;
        }
      }
      // An OCR blank line inside a sentence: the paragraph before runs on into this one.
      // (A caption that ends with its photographer's credit, "图为…。记者 王芳 摄", is no open sentence.)
      const prevOpen = !shape.fixedWidth && prev !== undefined && prev.kind === 'body' && !prev.closes && endsOpen(paras[i - 1]) && !PHOTO_CREDIT_END.test(paras[i - 1].text);
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
        !cur || titles > 1 || standsOutOfColumn(paras[i], shape) || readsAsItemHeadline(paras[i].text) || read[j].kind === 'lead' || prev === undefined || prev.kind === 'note' || prev.closes || prev.photoCredit === true ||
        PICTURE_MARK.test(paras[i].text) || GENRE_MARK.test(paras[i].text) || (j < n && LIST_START.test(paras[j].text)) ||
        // A headline over the date its report was filed on.
        (j < n && isDateAlone(paras[j].text));
      // Under a picture story's headline and caption, before any text of its own, a run of headings
      // over text that speaks of that headline ("陈金水（附图片１张）", then "荣誉…", "工作单位…", then
      // "…陈金水…") is the story's own, not a new one.
      if (cur && prev?.photoCredit === true && j < n && !hasBody(cur, i) && cur.titleEnd > cur.first && PICTURE_MARK.test(paras[cur.first].text)) {
        const headline = paras[cur.first].text.replace(/[（(]附?图片[^）)]{0,6}[）)]$/, '');
        if (speaksOfHeadline(headline, textFrom(paras, j), PICTURE_STORY_SHARE)) {
          i = j;
          continue;
        }
      }
      // A one-word heading over a dateline that carries on the report's subject: a roundup's section.
      // The report may have opened with such a section ("东亚货币继续贬值 / 泰国 / 本报曼谷…电").
      const opensWithSection = cur !== undefined && cur.titleEnd - cur.first >= 2 && paras[cur.titleEnd - 1].text.length <= WORD_HEADING;
      const roundupSection =
        cur !== undefined && titles === 1 && j - i === 1 && paras[i].text.length <= WORD_HEADING && read[j].kind === 'lead' &&
        cur.leadPara !== undefined && (opensWithSection || underHeadline(cur, j));
      if (roundupSection) {
        sectionLead = j;
        i = j;
        continue;
      }
      // A term over its definition ("汇率制度 / 亦称汇率安排，是指…"): a glossary's entry, inside its article.
      const definesTerm = j < n && DEFINITION.test(paras[j].text);
      if (!strong && cur && j < n && !definesTerm && readsAsNewHeadline(paras[i].text, textFrom(paras, j), paras, cur.first, i)) {
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
      } else if (
        // A brief of a column (★3月4日，…) is an item of its own, whatever it speaks of.
        (r.lead?.agency === '' && cur.leadPara !== undefined) ||
        (i !== sectionLead && !sameAgencyDateline(cur, r, i) && (read[i - 1].closes || PLAIN_LEAD.test(paras[i].text) || ((cur.leadPara !== undefined || hasBody(cur, i)) && !underHeadline(cur, i))))
      ) {
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
    // Text after a byline, or after a paragraph signed with its author's name ("…。（王璐）"),
    // belongs to a new article, even with no headline or lead of its own.
    if (!cur || (i > 0 && read[i - 1].byline === true && !isAuthorByline(i - 1)) || (i > cur.first && signedByName(paras[i - 1].text) && /[\u4e00-\u9fff]/.test(paras[i].text) && !SECTION_NUMBER.test(paras[i].text) && !PICTURE_LABEL.test(paras[i].text))) open(i, i);
    i++;
  }

  trailingBlock(paras, read, drafts, blocks);
  leadingBlock(paras, drafts, blocks);
  splitBriefs(paras, read, drafts);
  splitNumberedItems(paras, drafts);
  for (const [a, b] of blocks) splitAtGatheredStarts(paras, read, paras.slice(a, b), drafts);
  const articles = drafts.map((d) => buildArticle(raw, shape, d));
  const headlineBlocks: Span[] = blocks.map(([a, b]) => ({ start: paras[a].start, end: paras[b - 1].end }));
  for (const [a, b] of blocks) matchGathered(raw, shape, paras.slice(a, b), drafts, articles);
  return { articles, headlineBlocks };
}

