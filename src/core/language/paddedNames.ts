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
