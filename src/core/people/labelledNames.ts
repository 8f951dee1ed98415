// A name after a label of a form, minutes or notice (联系人：张伟, 记录：周静, 主持人：王建国): the
// label says a person follows, so a name-shaped run up to the end of the entry is one, though the
// tagger, with no sentence around it, left it out.
import { isHan } from '../language/chars';
import type { Lexicon } from '../lexicon/lexicon';
import type { LabelledSpan } from '../tagger/labels';
import type { TextView } from '../tagger/textView';
import { anyMarked } from '../marks';
import { hasChineseNameShape, mayBeName } from './nameShape';

/** Labels a person's name follows in forms, minutes and notices. */
const PERSON_LABELS = ['联系人', '主持人', '主持', '记录人', '记录', '审核', '审稿', '签发', '执笔', '撰稿', '出席', '列席', '请假', '缺席', '领誓人', '监誓人'];
const LABEL = new RegExp(`(?:${PERSON_LABELS.join('|')})[：:]`, 'g');
/** What ends an entry after the name (besides the line): a clause, a list's comma, a note in brackets. */
const ENTRY_ENDS = new Set([...'\n，。；、（(,;']);
/** A surname and one of these is a form of address (殷总, 王局, 李处), after 主持人： in an interview. */
const ADDRESS_ENDINGS = new Set([...'总局处科队老工']);
/** Chinese names are two or three characters; the longer reading is tried first. */
const LENGTHS = [3, 2];

/**
 * Persons right after a label that names one, where no person or title stands yet (`covered`).
 * `brokenAt(i)` tells whether a line break or spaces stood before compact offset i: the entry ends there.
 */
export function labelledNames(view: TextView, covered: Uint8Array, lex: Lexicon, brokenAt: (i: number) => boolean): LabelledSpan[] {
  const text = view.text;
  const out: LabelledSpan[] = [];
  for (const m of text.matchAll(LABEL)) {
    const start = m.index + m[0].length;
    // The label starts an entry: at a line's or clause's start.
    if (m.index > 0 && !ENTRY_ENDS.has(text[m.index - 1]) && !brokenAt(m.index)) continue;
    for (const len of LENGTHS) {
      const end = start + len;
      if (end > text.length || (end < text.length && !ENTRY_ENDS.has(text[end]) && !brokenAt(end))) continue;
      let han = true;
      for (let i = start; i < end; i++) han &&= isHan(text.charCodeAt(i));
      const span = { start, end };
      if (!han || anyMarked(covered, start, end) || !hasChineseNameShape(text, span, lex) || !mayBeName(view, span, lex)) continue;
      if (len === 2 && ADDRESS_ENDINGS.has(text[end - 1])) break;
      out.push({ kind: 'person', start, end });
      break;
    }
  }
  return out;
}
