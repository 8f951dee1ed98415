// Offsets (UTF-16 code units) to line/character positions the way VS Code counts lines (\r\n, \n
// and \r each end a line): the worker hands the extension host ready positions instead of offsets
// it would convert one by one with positionAt, the who's who keeps them in a digest, and the CLI's
// export writes the line and column the editor's export writes. The one line index of the project.
/** A range as [startLine, startCharacter, endLine, endCharacter], lines counted as VS Code counts them. */
export type Quad = [number, number, number, number];

export class LineIndex {
  /** Offset at which each line starts. */
  readonly starts: Int32Array;

  constructor(readonly text: string) {
    const starts: number[] = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10) starts.push(i + 1);
    }
    this.starts = Int32Array.from(starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineOf(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Writes [line, character] of the offset at out[at], out[at + 1]. */
  position(offset: number, out: Int32Array | number[], at: number): void {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(clamped);
    out[at] = line;
    out[at + 1] = Math.min(clamped, this.lineEnd(line)) - this.starts[line];
  }

  /** [startLine, startCharacter, endLine, endCharacter] of a range. */
  quad(start: number, end: number): Quad {
    const q: [number, number, number, number] = [0, 0, 0, 0];
    this.position(start, q, 0);
    this.position(end, q, 2);
    return q;
  }

  /** Offset of the start of a line (the text's end past the last line). */
  lineStart(line: number): number {
    if (line <= 0) return 0;
    if (line >= this.starts.length) return this.text.length;
    return this.starts[line];
  }

  /** Offset where the line's text ends (before its line break). */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    let end = next;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}
