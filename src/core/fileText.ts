// The text of a bulletin file from its bytes. OCR tools and office software in China write GB18030
// (GBK) as often as UTF-8, and Windows tools UTF-16 with a byte-order mark: a file is read in the
// encoding its bytes are valid in, UTF-8 first, and refused with the reason when it is no text.
// TextDecoder is the platform's (Node and browsers alike).

export type FileEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type FileText = { text: string; encoding: FileEncoding } | { problem: string };

/** How far into a file NUL bytes say it is binary. */
const SNIFF_BYTES = 8192;

export function textOfBytes(bytes: Uint8Array<ArrayBufferLike>): FileText {
  if (bytes.length === 0) return { problem: 'empty file' };
  const read = (encoding: FileEncoding, from: number): FileText => {
    const text = decodeStrict(encoding, bytes.subarray(from));
    if (text === undefined) return { problem: `not ${encoding.toUpperCase()} text, though it starts with its byte-order mark` };
    return /\S/.test(text) ? { text, encoding } : { problem: 'no text (only white space)' };
  };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return read('utf-8', 3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return read('utf-16le', 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return read('utf-16be', 2);
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { problem: 'binary data (NUL bytes), not text' };
  for (const encoding of ['utf-8', 'gb18030'] as const) {
    const text = decodeStrict(encoding, bytes);
    if (text === undefined || (encoding === 'gb18030' && !readsAsChinese(text))) continue;
    return /\S/.test(text) ? { text, encoding } : { problem: 'no text (only white space)' };
  }
  return { problem: 'not text in UTF-8, UTF-16 or GB18030' };
}

/** The bytes decoded, or undefined when they are not valid in that encoding (or it is not supported here). */
function decodeStrict(encoding: FileEncoding, bytes: Uint8Array<ArrayBufferLike>): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Whether GB18030 found text in the bytes: Han characters, and no control characters but line ends
 * and tabs, and none of the private-use code points that GB18030's unassigned areas decode to (most
 * binary data decodes somehow).
 */
function readsAsChinese(text: string): boolean {
  let han = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || (c >= 0xe000 && c <= 0xf8ff)) return false;
    if (c >= 0x4e00 && c <= 0x9fff) han = true;
  }
  return han;
}
