// Posts a notice gives or takes away (任免): 任命张明为区财政局局长, 选举赵刚为区人大常委会副主任, 免去王强
//的区财政局局长职务. The post is joined to the name by a verb, so it is no title span (the gold
// corpora mark none there), but it is the very fact a reader of such a notice follows: each name of
// the list is given the change, with the post split into organization and post as a title is.
import type { FoundPerson } from '../found';
import { postEndingAt } from '../language/titleChains';
import type { PostChange } from '../types';
import { joinedInRun } from './nameRuns';

/** Each verb, what it does to the post, and the word between the names and the posts. */
const VERBS: ReadonlyArray<readonly [string, PostChange['action'], string]> = [
  ['任命', 'appointed', '为'],
  ['聘任', 'appointed', '为'],
  ['选举', 'elected', '为'],
  ['免去', 'removed', '的'],
];
/** What ends the posts of one change: punctuation, 职务. */
const END = /[，,。；;：:！？\n（(]|职务|等职/;
/** The longest post with its organization. */
const MAX_POST = 30;

/** The post changes of each person. */
export function postChanges(text: string, persons: readonly FoundPerson[]): PostChange[][] {
  const changes: PostChange[][] = persons.map(() => []);
  /** The verb of the change before, and where its posts ended: 选举A为主任、B为副主任 gives B one too. */
  let carried: { verb: (typeof VERBS)[number]; end: number } | undefined;
  for (let k = 0; k < persons.length; k++) {
    const first = persons[k];
    const carries = carried !== undefined && first.start === carried.end + 1 && /[、，,]/.test(text[carried.end]);
    const verb = VERBS.find(([word]) => text.startsWith(word, first.start - word.length)) ?? (carries ? carried!.verb : undefined);
    carried = undefined;
    if (!verb) continue;
    const [, action, joint] = verb;
    // The list of names: persons joined by 、 up to the joint word.
    let last = k;
    while (last + 1 < persons.length && joinedInRun(text, persons[last], persons[last + 1])) last++;
    // 任命张明同志为…: the form of address stands between the names and the joint word.
    const from = persons[last].end + (text.startsWith('同志', persons[last].end) ? 2 : 0);
    if (!text.startsWith(joint, from)) continue;
    const rest = text.slice(from + joint.length, from + joint.length + MAX_POST + 1);
    const stop = rest.search(END);
    // No mark within reach: the posts run to the end of the text when it is that near.
    let end = stop >= 0 ? from + joint.length + stop : rest.length <= MAX_POST ? from + joint.length + rest.length : -1;
    // The next name ends the posts (选举神崎武法为代表、冬柴铁三为干事长), and so does the verb of the
    // next change before it (任命张明为区财政局局长 / 任命王华为…, one to a line with no punctuation).
    if (last + 1 < persons.length && persons[last + 1].start < end) {
      end = persons[last + 1].start;
      const verbBefore = VERBS.find(([word]) => text.startsWith(word, end - word.length));
      if (verbBefore) end -= verbBefore[0].length;
    }
    if (end < 0) continue;
    const posts = readPosts(text, from + joint.length, end, action);
    for (let p = k; p <= last; p++) changes[p] = posts;
    if (posts.length > 0 && last + 1 < persons.length) {
      const next = persons[last + 1].start;
      if (next === end || next === end + 1) carried = { verb, end: next - 1 };
    }
    k = last;
  }
  return changes;
}

/** The posts of [start, end), one per part between 、 and 兼, each ending with a post word. */
function readPosts(text: string, start: number, end: number, action: PostChange['action']): PostChange[] {
  const out: PostChange[] = [];
  let at = start;
  for (let i = start; i <= end; i++) {
    if (i < end && text[i] !== '、' && text[i] !== '兼') continue;
    const postStart = i - at >= 2 ? postEndingAt(text, at, i) : -1;
    if (postStart >= 0) out.push({ action, value: text.slice(at, i), organization: text.slice(at, postStart), post: text.slice(postStart, i) });
    at = i + 1;
  }
  return out;
}
