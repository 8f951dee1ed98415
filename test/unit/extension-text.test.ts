// Pure helpers of the extension: bulletin detection in plain text, Markdown escaping of document
// text shown in hovers, CSV cells of the export.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksLikeBulletin } from '../../src/extension/bulletinDetection';
import { csvCell } from '../../src/extension/export/annotationFormats';
import { escapeMarkdown } from '../../src/extension/hover/escapeMarkdown';

test('a page with a 本报讯 lead in Chinese prose looks like a bulletin', () => {
  assert.equal(looksLikeBulletin('本报讯 3月2日上午，市长李明到开发区\n调研企业复工情况。\n记者 周文'), true);
});

test('an agency dateline is a lead too', () => {
  assert.equal(looksLikeBulletin('新华社北京3月2日电 国务院常务会议今天\n研究部署春耕生产工作。'), true);
});

test('Chinese prose without lead or byline is not a bulletin', () => {
  assert.equal(looksLikeBulletin('今天天气很好，我们去公园散步，看见很多花。'), false);
});

test('mostly English text that mentions 本报讯 is not a bulletin', () => {
  assert.equal(looksLikeBulletin('Notes on the word 本报讯: it opens Chinese news items. See the style guide for more.'), false);
});

test('Markdown link, HTML and emphasis from a document are escaped to plain text', () => {
  const escaped = escapeMarkdown('[点我](command:x.y) <b>粗</b> **强** `码` &amp;');
  assert.equal(escaped, '\\[点我\\]\\(command\\:x\\.y\\) \\<b\\>粗\\<\\/b\\> \\*\\*强\\*\\* \\`码\\` \\&amp\\;');
  assert.ok(!/(^|[^\\])[[<`*&]/.test(escaped));
});

test('line breaks in escaped text become single spaces', () => {
  assert.equal(escapeMarkdown('高新区\n党工委\r\n书记'), '高新区 党工委 书记');
});

test('a CSV cell with a comma, quote or line break is quoted, quotes doubled', () => {
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell('张红军'), '张红军');
});

test('a CSV cell a spreadsheet would run as a formula is defused, a negative number is not', () => {
  assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvCell('-12'), '-12');
});
