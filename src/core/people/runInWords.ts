// Words the tagger ran into a name, cut off again:
// - a function word beside a name the page knows elsewhere (李希将出席, 我同拉马福萨总统);
// - on any page, after a name-shaped span, 作 before 的 or a report and 将 before a verb (刘奇作的报告,
//   张明作工作报告, 李希将于…),
//   and a last character that starts a word that follows names (陈希同 before 志: 同志);
// - on any page, 应 of 应…邀请 and a preposition before a foreign name and its post
//   (应拉马福萨总统邀请, 同安瓦尔总理);
// - a byline's credit after a slash (通讯员李强文/图);
// - 夫人 before a name (李克强总理夫人程虹), the wife's place, not part of her name, and a word that
//   follows names at the end of one (巴育夫妇).
// A span that runs a known name, a conjunction and another name together holds two persons
// (丁薛祥和梅列多夫, 阮富仲和夫人吴氏敏); with another function word, the known name alone (李希在哈瓦那).
import { isHan } from '../language/chars';
import { BYLINE_WORK_CHARS, CONJUNCTION_CHARS } from '../language/wordLists';
import type { Lexicon } from '../lexicon/lexicon';
import type { LabelledSpan } from '../tagger/labels';
import type { TextView } from '../tagger/textView';
import type { Span } from '../types';
import { hasChineseNameShape, mayBeForeignName, mayBeName } from './nameShape';

const CONJUNCTIONS: ReadonlySet<string> = new Set(CONJUNCTION_CHARS);
/** Function words of one character that the tagger runs into a name: conjunctions, prepositions, auxiliaries. */
const FUNCTION_CHARS: ReadonlySet<string> = new Set([...CONJUNCTION_CHARS, ...'将作要在对向也都还又把被给跟就是等']);
const SPOUSE = '夫人';
const BYLINE_WORKS: ReadonlySet<string> = new Set([...BYLINE_WORK_CHARS]);
const SLASHES: ReadonlySet<string> = new Set(['/', '／']);
/** Shorter names are not cut down to: one character is no name of its own here. */
const MIN_NAME = 2;
/** Prepositions that lead a foreign name with a post after it (同拉马福萨总统, 向马克龙总统). */
const BEFORE_POSTED = new Set([...'同向与和跟对']);
const INVITATION = '邀请';
/** How far after the name 邀请 may close 应…邀请 (应南非总统拉马福萨邀请, 应国家主席习近平的邀请). */
const INVITATION_REACH = 12;

/**
 * Whether the character at `start` is a word of its own before a name, whether or not the page knows
 * the name: 应 of 应…邀请 (at the invitation of: 应拉马福萨总统邀请), or a preposition before a
 * transliterated name and the post after it (同拉马福萨总统). A name may start with these characters
 * (应勇, 向跃东), so 应 needs 邀请 after it, and the prepositions a foreign name and a post.
 */
function leadsName(view: TextView, start: number, end: number, lex: Lexicon): boolean {
  const text = view.text;
  const rest = { start: start + 1, end };
  const afterPost = start > 0 && view.postEnd[start - 1] > 0;
  if (text[start] === '应') {
    const at = text.indexOf(INVITATION, end);
    const closes = at >= 0 && at - end <= INVITATION_REACH && !/[，。；！？\n]/.test(text.slice(end, at));
    // After a post and right before 邀请, 应 is the surname of the one who invites (副市长应利华邀请…);
    // 总书记应习近平总书记邀请 has the host's post between.
    if (afterPost && at === end) return false;
    return closes && (mayBeName(view, rest, lex) || mayBeForeignName(view, rest, lex));
  }
  if (afterPost) return false;
  // A span shaped as a Chinese name keeps its surname (向明华局长): many given names are written with
  // characters foreign names use too.
  return BEFORE_POSTED.has(text[start]) && view.postStart[end] > 0 && mayBeForeignName(view, rest, lex) && !hasChineseNameShape(text, { start, end }, lex);
}

/** What 作 delivers (张明作工作报告, 刘奇作的关于…的报告): then 作 is the verb, not the name's. */
const DELIVERED = /^(?:的|(?:重要|工作|动员|总结|专题|辅导|主题|表态|交流|典型|书面)?(?:报告|讲话|发言)|部署|说明|批示|指示|点评)/;

/**
 * Whether the character before `end` is a verb's word run into the name before it, whether or not the
 * page knows the name: 作 before 的 or a report delivers it (刘奇作的关于…的报告, 张明作工作报告), 将 before a verb or 于 says
 * what the person will do (李希将出席, 李希将于9月14日), and no Chinese given name ends in it; 将军 is a
 * rank, not 将.
 */
function runsInVerb(text: string, end: number): boolean {
  const last = text[end - 1];
  if (last === '作') return DELIVERED.test(text.slice(end, end + 6));
  return last === '将' && text[end] !== '军' && end < text.length && isHan(text.charCodeAt(end));
}
/** Length of a word of two characters or more that follows names and ends the span at `end`, or 0. */
function trailingAfterNameWord(view: TextView, start: number, end: number): number {
  for (let len = 2; len <= 3 && end - len > start; len++) if (view.afterName[end - len] === len) return len;
  return 0;
}

/**
 * The found persons with function words and 夫人 cut off where the rest is a name. `titles` are the
 * tagged titles: a conjunction before one joins the name to the next person (蔡奇同越共中央政治局委员…).
 */
export function withoutRunInWords(view: TextView, found: readonly LabelledSpan[], titles: readonly Span[], lex: Lexicon): LabelledSpan[] {
  const text = view.text;
  const names = new Set<string>();
  let longest = 0;
  for (const p of found) {
    if (p.kind !== 'person') continue;
    names.add(text.slice(p.start, p.end));
    longest = Math.max(longest, p.end - p.start);
  }
  const isName = (s: Span) => mayBeName(view, s, lex) || mayBeForeignName(view, s, lex);
  const nextStarts = new Set<number>();
  for (const s of [...found, ...titles]) nextStarts.add(s.start);
  const out: LabelledSpan[] = [];
  for (const p of found) {
    if (p.kind !== 'person') {
      out.push(p);
      continue;
    }
    let { start, end } = p;
    if (end - start - SPOUSE.length >= MIN_NAME && text.startsWith(SPOUSE, start)) start += SPOUSE.length;
    // A word of two characters or more that follows names ends none (巴育夫妇, 鲁蓬夫妇: the couple).
    const trailing = trailingAfterNameWord(view, start, end);
    if (trailing && end - trailing - start >= MIN_NAME) end -= trailing;
    // A byline's credit written with a slash (通讯员李强文/图, 王芳图/文): the work, not the name.
    if (end - start > MIN_NAME && BYLINE_WORKS.has(text[end - 1]) && SLASHES.has(text[end]) && BYLINE_WORKS.has(text[end + 1] ?? '')) end--;
    // A conjunction last is cut only from what cannot be one Chinese name (丁薛祥和), or before a
    // title or a name (蔡奇同越共中央政治局委员…): 和, 同 and 与 end many given names (王建和为, 李大同作).
    const last = text[end - 1];
    const cutsLast = FUNCTION_CHARS.has(last) && (!CONJUNCTIONS.has(last) || nextStarts.has(end) || !hasChineseNameShape(text, { start, end }, lex));
    // The last character starts a word that follows names and runs past the span (陈希同 before 志在…: 同志).
    const startsAfterNameWord = view.afterName[end - 1] > 1;
    if (end - start > MIN_NAME && ((cutsLast && names.has(text.slice(start, end - 1))) || ((runsInVerb(text, end) || startsAfterNameWord) && hasChineseNameShape(text, { start, end: end - 1 }, lex)))) end--;
    else if (end - start > MIN_NAME && FUNCTION_CHARS.has(text[start]) && names.has(text.slice(start + 1, end))) start++;
    else if (end - start > MIN_NAME && leadsName(view, start, end, lex)) start++;
    else {
      // A known name, a function word and more: the longest such name at the start. After a
      // conjunction, the rest must be a name itself (not 欧阳和平 read as 欧阳 and 平).
      for (let len = Math.min(longest, end - start - 2); len >= MIN_NAME; len--) {
        const cut = start + len;
        if (!FUNCTION_CHARS.has(text[cut]) || !names.has(text.slice(start, cut))) continue;
        let rest = cut + 1;
        if (text.startsWith(SPOUSE, rest)) rest += SPOUSE.length;
        if (CONJUNCTIONS.has(text[cut])) {
          if (end - rest < MIN_NAME || !isName({ start: rest, end })) continue;
          out.push({ ...p, start: rest, end });
        }
        end = cut;
        break;
      }
    }
    out.push(start === p.start && end === p.end ? p : { ...p, start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}
