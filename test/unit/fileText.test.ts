// Reading a file's bytes as text: UTF-8 (with or without its byte-order mark), UTF-16 with one,
// GB18030 when the bytes are not UTF-8, and a reason for everything else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { textOfBytes } from '../../src/core/fileText';

const TEXT = '新区建设加快推进\n\n本报讯 3月1日，高新区管委会主任张红军主持\n召开会议，部署今年重点工作。\n\n张红军要求，各部门要抓好落实。\n记者 孙庆辉\n';
const utf16 = (text: string, bigEndian: boolean) => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
    out[2 + 2 * i + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
};

test('UTF-8 is read with or without its byte-order mark, which is not part of the text', () => {
  const plain = new TextEncoder().encode(TEXT);
  assert.deepEqual(textOfBytes(plain), { text: TEXT, encoding: 'utf-8' });
  assert.deepEqual(textOfBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...plain])), { text: TEXT, encoding: 'utf-8' });
});

test('UTF-16 with a byte-order mark is read in either byte order', () => {
  assert.deepEqual(textOfBytes(utf16(TEXT, false)), { text: TEXT, encoding: 'utf-16le' });
  assert.deepEqual(textOfBytes(utf16(TEXT, true)), { text: TEXT, encoding: 'utf-16be' });
});

test('bytes that are not UTF-8 but GB18030 Chinese text are read as GB18030', () => {
  const bytes = readFileSync(join(__dirname, '../fixtures/2020-03-02-gb18030.bulletin'));
  assert.deepEqual(textOfBytes(new Uint8Array(bytes)), { text: TEXT, encoding: 'gb18030' });
});

test('empty files, binary data, white space and bytes valid in no encoding are refused with the reason', () => {
  assert.deepEqual(textOfBytes(new Uint8Array(0)), { problem: 'empty file' });
  assert.deepEqual(textOfBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])), { problem: 'binary data (NUL bytes), not text' });
  assert.deepEqual(textOfBytes(new TextEncoder().encode(' \n\u3000\n')), { problem: 'no text (only white space)' });
  // 0xFF is no byte of GB18030 nor of UTF-8.
  assert.deepEqual(textOfBytes(new Uint8Array([0x62, 0xe9, 0x0a, 0xff, 0x0a])), { problem: 'not text in UTF-8, UTF-16 or GB18030' });
  // Bytes GB18030 decodes, but to no Chinese text (control characters, no Han character).
  assert.deepEqual(textOfBytes(new Uint8Array([0x81, 0x40, 0x01, 0x02, 0x03])), { problem: 'not text in UTF-8, UTF-16 or GB18030' });
  assert.match((textOfBytes(new Uint8Array([0xff, 0xfe, 0x00, 0xd8])) as { problem: string }).problem, /not UTF-16LE text/);
});

test('Latin-1 is no GB18030 text, a user-defined character does not refuse a GB18030 file, UTF-32 is refused', () => {
  // ü before a letter is a character of GB18030's extensions (黵): text in Latin-1 reads as none.
  const latin1 = new Uint8Array([...'Jürgen Müller aus Köln und Zürich.\n'].map((c) => c.charCodeAt(0)));
  assert.deepEqual(textOfBytes(latin1), { problem: 'not text in UTF-8, UTF-16 or GB18030' });
  // A rare name character in the user-defined area (0xAAA1) and a DOS end of file (0x1A).
  const gb = new Uint8Array(readFileSync(join(__dirname, '../fixtures/2020-03-02-gb18030.bulletin')));
  const read = textOfBytes(new Uint8Array([...gb, 0xaa, 0xa1, 0x1a]));
  assert.ok('text' in read && read.encoding === 'gb18030' && read.text.startsWith(TEXT));
  assert.match((textOfBytes(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0])) as { problem: string }).problem, /UTF-32/);
});

test('a UTF-8 file cut inside its last character is read, with the bytes replaced and counted', () => {
  const bytes = new Uint8Array([...new TextEncoder().encode(TEXT), 0xe5, 0x8c]);
  assert.deepEqual(textOfBytes(bytes), { text: TEXT + '\ufffd', encoding: 'utf-8', replaced: 1 });
});
