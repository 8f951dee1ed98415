// Two persons, each with the post after the name, joined by a conjunction: 习近平主席和普京总统,
// 李鹏总理和朱镕基副总理. Where a name stands before the first post, the post ends at the
// conjunction, and what stands between it and the next post is the second person's name. The
// tagger may read the whole stretch as one title (主席和普京总统) or take the conjunction into the
// name (和普京): both are mended here, before the other facts. Without a name before the first
// post, two posts of one person may be joined so (副会长和国会对策副委员长): left as read.
import { isHan } from '../language/chars';
import { postEndingAt, titleAfter } from '../language/titleChains';
import type { Lexicon } from '../lexicon/lexicon';
import type { LabelledSpan } from '../tagger/labels';
import type { TextView } from '../tagger/textView';
import { mayBeForeignName, mayBeName } from './nameShape';

const CONJUNCTIONS = new Set(['和', '同', '与', '及']);
const MIN_NAME = 2;
/** Transliterated names run longer than Chinese ones (马哈蒂尔, 托卡耶夫). */
const MAX_NAME = 5;
/** The longest post with its modifiers read back from the conjunction. */
const MAX_POST = 8;

/**
 * The tagger's spans with the persons that name, post, conjunction, name, post reads added with
 * their posts, and the spans that cross them cut.
 */
export function conjoinedPersons(view: TextView, tagged: readonly LabelledSpan[], lex: Lexicon): LabelledSpan[] {
  const { text, postEnd, postStart, afterName } = view;
  const names: LabelledSpan[] = [];
  const personEnds = new Uint8Array(text.length + 1);
  for (const t of tagged) if (t.kind === 'person') personEnds[t.end] = 1;
  for (let j = 1; j + 1 + MIN_NAME < text.length; j++) {
    if (!postEnd[j - 1] || !CONJUNCTIONS.has(text[j])) continue;
    const first = postEndingAt(text, Math.max(0, j - MAX_POST), j);
    if (first < 0 || !personEnds[first]) continue;
    const start = j + 1;
    // Two posts joined (主席和秘书长) are no name.
    if (postStart[start]) continue;
    for (let end = start + MIN_NAME; end <= Math.min(text.length - 1, start + MAX_NAME); end++) {
      if (!isHan(text.charCodeAt(end - 1)) || afterName[end - 1] || postStart[end - 1]) break;
      const post = titleAfter(text, end);
      if (!post) continue;
      const span = { start, end };
      // The tagger's own reading over the conjunction and the name (a title, or a name that took
      // the conjunction) vouches that a name stands here; else the span needs a name's shape.
      if (tagged.some((t) => t.start <= j && t.end >= end) || mayBeName(view, span, lex) || mayBeForeignName(view, span, lex)) names.push({ kind: 'person', start, end }, { kind: 'title', start: end, end: post.end });
      break;
    }
  }
  if (names.length === 0) return [...tagged];
  const out: LabelledSpan[] = [];
  for (const s of tagged) {
    // The conjunction belongs to no span either.
    const crossed = names.filter((n) => (n.kind === 'person' ? n.start - 1 : n.start) < s.end && n.end > s.start);
    if (crossed.length === 0) {
      out.push(s);
      continue;
    }
    // A person that took the conjunction, the name or the post gives way; a title keeps its pieces
    // outside them (主席 | 和普京总统).
    if (s.kind === 'person') continue;
    let at = s.start;
    for (const n of crossed) {
      const from = n.kind === 'person' ? n.start - 1 : n.start;
      if (from > at) out.push({ kind: 'title', start: at, end: from });
      at = Math.max(at, n.end);
    }
    if (s.end > at) out.push({ kind: 'title', start: at, end: s.end });
  }
  return [...out, ...names].sort((a, b) => a.start - b.start || a.end - b.end);
}
