// Small text helpers for labels built from the document.

/** Line breaks and runs of spaces as one space: OCR text wraps every ~18 characters. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Chinese text wrapped across lines, joined back without the breaks. */
export function unwrap(text: string): string {
  return text.replace(/[\r\n]+/g, '').replace(/[ \t\u3000]{2,}/g, ' ').trim();
}
