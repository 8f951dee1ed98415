// A string that stands right before an organization's or a place's ending somewhere on the page
// (万德莱公司, 古吴轩出版社, 埃雷迪亚市) names that organization or place, not a person, wherever else
// it stands on the page (万德莱要想…), unless the page also puts it where names stand (after a
// post, before a speech verb: 李宁说, then 李宁公司, is a person and his company).
import { ORG_SUFFIXES } from '../language/wordLists';
import { WordSet } from '../language/wordSet';
import type { LabelledSpan } from '../tagger/labels';
import type { TextView } from '../tagger/textView';

/** Words after a place's name that say it is one (顿涅茨克和卢甘斯克地区, 清迈、帕塔亚等地). */
const PLACE_WORDS = ['地区', '等地', '一带', '境内', '以东', '以西', '以南', '以北'];

/**
 * Endings of organizations and of administrative places: of two characters or more, since one
 * (部, 委, 山) starts too many other words; not 政府 (克林顿政府 is the president's administration)
 * nor 组织 (also a verb).
 */
const endings = new WordSet([...ORG_SUFFIXES.filter((w) => w.length > 1 && w !== '政府' && w !== '组织'), '市', '县', '省', ...PLACE_WORDS]);

/** The found persons without those whose string heads an organization or place on the page. `attested` are the strings the page puts where names stand. */
export function withoutOrganizationHeads(view: TextView, found: readonly LabelledSpan[], attested: ReadonlySet<string>): LabelledSpan[] {
  const { text, postStart } = view;
  const names = new Set<string>();
  let longest = 0;
  for (const p of found) {
    const name = text.slice(p.start, p.end);
    if (name.length < 2 || attested.has(name)) continue;
    names.add(name);
    longest = Math.max(longest, name.length);
  }
  if (names.size === 0) return [...found];
  // One pass over the endings of the page, each looked back from for the names: the page is long,
  // the names many.
  const heads = new Set<string>();
  for (let end = 2; end < text.length; end++) {
    // A post there is the person's (王强市长, 李明县委书记).
    if (postStart[end] || endings.longestAt(text, end, text.length) === 0 || text[end + 1] === '委') continue;
    for (let len = 2; len <= Math.min(longest, end); len++) {
      const name = text.slice(end - len, end);
      if (names.has(name)) heads.add(name);
    }
  }
  return heads.size === 0 ? [...found] : found.filter((p) => !heads.has(text.slice(p.start, p.end)));
}
