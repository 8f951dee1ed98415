// The text of a bulletin file from its bytes. OCR tools and office software in China write GB18030
// (GBK) as often as UTF-8, and Windows tools UTF-16 with a byte-order mark: a file is read in the
// encoding its bytes are valid in, UTF-8 first, and refused with the reason when it is no text.
// TextDecoder is the platform's (Node and browsers alike).

export type FileEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** The text, or why there is none; `replaced`: bytes of a UTF-8 file that were not UTF-8 (read as U+FFFD). */
export type FileText = { text: string; encoding: FileEncoding; replaced?: number } | { problem: string };

/** How far into a file NUL bytes say it is binary. */
const SNIFF_BYTES = 8192;
/**
 * Chinese text in GB18030 is mostly characters of GB2312 (both bytes from 0xA1); other text read as
 * GB18030 (Latin-1: ü before a letter reads 黵) is mostly characters of the extensions.
 */
const GB2312_SHARE = 0.8;
/** A UTF-8 file with a few bad bytes, or a character cut at its end, is read, the bytes replaced. */
const REPLACED_SHARE = 0.001;
/** Replacement characters a UTF-8 character cut short leaves (up to three of its bytes). */
const CUT_CHARACTER = 3;

export function textOfBytes(bytes: Uint8Array<ArrayBufferLike>): FileText {
  if (bytes.length === 0) return { problem: 'empty file' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return { problem: 'UTF-32 text, not read (save it as UTF-8)' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return withBom('utf-8', bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return withBom('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return withBom('utf-16be', bytes.subarray(2));
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { problem: 'binary data (NUL bytes), not text' };
  const utf8 = decodeStrict('utf-8', bytes);
  if (utf8 !== undefined) return checked(utf8, 'utf-8');
  if (readsAsGb18030Chinese(bytes)) {
    const gb = decodeStrict('gb18030', bytes);
    if (gb !== undefined) return checked(gb, 'gb18030');
  }
  const lossy = new TextDecoder('utf-8').decode(bytes);
  let replaced = 0;
  let firstReplaced = -1;
  for (let i = 0; i < lossy.length; i++) {
    if (lossy.charCodeAt(i) !== 0xfffd) continue;
    replaced++;
    if (firstReplaced < 0) firstReplaced = i;
  }
  // A character cut at the very end (a file cut short) or very few bad bytes.
  const cutAtEnd = firstReplaced >= lossy.length - CUT_CHARACTER;
  if (cutAtEnd || replaced <= REPLACED_SHARE * lossy.length) {
    const read = checked(lossy, 'utf-8');
    return 'problem' in read ? read : { ...read, replaced };
  }
  return { problem: 'not text in UTF-8, UTF-16 or GB18030' };
}

function withBom(encoding: FileEncoding, rest: Uint8Array<ArrayBufferLike>): FileText {
  const text = decodeStrict(encoding, rest);
  if (text === undefined) return { problem: `not ${encoding.toUpperCase()} text, though it starts with its byte-order mark` };
  return checked(text, encoding);
}

function checked(text: string, encoding: FileEncoding): FileText {
  return /\S/.test(text) ? { text, encoding } : { problem: 'no text (only white space)' };
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
 * Whether the bytes read as Chinese in GB18030: its characters of two bytes or more are mostly of
 * GB2312 (lead and trail byte from 0xA1), the characters Chinese text is written in.
 */
function readsAsGb18030Chinese(bytes: Uint8Array<ArrayBufferLike>): boolean {
  let gb2312 = 0;
  let other = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const trail = bytes[i + 1] ?? 0;
    if (trail >= 0x30 && trail <= 0x39) {
      other++;
      i += 4;
      continue;
    }
    if (lead >= 0xa1 && trail >= 0xa1) gb2312++;
    else other++;
    i += 2;
  }
  return gb2312 > 0 && gb2312 >= GB2312_SHARE * (gb2312 + other);
}
