// A word the tagger ran into a name: a found name that is another name found on the page with a
// function word on one side (蔡奇同越共…, 李希将出席, 张军作的报告, 我同拉马福萨总统) is that name,
// and 夫人 before a name (李克强总理夫人程虹) is the wife's place, not part of her name.
import type { LabelledSpan } from '../tagger/labels';

/** Function words of one character that the tagger runs into a name: conjunctions, prepositions, auxiliaries. */
const FUNCTION_CHARS = new Set([...'和与同及将作要在对向也都还又把被给跟']);
const SPOUSE = '夫人';
/** Shorter names are not cut down to: one character is no name of its own here. */
const MIN_NAME = 2;

/** The found persons with function words and 夫人 cut off where the rest is a name. */
export function withoutRunInWords(text: string, found: readonly LabelledSpan[]): LabelledSpan[] {
  const names = new Set<string>();
  for (const p of found) if (p.kind === 'person') names.add(text.slice(p.start, p.end));
  return found.map((p) => {
    if (p.kind !== 'person') return p;
    let { start, end } = p;
    if (end - start - SPOUSE.length >= MIN_NAME && text.startsWith(SPOUSE, start)) start += SPOUSE.length;
    if (end - start > MIN_NAME && FUNCTION_CHARS.has(text[end - 1]) && names.has(text.slice(start, end - 1))) end--;
    else if (end - start > MIN_NAME && FUNCTION_CHARS.has(text[start]) && names.has(text.slice(start + 1, end))) start++;
    return start === p.start && end === p.end ? p : { ...p, start, end };
  });
}
