// A short quote of the text around a span, for hovers and the entity view (pure: the worker builds it).

/** The text around a span, unwrapped, with ellipses where it was cut. */
export function excerpt(text: string, start: number, end: number, around = 16): string {
  const from = Math.max(0, start - around * 2);
  const to = Math.min(text.length, end + around * 2);
  const before = text.slice(from, start).replace(/\s+/g, '');
  const after = text.slice(end, to).replace(/\s+/g, '');
  const b = before.slice(-around);
  const a = after.slice(0, around);
  const inner = text.slice(start, end).replace(/\s+/g, '');
  return `${b.length < before.length || from > 0 ? '…' : ''}${b}「${inner}」${a}${a.length < after.length || to < text.length ? '…' : ''}`;
}
