// Typesetting pads names to one width: in a list or a byline set in columns, a name of two characters
// is written with a space between them (张 鹏) to stand as wide as one of three, and a name may be
// spaced out whole (张 红 军). A run of characters standing alone, one by one, is read as the names
// they make: two or three characters one name, four two names of two.

/** Sizes of the names a run of `count` lone characters makes, in order, or undefined when unclear. */
export function paddedNameSizes(count: number): number[] | undefined {
  if (count === 2 || count === 3) return [count];
  if (count === 4) return [2, 2];
  return undefined;
}

/**
 * The items with each run of lone characters (`isLone`) joined into the names it makes (`join` of
 * each group), as paddedNameSizes says; a run it cannot read stays as it is.
 */
export function joinPaddedNames<T>(items: readonly T[], isLone: (item: T) => boolean, join: (group: T[]) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < items.length; ) {
    let j = i;
    while (j < items.length && isLone(items[j])) j++;
    const sizes = j > i ? paddedNameSizes(j - i) : undefined;
    if (!sizes) {
      const to = Math.max(j, i + 1);
      out.push(...items.slice(i, to));
      i = to;
      continue;
    }
    for (const size of sizes) {
      out.push(join(items.slice(i, i + size)));
      i += size;
    }
  }
  return out;
}
