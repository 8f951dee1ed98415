// Offsets in characters (Unicode code points), as brat, doccano and Label Studio count them (they are
// Python, or store code points), against the engine's UTF-16 units: a character outside the BMP (an
// emoji) is two units and one character. Line breaks are characters like any other: CRLF counts two.
export class CodePoints {
  /** UTF-16 offset → code point offset (an offset inside a surrogate pair maps to its character). */
  private readonly toPoint: Int32Array;
  /** Code point offset → UTF-16 offset. */
  private readonly toUnit: Int32Array;

  constructor(text: string) {
    this.toPoint = new Int32Array(text.length + 1);
    const units: number[] = [];
    let point = 0;
    for (let i = 0; i < text.length; i++) {
      this.toPoint[i] = point;
      const c = text.charCodeAt(i);
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      units.push(i);
      if (pair) this.toPoint[++i] = point;
      point++;
    }
    this.toPoint[text.length] = point;
    units.push(text.length);
    this.toUnit = Int32Array.from(units);
  }

  /** Characters in the text. */
  get length(): number {
    return this.toUnit.length - 1;
  }

  point(unit: number): number {
    return this.toPoint[unit];
  }

  /** The UTF-16 offset of a character offset, or -1 beyond the text. */
  unit(point: number): number {
    return point >= 0 && point < this.toUnit.length ? this.toUnit[point] : -1;
  }
}
