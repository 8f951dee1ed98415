// Text from the document shown in a Markdown hover must show as text: every ASCII punctuation
// character is backslash-escaped (CommonMark allows it for all of them), so `[x](command:…)`,
// `<b>`, `**`, `&amp;` and the like appear literally, and line breaks become spaces.
const PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(PUNCTUATION, '\\$&');
}
