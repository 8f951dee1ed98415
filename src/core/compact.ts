// A compact view of raw OCR text: hard line breaks and stray spaces removed, full-width digits and
// letters folded to ASCII, digits that OCR read as letters given back (1O月), paragraph breaks (blank lines) kept as a single "\n". Recognizers work on
// the compact text, where "10月 6日" reads "10月6日" and "高新投\n控集团" reads "高新投控集团", and map
// their spans back to raw offsets with `rawSpan`, so a span that crosses a line break covers it.

export interface CompactText {
  /** The compact text. */
  readonly text: string;
  /** Raw offset of each compact character (relative to the start of the raw text given). */
  readonly toRaw: Int32Array;
  /** Raw length, so that an empty compact span can still be mapped. */
  readonly rawLength: number;
  /**
   * 1 at each compact offset before which spaces were dropped (not line breaks alone): where OCR
   * kept the gap between two names of a list (张红军 李明), which the compact text no longer shows.
   */
  readonly spaced: Uint8Array;
}

const FULLWIDTH_START = 0xff01;
const FULLWIDTH_END = 0xff5e;

/** Characters whose full-width form is folded to ASCII (digits, letters, and number punctuation). */
function foldChar(code: number): number {
  if (code >= FULLWIDTH_START && code <= FULLWIDTH_END) {
    const ascii = code - 0xfee0;
    // digits, letters, and . % + - / : which appear inside numbers and dates
    if (
      (ascii >= 0x30 && ascii <= 0x39) ||
      (ascii >= 0x41 && ascii <= 0x5a) ||
      (ascii >= 0x61 && ascii <= 0x7a) ||
      ascii === 0x2e || ascii === 0x25 || ascii === 0x2b || ascii === 0x2d || ascii === 0x2f || ascii === 0x3a
    ) {
      return ascii;
    }
  }
  return code;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0 || code === 0x0d || code === 0x0b || code === 0x0c;
}

/** ASCII word characters: a break between two of them is a space, not nothing. */
function isAsciiWord(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * Builds the compact view of `raw`. Whitespace between two ASCII letters is kept as one space
 * (English words stay apart); whitespace next to anything else is dropped, except that a line
 * holding only whitespace (a blank line) becomes a paragraph break "\n".
 */
export function compact(raw: string): CompactText {
  const n = raw.length;
  // Code units in a typed array, made a string in chunks at the end: no array of a million numbers.
  const out = new Uint16Array(n + 1);
  const map = new Int32Array(n + 1);
  const spaced = new Uint8Array(n + 1);
  let len = 0;
  let i = 0;
  while (i < n) {
    const code = raw.charCodeAt(i);
    if (code !== 0x0a && !isSpace(code)) {
      out[len] = foldChar(code);
      map[len++] = i;
      i++;
      continue;
    }
    // A run of whitespace: count its line breaks.
    const runStart = i;
    let breaks = 0;
    let gaps = 0;
    // Spaces, tabs, ideographic and no-break spaces: what makes a line break more than bare.
    let blanks = 0;
    while (i < n) {
      const c = raw.charCodeAt(i);
      if (c === 0x0a) breaks++;
      else if (!isSpace(c)) break;
      else if (c !== 0x0d) {
        gaps++;
        if (c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0) blanks++;
      }
      i++;
    }
    if (breaks >= 2) {
      if (len > 0 && i < n) {
        out[len] = 0x0a;
        map[len++] = runStart;
      }
      continue;
    }
    if (gaps > 0) spaced[len] = 1;
    const prev = len > 0 ? out[len - 1] : -1;
    const next = i < n ? foldChar(raw.charCodeAt(i)) : -1;
    // A bare line break inside a number is the wrap cutting it ("10\n0亿元"): join it.
    const onlyBreak = breaks === 1 && blanks === 0;
    if (isAsciiWord(prev) && isAsciiWord(next) && !(onlyBreak && isDigit(prev) && isDigit(next))) {
      out[len] = 0x20;
      map[len++] = runStart;
    }
  }
  map[len] = n;
  digitsReadAsLetters(out, len);
  let text = '';
  const CHUNK = 8192;
  for (let k = 0; k < len; k += CHUNK) text += String.fromCharCode.apply(null, out.subarray(k, Math.min(len, k + CHUNK)) as unknown as number[]);
  return { text, toRaw: map.subarray(0, len + 1), rawLength: n, spaced: spaced.subarray(0, len + 1) };
}

/** Letters OCR reads a digit as: O and o for 0, l and I for 1. */
const DIGIT_LOOKALIKE: Record<number, number> = { 0x4f: 0x30, 0x6f: 0x30, 0x6c: 0x31, 0x49: 0x31 };
/**
 * What closes a number or a date (年, 月, 日, 万, 亿, 元, %…): a run of digits before one is a number.
 * Not 时, 个, 百, 千: they start words too (O2O时代, O2O个体, O2O百货).
 */
const NUMBER_CLOSERS = new Set([...'年月日号万亿元%亩吨'].map((c) => c.charCodeAt(0)));
/** What closes a date: a run that starts with a letter (l0月) is a number only before one. */
const DATE_CLOSERS = new Set([...'年月日'].map((c) => c.charCodeAt(0)));

/**
 * The digits OCR read as letters, given back (1O月 6日, l0月, 2O19年): in a run of digits and
 * lookalike letters that holds a digit, stands apart from other letters and is closed by a number's
 * or a date's word, the letters are digits; a run that starts with a letter only before 年, 月, 日.
 * O2O模式, O2O时代, IO1号 and COVID stay as they are.
 */
function digitsReadAsLetters(out: Uint16Array, len: number): void {
  let k = 0;
  while (k < len) {
    if (!isDigit(out[k]) && DIGIT_LOOKALIKE[out[k]] === undefined) {
      k++;
      continue;
    }
    const start = k;
    let digits = 0;
    while (k < len && (isDigit(out[k]) || DIGIT_LOOKALIKE[out[k]] !== undefined)) digits += isDigit(out[k++]) ? 1 : 0;
    const apart = (start === 0 || !isAsciiWord(out[start - 1])) && k < len && NUMBER_CLOSERS.has(out[k]);
    if (!apart || digits === 0 || digits === k - start) continue;
    // A run that starts with a letter is a code (O2O, IO1号, O2吨) unless a date's word closes it
    // and it ends with a digit.
    if (!isDigit(out[start]) && !(DATE_CLOSERS.has(out[k]) && isDigit(out[k - 1]))) continue;
    for (let i = start; i < k; i++) if (!isDigit(out[i])) out[i] = DIGIT_LOOKALIKE[out[i]];
  }
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Maps a compact span [start, end) to the raw span it covers (line breaks inside included). */
export function rawSpan(ct: CompactText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = ct.toRaw[Math.min(start, ct.text.length)];
    return { start: at, end: at };
  }
  return { start: ct.toRaw[start], end: ct.toRaw[end - 1] + 1 };
}
