// Does a heading speak of the text under it or of the text above? Character-pair overlap on
// bounded stretches of text, to tell a new article's headline from a section heading, and a
// roundup's later dateline from a new report.
import type { Paragraph } from './paragraphs';

/** Share of a heading's character pairs the text under it must hold to make it a headline... */
const WM_MIN = 0.3;
/** ...and how much more than the text before it holds. */
const WM_GAP = 0.3;

/** Characters before a heading read to compare it with the text it would belong to. */
const BEFORE = 1000;

/**
 * A lone heading over plain text is the headline of a new article when it tells that text
 * (shares its wording) clearly better than it tells the text before it.
 */
export function readsAsNewHeadline(heading: string, next: string, paras: Paragraph[], from: number, at: number): boolean {
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

/** A second dateline inside a report (a roundup) tells something of the report's headline (`least` of its pairs). */
export function speaksOfHeadline(heading: string, paragraph: string, least = DL_MIN): boolean {
  const own = bigrams(heading);
  return own.length > 0 && shareIn(own, paragraph.slice(0, 200)) >= least;
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
