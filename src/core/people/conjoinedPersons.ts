// Two persons, each with the post after the name, joined by a conjunction: 习近平主席和普京总统,
// 李鹏总理和朱镕基副总理. Where a name stands before the first post, the post ends at the
// conjunction, and what stands between it and the next post is the second person's name. The
// tagger may read the whole stretch as one title (主席和普京总统) or take the conjunction into the
// name (和普京): both are mended here, before the other facts. What the dictionary reads as other
// words (李强总理和外交部长王毅, 国务院副总理) or what ends like an organization is no name there.
import { isHan } from '../language/chars';
import { postEndingAt, titleAfter } from '../language/titleChains';
import type { Lexicon } from '../lexicon/lexicon';
import type { LabelledSpan } from '../tagger/labels';
import type { TextView } from '../tagger/textView';
import { mayBeForeignName, mayBeName } from './nameShape';
import { CONJUNCTION_CHARS } from '../language/wordLists';

const CONJUNCTIONS = new Set(CONJUNCTION_CHARS);
const MIN_NAME = 2;
/** Chinese names run to three characters; transliterated ones longer (托卡耶夫, 马哈蒂尔). */
const MAX_CHINESE_NAME = 3;
const MAX_NAME = 5;
/** The longest post with its modifiers read back from the conjunction. */
const MAX_POST = 8;
/** Tags of dictionary words a name may hold: persons, and places (jieba lists 普京 as one). */
const NAME_TAGS = /^n[rs]/;

/**
 * The tagger's spans with the persons that name, post, conjunction, name, post reads added with
 * their posts, and the spans that cross them cut.
 */
export function conjoinedPersons(view: TextView, tagged: readonly LabelledSpan[], lex: Lexicon): LabelledSpan[] {
  const { text, postEnd, postStart, afterName, orgEnd, tokens, tokenOf } = view;
  const n = text.length;
  const personEnds = new Uint8Array(n + 1);
  const personStarts = new Uint8Array(n + 1);
  // How far the tagger's spans starting at or before each offset reach.
  const reach = new Int32Array(n + 1);
  for (const t of tagged) {
    if (t.kind === 'person') {
      personEnds[t.end] = 1;
      personStarts[t.start] = 1;
    }
    reach[t.start] = Math.max(reach[t.start], t.end);
  }
  for (let i = 1; i <= n; i++) reach[i] = Math.max(reach[i], reach[i - 1]);
  // Whether the words the dictionary's reading has inside the span are single characters or names
  // (国会 and 外交 are no part of a name; a word across its edge, 和普京, says nothing).
  const readsAsName = (start: number, end: number) => {
    for (let t = tokenOf[start]; t < tokens.count && tokens.start[t] < end; t++) {
      if (tokens.start[t] < start || tokens.end[t] > end || tokens.end[t] - tokens.start[t] === 1) continue;
      if (!NAME_TAGS.test(lex.tagName(tokens.tag[t]))) return false;
    }
    return true;
  };
  // The dictionary holds words made of a conjunction and a listed name (和普京, nz): read whole, they
  // hide the name. Such a word from the conjunction at j to `end` vouches for the name after it.
  const listedAfterConjunction = (j: number, end: number) => {
    const t = tokenOf[j];
    return tokens.start[t] === j && tokens.end[t] === end && NAME_TAGS.test(lex.wordTag(text.slice(j + 1, end)) ?? '');
  };
  const added: LabelledSpan[] = [];
  for (let j = 1; j + 1 + MIN_NAME < n; j++) {
    if (!postEnd[j - 1] || !CONJUNCTIONS.has(text[j])) continue;
    const first = postEndingAt(text, Math.max(0, j - MAX_POST), j);
    if (first < 0 || !personEnds[first]) continue;
    const start = j + 1;
    // Two posts joined (主席和秘书长) are no name.
    if (postStart[start] || !isHan(text.charCodeAt(start)) || afterName[start]) continue;
    for (let end = start + MIN_NAME; end <= Math.min(n - 1, start + MAX_NAME); end++) {
      if (!isHan(text.charCodeAt(end - 1)) || afterName[end - 1] || postStart[end - 1]) break;
      const post = titleAfter(text, end);
      if (!post) continue;
      const span = { start, end };
      // The tagger's own reading over the conjunction and the name (one title, or a name that took
      // the conjunction) vouches for a name the dictionary reads as names or single characters;
      // else the span needs a name's shape.
      const vouched = (reach[j] >= end && readsAsName(start, end)) || listedAfterConjunction(j, end);
      const shaped = (end - start <= MAX_CHINESE_NAME && mayBeName(view, span, lex)) || mayBeForeignName(view, span, lex);
      // An organization before the post (外交部长), or a name after it (国务院副总理朱镕基), makes the span no name.
      if ((vouched || shaped) && !orgEnd[end - 1] && !personStarts[post.end]) {
        added.push({ kind: 'person', start, end }, { kind: 'title', start: end, end: post.end });
        // A pair can start the next one (A主席和B总统及C总理).
        personEnds[end] = 1;
      }
      break;
    }
  }
  if (added.length === 0) return [...tagged];
  // The characters the pairs claim, the conjunction before each name included.
  const claimed = new Uint8Array(n + 1);
  for (const a of added) claimed.fill(1, a.kind === 'person' ? a.start - 1 : a.start, a.end);
  const out: LabelledSpan[] = [];
  for (const s of tagged) {
    let crossed = false;
    for (let i = s.start; i < s.end && !crossed; i++) crossed = claimed[i] === 1;
    if (!crossed) {
      out.push(s);
      continue;
    }
    // A person that took the conjunction, the name or the post gives way; a title keeps its pieces
    // outside them (主席 | 和普京总统).
    if (s.kind === 'person') continue;
    let at = s.start;
    while (at < s.end) {
      while (at < s.end && claimed[at]) at++;
      const from = at;
      while (at < s.end && !claimed[at]) at++;
      if (at > from) out.push({ kind: 'title', start: from, end: at });
    }
  }
  return [...out, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}
