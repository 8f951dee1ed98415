// CoNLL: one character a line, "character<TAB>offset<TAB>tag" with BIO tags (B-official, I-official,
// O), sentences separated by an empty line. The offset is the character's (code point) in the text
// as stored, so a reader can map tags back; the tag is the last column, as CoNLL readers expect.
// Whitespace and line breaks are not written (a name wrapped across lines stays one B-I run);
// sentences end after 。！？!? (and closing quotes after them) and at blank lines.
import { CodePoints } from './offsets';
import type { LabelledSpan } from './labels';

const SENTENCE_END = /[。！？!?]/;
const CLOSING = /[”’」』）)】"']/;

export function toConll(text: string, spans: readonly LabelledSpan[]): string {
  const points = new CodePoints(text);
  const tags = tagsOf(text, spans);
  const out: string[] = [];
  let sentence: string[] = [];
  const endSentence = () => {
    if (sentence.length) out.push(sentence.join('\n'), '');
    sentence = [];
  };
  let newlines = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (/\s/u.test(ch)) {
      if (ch === '\n' && ++newlines >= 2) endSentence();
      i += ch.length;
      continue;
    }
    newlines = 0;
    sentence.push(`${ch}\t${points.point(i)}\t${tags[i]}`);
    const next = text[i + ch.length];
    if (SENTENCE_END.test(ch) && !(next && (CLOSING.test(next) || SENTENCE_END.test(next)))) endSentence();
    else if (CLOSING.test(ch) && SENTENCE_END.test(text[i - 1] ?? '') && !(next && CLOSING.test(next))) endSentence();
    i += ch.length;
  }
  endSentence();
  return out.join('\n') + (out.length ? '\n' : '');
}

/** Tag per UTF-16 unit; BIO cannot nest, so a span overlapping one already tagged is left out. */
function tagsOf(text: string, spans: readonly LabelledSpan[]): string[] {
  const tags = new Array<string>(text.length).fill('O');
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let taken = 0;
  for (const s of sorted) {
    if (s.start < taken) continue;
    let first = true;
    for (let i = s.start; i < s.end; i++) {
      if (/\s/.test(text[i])) continue;
      tags[i] = `${first ? 'B' : 'I'}-${s.label}`;
      first = false;
    }
    taken = s.end;
  }
  return tags;
}

/** Spans read back from CoNLL lines (offsets in UTF-16 units of the text). */
export function readConll(conll: string, text: string): LabelledSpan[] {
  const points = new CodePoints(text);
  const spans: LabelledSpan[] = [];
  let open: LabelledSpan | undefined;
  for (const line of conll.split('\n')) {
    const [ch, offset, tag] = line.split('\t');
    if (!line || tag === undefined) {
      open = undefined;
      continue;
    }
    const start = points.unit(Number(offset));
    const end = start + ch.length;
    if (tag.startsWith('B-')) {
      open = { start, end, label: tag.slice(2) };
      spans.push(open);
    } else if (tag.startsWith('I-') && open) open.end = end;
    else open = undefined;
  }
  return spans;
}
