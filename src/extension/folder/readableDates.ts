// How the folder views show the dates a post was seen. A date whose year no bulletin gave is kept
// in ISO 8601's form (--10-06) by the engine and the exports; shown to a reader, the leading
// dashes read as a typo, so it is shown as 10-06 and the span is said to lack its year.

export interface ReadableSpan {
  /** "first – last", or one date when they are the same; '' when there is none. */
  text: string;
  /** Whether either end lacks its year. */
  yearless: boolean;
}

export function readableSpan(first: string, last = first): ReadableSpan {
  if (!first) return { text: '', yearless: false };
  const end = last || first;
  const shown = (iso: string) => (iso.startsWith('--') ? iso.slice(2) : iso);
  return {
    text: first === end ? shown(first) : `${shown(first)} – ${shown(end)}`,
    yearless: first.startsWith('--') || end.startsWith('--'),
  };
}
