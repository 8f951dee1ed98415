// A string that stands right before an organization's or a place's ending somewhere on the page
// (万德莱公司, 古吴轩出版社, 埃雷迪亚市) names that organization or place, not a person, wherever else
// it stands on the page (万德莱要想…), unless the page also puts it where names stand (after a
// post, before a post or a word that follows names: 李宁表示, then 李宁公司, is a person and his company).
// So does a short name in brackets after an organization's ending, and the place of a dateline
// (新华社马尼拉１月６日电, 本报珀斯１月７日电).
import { datelinePlaces } from '../articles/leads';
import { ARMED_GROUP_WORDS, ORG_SUFFIXES, PLACE_WORDS } from '../language/wordLists';
import { WordSet } from '../language/wordSet';
import type { LabelledSpan } from '../tagger/labels';
import type { TextView } from '../tagger/textView';


/**
 * Endings of organizations, of two characters or more (one, such as 部 or 委, ends too many other
 * words), and of administrative places. Not 政府 (克林顿政府 is the president's administration),
 * 组织 (also a verb), nor the schools (李明大学毕业后…).
 */
const NOT_HEADED = new Set(['政府', '组织', '大学', '中学', '小学']);
const orgOrPlaceEndings = new WordSet([...ORG_SUFFIXES.filter((w) => w.length > 1 && !NOT_HEADED.has(w)), '市', '县', '省', ...PLACE_WORDS, ...ARMED_GROUP_WORDS]);
const BRACKETS = [['（', '）'], ['(', ')']] as const;
/** Longer spans (a list the tagger ran together) are not looked for. */
const MAX_NAME = 10;

/** The found persons without those whose string heads an organization or place on the page. `attested` are the strings the page puts where names stand. */
export function withoutOrganizationHeads(view: TextView, found: readonly LabelledSpan[], attested: ReadonlySet<string>): LabelledSpan[] {
  const { text, postStart, wordBounds } = view;
  const names = new Set<string>();
  let longest = 0;
  for (const p of found) {
    const name = text.slice(p.start, p.end);
    if (name.length < 2 || name.length > MAX_NAME || attested.has(name)) continue;
    names.add(name);
    longest = Math.max(longest, name.length);
  }
  if (names.size === 0) return [...found];
  // One pass over the endings of the page, each looked back from for the names: the page is long,
  // the names many.
  const heads = new Set<string>();
  for (let end = 2; end < text.length; end++) {
    // A post there is the person's (王强市长); the ending must end where a word of the dictionary's
    // reading does (not 市 of 市场 or 市委, 等地 of 等地下), though it may begin inside one (江西省).
    if (postStart[end]) continue;
    const len = orgOrPlaceEndings.longestAt(text, end, text.length);
    if (len === 0 || !wordBounds[end + len]) continue;
    for (let k = 2; k <= Math.min(longest, end); k++) {
      if (!wordBounds[end - k]) continue;
      const name = text.slice(end - k, end);
      if (names.has(name)) heads.add(name);
    }
  }
  // A short name in brackets right after an organization's ending is that organization's
  // (伊斯兰圣战组织（杰哈德）).
  const { orgEnd } = view;
  for (const [opener, closer] of BRACKETS)
    for (let open = text.indexOf(opener); open > 0; open = text.indexOf(opener, open + 1)) {
      if (!orgEnd[open - 1]) continue;
      const close = text.indexOf(closer, open + 1);
      if (close < 0 || close - open - 1 > longest) continue;
      const alias = text.slice(open + 1, close);
      if (names.has(alias)) heads.add(alias);
    }
  for (const place of datelinePlaces(text)) if (names.has(place)) heads.add(place);
  return heads.size === 0 ? [...found] : found.filter((p) => !heads.has(text.slice(p.start, p.end)));
}
