// What changed between two versions of a text: the unchanged head and tail around one edited stretch.

export interface TextChange {
  /** Length of the common beginning. */
  prefix: number;
  /** Length of the common end (never overlapping the prefix in either version). */
  suffix: number;
  /** New length minus old length: how far everything in the tail moved. */
  delta: number;
}

export function changeBetween(old: string, text: string): TextChange {
  const prefix = commonPrefix(old, text);
  const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
  return { prefix, suffix, delta: text.length - old.length };
}

/**
 * Compares stretches as whole strings (V8 compares them natively, far faster than a loop over
 * characters), doubling the stretch while equal and halving it on a difference.
 */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let at = 0;
  let step = 1 << 12;
  while (at < n) {
    const len = Math.min(step, n - at);
    if (a.slice(at, at + len) === b.slice(at, at + len)) {
      at += len;
      step *= 2;
    } else if (len > 1) step = len >> 1;
    else break;
  }
  return at;
}

function commonSuffix(a: string, b: string, max: number): number {
  let len = 0;
  let step = 1 << 12;
  while (len < max) {
    const take = Math.min(step, max - len);
    if (a.slice(a.length - len - take, a.length - len) === b.slice(b.length - len - take, b.length - len)) {
      len += take;
      step *= 2;
    } else if (take > 1) step = take >> 1;
    else break;
  }
  return len;
}
