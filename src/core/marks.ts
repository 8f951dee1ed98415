// Marks: one byte per position of a text (what is taken, what is spaced). Asked at every span, so
// read in place, not through a subarray (each subarray is a new object).

/** Whether any position from `start` up to `end` (left out) is marked. */
export function anyMarked(marks: ArrayLike<number>, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (marks[i]) return true;
  return false;
}
