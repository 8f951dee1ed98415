// Offsets to line/character quads the way VS Code counts lines (\r\n, \n and \r each end a line),
// so a digest's mentions can be shown without reading the file again.
import type { Quad } from './types';

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}

function position(starts: number[], offset: number): [number, number] {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return [lo, offset - starts[lo]];
}

export function quadOf(starts: number[], start: number, end: number): Quad {
  const [a, b] = position(starts, start);
  const [c, d] = position(starts, end);
  return [a, b, c, d];
}
