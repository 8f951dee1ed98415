// Titles in a chain, completed by the structure every chain has (the issue's "chains joined by 、,
// 兼 and ，"): posts joined by 兼 are two titles (副组长兼办公室主任), and a chain the tagger
// started late takes the links the structure reads before it (郑州市政府副秘书长，高新区…副书记、…).
import { CHAIN_JOINTS, postEndingAt, qualifierBefore, startAfterStops, titleAfter, titlesBefore, widenedStart } from '../language/titleChains';
import type { LabelledSpan } from '../tagger/labels';
import type { Span } from '../types';
import { anyMarked } from '../marks';

/** Title spans split at 兼 where a post ends right before it. */
function splitAtJian(text: string, titles: LabelledSpan[]): LabelledSpan[] {
  const out: LabelledSpan[] = [];
  for (const t of titles) {
    let start = t.start;
    for (let j = t.start + 1; j < t.end - 1; j++) {
      if (text[j] !== '兼' || postEndingAt(text, start, j) < 0) continue;
      out.push({ kind: 'title', start, end: j });
      start = j + 1;
    }
    out.push({ kind: 'title', start, end: t.end });
  }
  return out;
}

/**
 * The titles with chains completed. `bounds` marks word boundaries; persons bound how far back a
 * chain may reach.
 */
export function completeChains(text: string, titles: LabelledSpan[], persons: Span[], bounds: Uint8Array): LabelledSpan[] {
  const pieces = splitAtJian(text, titles);
  // Where the person or title before each position ends: how far back a title may widen.
  const edges = [...pieces, ...persons].map((s) => s.end).sort((a, b) => a - b);
  const floorOf = (at: number) => {
    let lo = 0;
    let hi = edges.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (edges[mid] <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? edges[lo - 1] : 0;
  };
  const split = pieces
    .map((t) => ({ ...t, start: startAfterStops(text, t.start, t.end, bounds) }))
    .filter((t) => t.end > t.start)
    .map((t) => ({ ...t, start: widenedStart(text, floorOf(t.start), t.start, t.end, bounds) }));
  const taken = new Uint8Array(text.length + 1);
  for (const s of [...split, ...persons]) taken.fill(1, s.start, s.end);
  const added: LabelledSpan[] = [];
  // The links the structure reads before `end`, back to the last taken character before `from`.
  const addChainBefore = (from: number, end: number) => {
    let floor = from;
    while (floor > 0 && !taken[floor - 1]) floor--;
    for (const link of titlesBefore(text, floor, end, bounds)) {
      const start = widenedStart(text, floor, link.start, link.end, bounds);
      if (anyMarked(taken, start, link.end)) continue;
      taken.fill(1, start, link.end);
      added.push({ kind: 'title', start, end: link.end });
    }
  };
  const titleEnds = new Uint8Array(text.length + 1);
  for (const t of split) titleEnds[t.end] = 1;
  for (const t of split) {
    // Only a chain's first title, right after a joint with nothing tagged before the joint.
    const joint = t.start - 1;
    if (joint <= 0 || !CHAIN_JOINTS.has(text[joint]) || taken[joint - 1] || titleEnds[joint]) continue;
    addChainBefore(joint, joint);
  }
  // A post qualified in brackets right before a name (县委副书记、县长（代）陈晓东): the qualifier is
  // the post's, and the chain before it the name's, whether the tagger read the post or not.
  for (const p of persons) {
    const open = qualifierBefore(text, 0, p.start);
    if (open < 0 || anyMarked(taken, open, p.start)) continue;
    if (!taken[open - 1]) addChainBefore(open - 1, open);
    const post = [...split, ...added].find((t) => t.end === open);
    if (!post) continue;
    post.end = p.start;
    taken.fill(1, open, p.start);
  }
  // A chain right before a name that the tagger left out whole (区委书记张红军, a name it did not read).
  for (const p of persons) if (p.start > 0 && !taken[p.start - 1]) addChainBefore(p.start - 1, p.start);
  // A bare post right after a name (普京总统, 习近平总书记) that the tagger left out.
  for (const p of persons) {
    if (p.end >= text.length || taken[p.end]) continue;
    const after = titleAfter(text, p.end);
    if (!after || anyMarked(taken, after.start, after.end)) continue;
    // A post word that starts a longer word is no post here (代表团, 主席台).
    if (!bounds[after.end]) continue;
    taken.fill(1, after.start, after.end);
    added.push({ kind: 'title', start: after.start, end: after.end });
  }
  return [...split, ...added].sort((a, b) => a.start - b.start);
}
