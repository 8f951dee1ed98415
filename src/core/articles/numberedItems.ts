// Numbered items of an information bulletin (政务信息, 工作动态): each paragraph opens with its number
// and a one-sentence headline, then the report, dated (1.区政府召开一季度经济运行分析会。3月29日，区长…).
// Each is an article of its own, headed by that sentence. A numbered paragraph with no date after its
// first sentence is a point of a document (一、加强组织领导。各部门要…), not an item.
import type { Draft } from './build';
import type { Line, Paragraph } from './paragraphs';

/**
 * The item's number, its headline (no comma inside, 4 to 40 characters, closed by 。) and the date
 * that opens its report: a day (3月29日, 29日), or 近日/日前/截至… .
 */
const ITEM = /^([0-9]{1,2})[.．、]([^。，；！？]{4,40})。(?:[^，。]{0,12}?(?:[0-9]{1,2}月)?[0-9]{1,2}日|近日|日前|近期|最近|截至|今年)/;

/** The number and headline of an item paragraph, or undefined. */
function itemOf(text: string): { number: number; from: number; to: number } | undefined {
  const m = ITEM.exec(text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
  if (!m) return undefined;
  const from = m[1].length + 1;
  return { number: Number(m[1]), from, to: from + m[2].length };
}

/** Lines an item's opening is read from: its headline may wrap over a line or two. */
const ITEM_LINES = 4;

function paragraphOf(lines: Line[]): Paragraph {
  return { lines, start: lines[0].start, end: lines[lines.length - 1].end, text: lines.map((l) => l.text).join('') };
}

/**
 * The paragraphs cut before each line that opens an item after a finished sentence, where no blank
 * line or indent parts the items (…同比增长6.1%。 then 2.我区举办春季招聘会。3月30日，…).
 */
export function splitAtItems(paras: Paragraph[]): Paragraph[] {
  const opensItem = (p: Paragraph, k: number) =>
    k > 0 && /^[0-9０-９]{1,2}[.．、]/.test(p.lines[k].text) && /[。！？”]$/.test(p.lines[k - 1].text) && itemOf(p.lines.slice(k, k + ITEM_LINES).map((l) => l.text).join('')) !== undefined;
  const cuts = (p: Paragraph) => p.lines.some((_, k) => opensItem(p, k));
  if (!paras.some(cuts)) return paras;
  const out: Paragraph[] = [];
  for (const p of paras) {
    let from = 0;
    for (let k = 1; k < p.lines.length; k++) {
      if (!opensItem(p, k)) continue;
      out.push(paragraphOf(p.lines.slice(from, k)));
      from = k;
    }
    out.push(from === 0 ? p : paragraphOf(p.lines.slice(from)));
  }
  return out;
}

/**
 * Splits each draft holding two or more items numbered one after another: every item an article,
 * headed by its first sentence. What stands before the first item stays the draft's.
 */
export function splitNumberedItems(paras: Paragraph[], drafts: Draft[]): void {
  for (let di = drafts.length - 1; di >= 0; di--) {
    const d = drafts[di];
    const items: Array<{ at: number; from: number; to: number }> = [];
    let expected = -1;
    for (let k = Math.max(d.titleEnd, d.first); k < d.last; k++) {
      const item = itemOf(paras[k].text);
      if (!item) continue;
      // Numbered one after another; another run starts over.
      if (expected >= 0 && item.number !== expected) {
        if (items.length >= 2) break;
        items.length = 0;
      }
      items.push({ at: k, from: item.from, to: item.to });
      expected = item.number + 1;
    }
    if (items.length < 2) continue;
    const split: Draft[] = items.map((item, i) => ({
      first: item.at,
      titleEnd: item.at,
      last: i + 1 < items.length ? items[i + 1].at : d.last,
      section: d.section,
      runInHeadline: { from: item.from, to: item.to },
    }));
    // The draft keeps what stands before its first item; with nothing there, the first item takes its place.
    if (items[0].at > d.first) {
      d.last = items[0].at;
      drafts.splice(di + 1, 0, ...split);
    } else drafts.splice(di, 1, ...split);
  }
}
