// What each paragraph is: a headline-like paragraph, a bracketed note, a lead, or body text, and
// whether it closes a text (a byline, an author's credit). Every test reads a bounded prefix or
// suffix of the paragraph.
import { readByline, spacedLine } from './bylines';
import { findLead, type Lead } from './leads';
import type { PageShape, Paragraph } from './paragraphs';
import { isNote, isTitleLike } from './titles';

/**
 * "本报讯", "央视网消息": the formula that opens a report, with no place or date of its own; never a
 * second dateline inside a report (a roundup's later datelines name their place and day).
 */
export const PLAIN_LEAD = /^(?:据)?(?:(?:本报|本刊|本台|本网)讯|(?:央视网|央广网|新华网|人民网|中新网|中国网|光明网|国际在线)消息)/;

export type Kind = 'title' | 'note' | 'lead' | 'body';

export interface Reading {
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
export function isAuthorNote(p: Paragraph): boolean {
  return isNote(p) && !/摄|照片|图片|附图|传真|资料/.test(p.text);
}

/** A numbered section heading inside an article ("一、", "２", "第三章", "（一）"), never a new article. */
export const SECTION_NUMBER = /^(?:[一二三四五六七八九十]+[、．.]|[0-9０-９]+(?:[、．.]|$)|[（(][一二三四五六七八九十0-9０-９]+[）)]|第[一二三四五六七八九十百0-9０-９]+[章节部分条篇])/;
/** Parts of a document set as headings ("目录", "附件２"): the document's own, never an article's headline. */
export const DOCUMENT_PART = /^(?:目录|附件[0-9０-９一二三四五六七八九十]*|附录|注释|参考文献)$/;
/** A signature under a text ("——编者", "———王文西（山东）"). */
export const SIGNATURE = /^[—－-]{2,}/;
/** A text that ends with a bracketed credit ("（新华社北京１２月３１日电）", "（张书政）"). */
export const CLOSING_CREDIT = /[（(][^（）()]{1,24}[）)]$/;
/** A short label after a title naming what the piece is ("（书法）", "（外一首）", "（新闻随笔）"). */
export const GENRE_MARK = /[^（(][（(][^（）()]{1,5}[）)]$/;
/** The first item of a numbered list ("１、", "一、"): a column of items under a heading such as "图片新闻". */
export const LIST_START = /^(?:[1１]|一)[、．.]/;
/** Headline marks of a picture story ("（图片）", "（附图片１张）"). */
export const PICTURE_MARK = /[（(](?:附)?图片/;

/** Most headline lines that may stand above a lead with no blank line between. */
const FUSED_TITLE_LINES = 4;

/**
 * A headline set right above its lead with no blank line between ("区领导会见\n本报讯 …"): the
 * lines before the lead become a paragraph of their own. Only the first few lines are tried.
 */
export function splitHeadlinesFromLeads(paras: Paragraph[]): Paragraph[] {
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

export function readParagraph(raw: string, p: Paragraph, shape: PageShape): Reading {
  const lastLine = p.lines[p.lines.length - 1];
  // A photographer's credit ("（新华社记者樊如钧摄）") ends a caption, not a report.
  const closes = readByline(spacedLine(raw, lastLine.start, lastLine.end)) !== undefined && !/摄[）)]?$/.test(lastLine.text);
  if (isNote(p)) return { kind: 'note', closes: isAuthorNote(p) };
  const lead = findLead(p.text);
  if (lead) return { kind: 'lead', lead, closes, byline: closes };
  if (closes && p.lines.length === 1) return { kind: 'body', closes, byline: true };
  if (SECTION_NUMBER.test(p.text) || !/[\u4e00-\u9fffA-Za-zＡ-Ｚａ-ｚ]/.test(p.text)) return { kind: 'body', closes: false };
  if (DOCUMENT_PART.test(p.text)) return { kind: 'body', closes: false };
  if (isTitleLike(p, shape)) return { kind: 'title', closes: false };
  const credit = CLOSING_CREDIT.exec(p.text);
  const photoCredit = credit !== null && /摄|照片|图片/.test(credit[0]);
  return { kind: 'body', closes: closes || (credit !== null && !photoCredit), byline: closes, photoCredit };
}

