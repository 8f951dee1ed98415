// Refuses inputs that are not text worth analysing, with a message that says why.

/** Returns why `buffer` cannot be analysed, or undefined when it is fine. */
export function checkText(buffer: Buffer): string | undefined {
  if (buffer.length === 0) return 'empty file';
  const head = buffer.subarray(0, 8192);
  if (head.includes(0)) return 'binary data (NUL bytes), not text';
  if (buffer.toString('utf8').trim() === '') return 'no text (only white space)';
  return undefined;
}
