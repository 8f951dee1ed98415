// Named hostile inputs: each must be analysed without throwing and with sane ranges.
import './setupResources';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core';

function sane(text: string) {
  const a = analyze(text);
  for (const s of [...a.articles, ...a.entities]) assert.ok(s.start >= 0 && s.end <= text.length && s.start <= s.end);
  return a;
}

test('an empty text has no articles and no entities', () => {
  const a = sane('');
  assert.equal(a.articles.length, 0);
  assert.equal(a.entities.length, 0);
});

test('binary bytes with NULs are analysed without throwing', () => {
  const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256));
  sane(bytes.toString('latin1'));
  sane(bytes.toString('utf8'));
});

test('one 5 MB line with no break is analysed', () => {
  const line = '本报讯 10月6日下午，高新区党工委副书记张红军到高新投控集团调研，总投资30亿元。'.repeat(120_000);
  assert.ok(line.length > 4_000_000);
  const a = sane(line);
  assert.ok(a.entities.length > 0);
});

test('text with no Chinese gives no persons', () => {
  const a = sane('The quick brown fox jumps over the lazy dog. 1998 was a year.\n\nAnother paragraph.');
  assert.equal(a.entities.filter((e) => e.kind === 'person').length, 0);
});

test('Traditional Chinese text is analysed', () => {
  sane('本報訊 10月6日下午，鄭州市政府副秘書長張紅軍到高新區調研。記者 孫慶輝');
});

test('GBK bytes read as UTF-8 (replacement characters everywhere) are analysed', () => {
  const gbkLike = Buffer.from([0xb1, 0xbe, 0xb1, 0xa8, 0xd1, 0xb6, 0x20, 0x31, 0x30, 0xd4, 0xc2]).toString('utf8');
  assert.ok(gbkLike.includes('\uFFFD'));
  sane(gbkLike.repeat(1000));
});

test('emoji and CJK Extension B characters never get split by a range', () => {
  const text = '本报讯 😀𠀀10月6日，𠀀张红军😀到高新区调研，投资30亿元😀。\n记者 𠀀孙庆辉';
  const a = sane(text);
  for (const e of a.entities) {
    for (const i of [e.start, e.end]) {
      const c = text.charCodeAt(i);
      assert.ok(!(c >= 0xdc00 && c <= 0xdfff), `range boundary ${i} splits a surrogate pair`);
    }
  }
});

test('a 10,000-digit number is analysed', () => {
  sane(`总投资${'9'.repeat(10_000)}亿元。`);
});

test('10,000 titles chained with 、 are analysed', () => {
  sane(`${'高新区党工委副书记、'.repeat(10_000)}张红军到会。`);
});

test('10,000 pairs of officials joined by 和 on one line are analysed, each second official found', () => {
  const line = '李鹏总理和朱镕基副总理出席会议。'.repeat(10_000);
  const a = sane(line);
  const second = a.entities.filter((e) => e.kind === 'person' && line.slice(e.start, e.end) === '朱镕基');
  assert.equal(second.length, 10_000);
});

test('10,000 titles after closing brackets and quotes that no opener matches are analysed, each title inside the text', () => {
  const text = `${'）“光明道路”民主党主席张红军，'.repeat(5_000)}${'》党委书记王新亭、'.repeat(5_000)}`;
  const a = sane(text);
  for (const e of a.entities) assert.ok(e.start >= 0 && e.end <= text.length && e.start < e.end);
});

test('Markdown, HTML and command links inside names and headlines are kept as plain text ranges', () => {
  const text = '[张红军](command:workbench.action.quit)到<b>高新区</b>调研\n\n# 标题 *强调*\n\n本报讯 10月6日，王**新亭**表示。';
  const a = sane(text);
  for (const e of a.entities) assert.equal(e.text, text.slice(e.start, e.end));
});

test('a title or an organization that ends the text ends inside it', () => {
  for (const text of ['王副书记', '高新区管委会', '本报讯 李主任', '国务院总理李强']) {
    const a = sane(text);
    for (const e of a.entities) assert.equal(e.text, text.slice(e.start, e.end), `${e.kind} in "${text}"`);
  }
  assert.ok(sane('高新区管委会').entities.some((e) => e.kind === 'organization'), 'an organization that ends the text');
  assert.ok(sane('国务院总理李强').entities.some((e) => e.kind === 'person' && e.end === 7), 'a person that ends the text');
});

test('a name read next to a character outside the BMP never cuts that character in two', () => {
  for (const text of ['记者张😀本报讯', '记者王𠀀本报讯', '区长李\uD840\uDC00主持会议。']) {
    for (const e of sane(text).entities) {
      for (const at of [e.start, e.end]) {
        const cut = at > 0 && at < text.length && /[\uD800-\uDBFF]/.test(text[at - 1]) && /[\uDC00-\uDFFF]/.test(text[at]);
        assert.ok(!cut, `${e.kind} ${JSON.stringify(e.text)} at ${e.start}-${e.end} cuts a surrogate pair in ${text}`);
      }
    }
  }
});
