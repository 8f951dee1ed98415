// Text of the document made fit for a label, a table cell or a hover: OCR text wraps every ~18
// characters.

/** Line breaks and runs of spaces as one space: OCR text wraps every ~18 characters. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Chinese text wrapped across lines, joined back without the breaks. */
export function unwrap(text: string): string {
  return text.replace(/[\r\n]+/g, '').replace(/[ \t\u3000]{2,}/g, ' ').trim();
}
