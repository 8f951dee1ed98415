// Lines and paragraphs of raw page text. A paragraph is a run of non-blank lines between blank
// lines; a page with no blank lines and long lines holds one paragraph per line. Each line keeps
// its raw range (surrounding spaces and a CR trimmed) and its text with every space removed.

export interface Line {
  /** Raw offset of the first non-space character. */
  start: number;
  /** Raw offset just after the last non-space character. */
  end: number;
  /** The line with all whitespace removed. */
  text: string;
}

export interface Paragraph {
  lines: Line[];
  start: number;
  end: number;
  /** The lines joined, whitespace removed. */
  text: string;
}

export interface PageShape {
  /** The paragraphs (the layout finder may split one where a headline sits on its lead). */
  paragraphs: Paragraph[];
  /** Usual length of a line cut by the wrap (0 when lines are never wrapped). */
  width: number;
  /** True when the wrap cuts at a fixed number of characters (titles then fill lines too). */
  fixedWidth: boolean;
}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000 || c === 0xa0 || c === 0x0b || c === 0x0c || c === 0xfeff;
}

/** Splits `raw` into trimmed lines; blank lines come back as null. */
export function splitLines(raw: string): Array<Line | null> {
  const out: Array<Line | null> = [];
  const n = raw.length;
  let i = 0;
  while (i <= n) {
    let j = raw.indexOf('\n', i);
    if (j < 0) j = n;
    let s = i;
    let e = j;
    while (s < e && isSpaceCode(raw.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(raw.charCodeAt(e - 1))) e--;
    if (s === e) out.push(null);
    else {
      let text = '';
      let from = s;
      for (let k = s; k < e; k++) {
        if (isSpaceCode(raw.charCodeAt(k))) {
          if (k > from) text += raw.slice(from, k);
          from = k + 1;
        }
      }
      text += raw.slice(from, e);
      out.push({ start: s, end: e, text });
    }
    if (j === n) break;
    i = j + 1;
  }
  return out;
}

/** Characters of a line as shown: full-width and CJK count one each. */
function lengthOf(line: Line): number {
  return line.text.length;
}

export function pageShape(raw: string): PageShape {
  const lines = splitLines(raw);
  let blanksBetween = 0;
  let seen = false;
  let pendingBlank = false;
  const lengths: number[] = [];
  for (const l of lines) {
    if (!l) {
      if (seen) pendingBlank = true;
      continue;
    }
    if (pendingBlank) blanksBetween++;
    pendingBlank = false;
    seen = true;
    lengths.push(lengthOf(l));
  }
  // One paragraph per line: no blank lines and lines too long to be a wrapped column.
  const linePerParagraph = blanksBetween === 0 && (quantile(lengths, 0.5) > 30 || quantile(lengths, 0.9) > 40);
  const paragraphs: Paragraph[] = [];
  let cur: Line[] = [];
  const flush = () => {
    if (!cur.length) return;
    paragraphs.push({ lines: cur, start: cur[0].start, end: cur[cur.length - 1].end, text: cur.map((l) => l.text).join('') });
    cur = [];
  };
  for (const l of lines) {
    if (!l) flush();
    else {
      cur.push(l);
      if (linePerParagraph) flush();
    }
  }
  flush();
  // Width: the most common length of lines that the wrap cut (not the last of a paragraph).
  const counts = new Map<number, number>();
  let inner = 0;
  for (const p of paragraphs) {
    for (let k = 0; k + 1 < p.lines.length; k++) {
      const len = lengthOf(p.lines[k]);
      counts.set(len, (counts.get(len) ?? 0) + 1);
      inner++;
    }
  }
  let width = 0;
  let best = 0;
  for (const [len, c] of counts) if (c > best || (c === best && len > width)) (best = c), (width = len);
  const fixedWidth = inner === 0 || best >= 0.7 * inner;
  return { paragraphs, width, fixedWidth };
}

/** The q-quantile of small non-negative integers, by counting (linear). */
function quantile(values: number[], q: number): number {
  if (!values.length) return 0;
  const CAP = 256;
  const counts = new Int32Array(CAP + 1);
  for (const v of values) counts[Math.min(v, CAP)]++;
  const rank = Math.floor(values.length * q);
  let seen = 0;
  for (let v = 0; v <= CAP; v++) {
    seen += counts[v];
    if (seen > rank) return v;
  }
  return CAP;
}

/** Raw offset of compact index `k` of a paragraph (its end when k is past the text). */
export function rawOffsetAt(raw: string, p: Paragraph, k: number): number {
  let left = k;
  for (const line of p.lines) {
    if (left < line.text.length) {
      for (let i = line.start; i < line.end; i++) {
        if (isSpaceCode(raw.charCodeAt(i))) continue;
        if (left === 0) return i;
        left--;
      }
    }
    left -= line.text.length;
  }
  return p.end;
}

/** Raw end offset (exclusive) of the compact range ending at index `k` (k > 0). */
export function rawEndAt(raw: string, p: Paragraph, k: number): number {
  if (k <= 0) return p.start;
  return rawOffsetAt(raw, p, k - 1) + 1;
}
