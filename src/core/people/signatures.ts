// A signature: a short name in brackets that closes a paragraph after its last sentence
// (……对策与建议。（新园）), or stands as a paragraph of its own, is the author's name or pen name.
// Pen names need not start with a surname (峤聿, 小苏), so the name is known by where it stands and by
// what it is not: the dictionary reads it as names, or as single characters none of which is a word of
// function, action or number (not 全文另发, 中国画, 图片; nor the editor's notes 见图, 未完, 上接一版, 附后),
// and it is no organization (（宣传部）).
import { isHan } from '../language/chars';
import type { Lexicon } from '../lexicon/lexicon';
import type { LabelledSpan } from '../tagger/labels';
import type { TextView } from '../tagger/textView';
import { anyMarked } from '../marks';

const MIN_NAME = 2;
const MAX_NAME = 4;
/** What a signature follows: the end of a sentence, or the start of its paragraph. */
const SENTENCE_ENDS = new Set(['。', '！', '？', '”', '」', '…', '\n']);
const NAME_TAGS = /^nr/;
/** Tags under which a character standing alone is a word of its own: verb, adverb, place word, numeral, measure word, preposition, conjunction, particle, pronoun. */
const WORD_TAGS = /^[vdfmqpcur]/;

/** Persons signing paragraphs, where no person or title stands yet (`covered`). */
export function signatures(view: TextView, covered: Uint8Array, lex: Lexicon): LabelledSpan[] {
  const { text, tokens, tokenOf, orgEnd } = view;
  const out: LabelledSpan[] = [];
  for (let open = text.indexOf('（'); open >= 0; open = text.indexOf('（', open + 1)) {
    if (open > 0 && !SENTENCE_ENDS.has(text[open - 1])) continue;
    const close = text.indexOf('）', open + 1);
    const start = open + 1;
    if (close < 0 || close - start < MIN_NAME || close - start > MAX_NAME) continue;
    if (close + 1 < text.length && text[close + 1] !== '\n') continue;
    let han = true;
    for (let i = start; i < close; i++) han &&= isHan(text.charCodeAt(i));
    if (!han || anyMarked(covered, start, close) || orgEnd[close - 1]) continue;
    // Every word of the dictionary's reading inside is one character or a name, and none runs past the brackets.
    let plain = tokens.start[tokenOf[start]] === start && tokens.end[tokenOf[close - 1]] === close;
    for (let t = tokenOf[start]; plain && t <= tokenOf[close - 1]; t++) {
      const tag = tokens.tag[t] === 255 ? '' : lex.tagName(tokens.tag[t]);
      plain = NAME_TAGS.test(tag) || (tokens.end[t] - tokens.start[t] === 1 && !WORD_TAGS.test(tag));
    }
    if (plain) out.push({ kind: 'person', start, end: close });
  }
  return out;
}
