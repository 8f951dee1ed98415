// Titles (职务) the text gives a person: a chain before the name, each link an organization and a
// post ("郑州市政府副秘书长，高新区党工委副书记、管委会常务副主任张红军"), links joined by 、 兼 or ，;
// or a bare post right after the name (李鹏总理).
import { isHan } from './chars';
import { ORG_STOPS, POST_MODIFIERS, POSTS } from './wordLists';

export interface TitleSpan {
  start: number;
  /** Where the post begins (start when there is no organization part). */
  postStart: number;
  end: number;
}

const posts = new Set(POSTS);
const modifiers = new Set(POST_MODIFIERS);
// A title keeps 前/原 (巴西前总统, 前政府总理): they end an organization, not a title.
const stops = new Set(ORG_STOPS.filter((w) => w !== '前' && w !== '原'));
// 和 与 及 的 join words inside an organization's name (人力资源和社会保障部, 德国的共产党): a title
// found whole keeps them.
const verbStops = new Set([...stops].filter((w) => !['和', '与', '及', '的', '同'].includes(w)));
const MAX_POST = 5;
const MAX_ORG = 20;

/** Post words the user adds, beside the built-in ones. */
export type ExtraPosts = ReadonlySet<string>;
const NO_EXTRA: ExtraPosts = new Set();

function maxLength(extra: ExtraPosts): number {
  let max = MAX_POST;
  for (const w of extra) max = Math.max(max, w.length);
  return max;
}

/** Start of the post word (with its modifiers) that ends at `end`, or -1. */
export function postEndingAt(text: string, floor: number, end: number, extra: ExtraPosts = NO_EXTRA): number {
  let start = -1;
  for (let len = Math.min(extra.size ? maxLength(extra) : MAX_POST, end - floor); len >= 1; len--) {
    const w = text.slice(end - len, end);
    if (posts.has(w) || extra.has(w)) {
      start = end - len;
      break;
    }
  }
  if (start < 0) return -1;
  for (let moved = true; moved; ) {
    moved = false;
    for (let len = 2; len >= 1; len--) {
      if (start - len >= floor && modifiers.has(text.slice(start - len, start)) && !stops.has(text.slice(start - len, start))) {
        start -= len;
        moved = true;
        break;
      }
    }
  }
  return start;
}

/** End of the post word (with modifiers) that starts at `start`, or -1. */
function postStartingAt(text: string, start: number, extra: ExtraPosts): number {
  const longest = extra.size ? maxLength(extra) : MAX_POST;
  let at = start;
  for (let steps = 0; steps < 4; steps++) {
    // 总理 is a post even though 总 can also qualify one (总经理 after 副)
    // Near the end of the text a slice is shorter than asked: the post ends where the word does.
    for (let len = Math.min(longest, text.length - at); len >= 2; len--) {
      const w = text.slice(at, at + len);
      if (posts.has(w) || extra.has(w)) return at + len;
    }
    let moved = false;
    for (let len = Math.min(2, text.length - at); len >= 1; len--) {
      const w = text.slice(at, at + len);
      if (modifiers.has(w) && w !== '前' && w !== '原') {
        at += len;
        moved = true;
        break;
      }
    }
    if (!moved) break;
  }
  return -1;
}

/** Start of the organization part before a post at `postStart`, not before `floor`. */
function organizationStart(text: string, floor: number, postStart: number, bounds: Uint8Array): number {
  let at = postStart;
  while (at > floor && postStart - at < MAX_ORG) {
    const code = text.charCodeAt(at - 1);
    if (!isHan(code) && !(code >= 0x41 && code <= 0x5a)) break;
    if (bounds[at] && ((bounds[at - 1] && stops.has(text[at - 1])) || (at - 2 >= floor && bounds[at - 2] && stops.has(text.slice(at - 2, at))))) break;
    at--;
  }
  return at;
}

/**
 * Where a title found in [start, end) begins once cut after the last stop word before its post
 * (会见 in 习近平会见格鲁吉亚总理): a verb or conjunction never stands inside a title.
 */
export function startAfterStops(text: string, start: number, end: number, bounds: Uint8Array, extra: ExtraPosts = NO_EXTRA): number {
  const postStart = postEndingAt(text, start, end, extra);
  if (postStart < 0) return start;
  for (let at = postStart; at > start; at--) {
    if (!bounds[at]) continue;
    if ((bounds[at - 1] && verbStops.has(text[at - 1])) || (at - 2 >= start && bounds[at - 2] && verbStops.has(text.slice(at - 2, at)))) return at;
  }
  return start;
}

/** Characters that join the links of one chain (中共中央总书记、国家主席, 副组长兼办公室主任). */
export const CHAIN_JOINTS: ReadonlySet<string> = new Set(['、', '兼', '，', ',']);

/**
 * The title chain ending right before a person at `nameStart`; `floor` bounds it (the previous
 * person); `bounds` marks word boundaries, so a stop word counts only as a whole word (经 in 经营 does not).
 */
export function titlesBefore(text: string, floor: number, nameStart: number, bounds: Uint8Array, extra: ExtraPosts = NO_EXTRA): TitleSpan[] {
  const chain: TitleSpan[] = [];
  let end = nameStart;
  while (end > floor) {
    const postStart = postEndingAt(text, floor, end, extra);
    if (postStart < 0) break;
    const start = organizationStart(text, floor, postStart, bounds);
    if (start === postStart && end - postStart < 2) break;
    chain.unshift({ start, postStart, end });
    const sep = start > floor ? text[start - 1] : '';
    if (CHAIN_JOINTS.has(sep)) end = start - 1;
    else break;
  }
  return chain;
}

/** A bare post right after the name (李鹏总理, 曼德拉总统), or undefined. */
export function titleAfter(text: string, nameEnd: number, extra: ExtraPosts = NO_EXTRA): TitleSpan | undefined {
  const end = postStartingAt(text, nameEnd, extra);
  return end > 0 ? { start: nameEnd, postStart: nameEnd, end } : undefined;
}
