// Organizations the text names, by their endings (集团, 公司, 政府, 党工委…), running back over the
// name to the nearest verb, preposition or punctuation.
import { isHan } from '../language/chars';
import { ORG_STOPS, ORG_SUFFIXES } from '../language/wordLists';
/** Word boundaries of the text (the dictionary's reading). */
export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
}

export interface OrgSpan {
  start: number;
  end: number;
}

const suffixes = new Set(ORG_SUFFIXES);
const suffixFirst = new Uint8Array(65536);
for (const w of ORG_SUFFIXES) suffixFirst[w.charCodeAt(0)] = 1;
const stops = new Set(ORG_STOPS);
const MAX_ORG = 20;
const MAX_SUFFIX = 4;

/** Start of the organization name ending with a suffix at [suffixStart, end), or -1. */
export function organizationBefore(text: string, floor: number, suffixStart: number, bounds: Uint8Array, verbEnds: Uint8Array): number {
  let at = suffixStart;
  while (at > floor && suffixStart - at < MAX_ORG) {
    const code = text.charCodeAt(at - 1);
    if (!isHan(code)) break;
    if (bounds[at] && (verbEnds[at] || (bounds[at - 1] && stops.has(text[at - 1])) || (at - 2 >= floor && bounds[at - 2] && stops.has(text.slice(at - 2, at))))) break;
    at--;
  }
  return at;
}

/**
 * Organization spans: a suffix that starts a token (so 布局 is not …局), with at least two characters
 * of name before it; spans in `taken` (persons) are never crossed.
 */
export function findOrganizations(text: string, tokens: Tokens, taken: Uint8Array, bounds: Uint8Array, verbEnds: Uint8Array): OrgSpan[] {
  const found: OrgSpan[] = [];
  let lastEnd = 0;
  for (let t = 0; t < tokens.count; t++) {
    const s = tokens.start[t];
    if (!suffixFirst[text.charCodeAt(s)]) continue;
    let end = -1;
    for (let len = Math.min(MAX_SUFFIX, text.length - s); len >= 1; len--) {
      if (suffixes.has(text.slice(s, s + len)) && bounds[s + len] && (len >= 2 || tokens.end[t] === s + 1)) {
        end = s + len;
        break;
      }
    }
    // A suffix the dictionary reads as a verb here (党组织组织开展: "organise") ends nothing.
    if (end < 0 || (end - s >= 2 && verbEnds[end] && tokens.end[t] === end)) continue;
    let floor = Math.max(lastEnd, s - MAX_ORG);
    for (let i = s - 1; i >= floor; i--) {
      if (taken[i]) {
        floor = i + 1;
        break;
      }
    }
    let start = organizationBefore(text, floor, s, bounds, verbEnds);
    // A name ends inside the dictionary's word (李华为: 李 华为): the rest of the word, a stop (为), starts nothing.
    while (start < s && taken[start - 1] && !bounds[start] && stops.has(text[start])) start++;
    if (s - start < 2) continue;
    // 郑州市政府办公室: one organization, the longer one
    const prev = found[found.length - 1];
    if (prev && prev.end >= start) {
      prev.end = end;
    } else found.push({ start, end });
    lastEnd = end;
    while (t + 1 < tokens.count && tokens.start[t + 1] < end) t++;
  }
  return found;
}
