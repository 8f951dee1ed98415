// Anchoring a span by its text and context, and finding it again in a changed text. A span is found
// again only where its text still stands with enough of its old context around it: when the words
// were deleted, the same words elsewhere on the page are not taken for them.
import type { Span } from '../types';
import type { Anchor } from './types';

/** Characters of context kept on each side. */
export const CONTEXT_LENGTH = 16;
/** Context characters that must still match (fewer when the span stood nearer the text's edge). */
const MIN_CONTEXT = 4;

export function makeAnchor(text: string, span: Span): Anchor {
  return {
    text: text.slice(span.start, span.end),
    before: text.slice(Math.max(0, span.start - CONTEXT_LENGTH), span.start),
    after: text.slice(span.end, span.end + CONTEXT_LENGTH),
    hint: span.start,
  };
}

/** Where the anchor stands in the text now, or undefined when its text (with its context) is gone. */
export function resolveAnchor(text: string, anchor: Anchor): Span | undefined {
  if (!anchor.text) return undefined;
  const needed = Math.min(MIN_CONTEXT, anchor.before.length + anchor.after.length);
  let best: { start: number; score: number; distance: number } | undefined;
  for (let at = text.indexOf(anchor.text); at >= 0; at = text.indexOf(anchor.text, at + 1)) {
    const score = commonSuffix(text, at, anchor.before) + commonPrefix(text, at + anchor.text.length, anchor.after);
    if (score < needed) continue;
    const distance = Math.abs(at - anchor.hint);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start: at, score, distance };
  }
  return best && { start: best.start, end: best.start + anchor.text.length };
}

/** How many characters before `end` in the text equal the end of `context`. */
function commonSuffix(text: string, end: number, context: string): number {
  let n = 0;
  while (n < context.length && end - n - 1 >= 0 && text.charCodeAt(end - n - 1) === context.charCodeAt(context.length - n - 1)) n++;
  return n;
}

function commonPrefix(text: string, start: number, context: string): number {
  let n = 0;
  while (n < context.length && start + n < text.length && text.charCodeAt(start + n) === context.charCodeAt(n)) n++;
  return n;
}
