// A word the tagger ran into a name: a found name that is another name found on the page with a
// function word on one side (蔡奇同越共…, 李希将出席, 张军作的报告, 我同拉马福萨总统) is that name,
// and 夫人 before a name (李克强总理夫人程虹) is the wife's place, not part of her name. A span that
// runs a known name, a conjunction and more together holds two persons (丁薛祥和梅列多夫, 阮富仲和夫人吴氏敏);
// with another function word, the known name alone (李希在哈瓦那, 韩正在京).
import type { LabelledSpan } from '../tagger/labels';

/** Function words of one character that the tagger runs into a name: conjunctions, prepositions, auxiliaries. */
const FUNCTION_CHARS = new Set([...'和与同及将作要在对向也都还又把被给跟就是等']);
/** Those that join two persons. */
const CONJUNCTIONS = new Set([...'和与同及']);
const SPOUSE = '夫人';
/** Shorter names are not cut down to: one character is no name of its own here. */
const MIN_NAME = 2;

/** The found persons with function words and 夫人 cut off where the rest is a name. */
export function withoutRunInWords(text: string, found: readonly LabelledSpan[]): LabelledSpan[] {
  const names = new Set<string>();
  let longest = 0;
  for (const p of found) {
    if (p.kind !== 'person') continue;
    names.add(text.slice(p.start, p.end));
    longest = Math.max(longest, p.end - p.start);
  }
  const out: LabelledSpan[] = [];
  for (const p of found) {
    if (p.kind !== 'person') {
      out.push(p);
      continue;
    }
    let { start, end } = p;
    if (end - start - SPOUSE.length >= MIN_NAME && text.startsWith(SPOUSE, start)) start += SPOUSE.length;
    if (end - start > MIN_NAME && FUNCTION_CHARS.has(text[end - 1]) && names.has(text.slice(start, end - 1))) end--;
    else if (end - start > MIN_NAME && FUNCTION_CHARS.has(text[start]) && names.has(text.slice(start + 1, end))) start++;
    else {
      // A known name, a function word and more: the longest such name at the start.
      for (let len = Math.min(longest, end - start - 2); len >= MIN_NAME; len--) {
        const cut = start + len;
        if (!FUNCTION_CHARS.has(text[cut]) || !names.has(text.slice(start, cut))) continue;
        let rest = cut + 1;
        if (text.startsWith(SPOUSE, rest)) rest += SPOUSE.length;
        if (CONJUNCTIONS.has(text[cut]) && end - rest >= MIN_NAME) out.push({ ...p, start: rest, end });
        end = cut;
        break;
      }
    }
    out.push(start === p.start && end === p.end ? p : { ...p, start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}
