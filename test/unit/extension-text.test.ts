// Pure helpers of the extension: bulletin detection in plain text, Markdown escaping of document
// text shown in hovers, CSV cells of the export, dates as the folder views show them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { looksLikeBulletin, NOT_UTF8, whyNotText } from '../../src/core/newsDetection';
import { csvCell } from '../../src/core/exchange/tables';
import { escapeMarkdown } from '../../src/extension/hover/escapeMarkdown';
import { readableSpan } from '../../src/extension/folder/readableDates';

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
  assert.equal(csvCell('-2+3+cmd|calc'), "'-2+3+cmd|calc");
  // Date values are plain values, not formulas.
  assert.equal(csvCell('--10-06T下午'), '--10-06T下午');
  assert.equal(csvCell('--XX-08'), '--XX-08');
});

test('modern news leads and lead-less news prose read as news', () => {
  assert.equal(looksLikeBulletin('央视网消息（新闻联播）：国家粮食和物资储备局\n最新数据显示，9月以来各地秋粮收购\n陆续展开。'), true);
  assert.equal(looksLikeBulletin('人民网北京3月2日电 国务院常务会议今天\n研究部署春耕生产工作。'), true);
  assert.equal(looksLikeBulletin('据新华社报道，国务院常务会议今天研究部署春耕生产工作。'), true);
  assert.equal(
    looksLikeBulletin('3月2日上午，市委书记李明主持召开会议，\n研究部署重点项目建设工作。会议强调，\n要推进企业发展，切实为群众办实事。'),
    true,
  );
  // Chinese prose that is no news: a recipe has dates of neither kind nor the words of reporting.
  assert.equal(looksLikeBulletin('先把土豆切成细丝，用清水泡十分钟，\n再把锅烧热，放油，下葱姜炒香，\n最后加盐和醋翻炒均匀即可出锅。'), false);
});

test('binary data opened as text is refused with a reason', () => {
  assert.match(whyNotText('PK\u0003\u0004\u0000\u0000abc') ?? '', /binary/);
  assert.match(whyNotText('\ufffd\ufffd\u0001\u0002\ufffd本报讯'.repeat(10)) ?? '', /binary/);
  // Replacement characters alone: text in another encoding (GB18030 read as UTF-8), not binary data.
  const gb18030AsUtf8 = readFileSync(join(__dirname, '../fixtures/2020-03-02-gb18030.bulletin')).toString('utf8');
  assert.equal(whyNotText(gb18030AsUtf8), NOT_UTF8);
  // A stray control character (a vertical tab, a DOS end of file) does not make it binary data.
  assert.equal(whyNotText('\u000b' + gb18030AsUtf8 + '\u001a'), NOT_UTF8);
  assert.equal(whyNotText('本报讯 10月 6日下午，\n郑州市政府\t副秘书长\r\n'), undefined);
});

test('the folder views show a date without its year as month and day, and say the year is missing', () => {
  assert.deepEqual(readableSpan('--10-06', '--10-10'), { text: '10-06 – 10-10', yearless: true });
  assert.deepEqual(readableSpan('--10-06', '--10-06'), { text: '10-06', yearless: true });
  assert.deepEqual(readableSpan('--10-06', '2019-10-10'), { text: '10-06 – 2019-10-10', yearless: true });
  assert.deepEqual(readableSpan('2019-10-06', '2020-03-01'), { text: '2019-10-06 – 2020-03-01', yearless: false });
  assert.deepEqual(readableSpan('2019-10-06'), { text: '2019-10-06', yearless: false });
  assert.deepEqual(readableSpan('', ''), { text: '', yearless: false });
});
