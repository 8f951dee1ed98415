// The region of a long document analysed first, for the lines on screen: those lines widened to the
// blank lines around them (when one is near), so that the articles on screen are analysed whole.
import type { LineIndex } from '../../core/lineIndex';

/** Offsets [start, end) of lines [fromLine, toLine) widened to blank lines at most `snap` characters away. */
export function previewRegion(lines: LineIndex, fromLine: number, toLine: number, snap: number): { start: number; end: number } {
  // Blank lines by the line index, so that \r\n files snap as \n files do.
  const blank = (line: number) => lines.lineEnd(line) === lines.lineStart(line);
  let start = lines.lineStart(fromLine);
  let end = lines.lineStart(Math.min(toLine, lines.lineCount));
  for (let line = fromLine; line > 0 && start - lines.lineStart(line) < snap; line--) {
    if (blank(line)) {
      start = lines.lineStart(line + 1);
      break;
    }
  }
  for (let line = Math.min(toLine, lines.lineCount); line < lines.lineCount && lines.lineStart(line) - end < snap; line++) {
    if (blank(line)) {
      end = lines.lineStart(line + 1);
      break;
    }
  }
  return { start, end };
}
