// The one line index (src/core/lineIndex): offsets in UTF-16 code units to line/character as VS Code
// counts them, for the worker's views, the who's who's digests and the CLI's export.
import './setupResources';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/core';
import { LineIndex } from '../../src/core/lineIndex';
import { digestOf } from '../../src/core/whoswho';
import { locatorOf } from '../../src/core/exchange/tables';

function positions(text: string): number[][] {
  const lines = new LineIndex(text);
  return Array.from({ length: text.length + 1 }, (_, offset) => {
    const out = [0, 0];
    lines.position(offset, out, 0);
    return out;
  });
}

test('line index counts \\n, \\r\\n and a lone \\r as line ends, like VS Code', () => {
  const lines = new LineIndex('ab\ncd\r\nef\rg');
  assert.equal(lines.lineCount, 4);
  const at = positions('ab\ncd\r\nef\rg');
  assert.deepEqual(at[0], [0, 0]);
  assert.deepEqual(at[4], [1, 1]);
  assert.deepEqual(at[5], [1, 2]);
  // Inside a \r\n the position is clamped to the line's end.
  assert.deepEqual(at[6], [1, 2]);
  assert.deepEqual(at[7], [2, 0]);
  assert.deepEqual(at[10], [3, 0]);
  assert.deepEqual(at[11], [3, 1]);
});

test('CRLF and lone CR text: each position leads back to its offset, and lines are the \\n text\'s', () => {
  const lf = '第一行\n第二行文字\n\n末行';
  for (const text of [lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r')]) {
    const lines = new LineIndex(text);
    assert.equal(lines.lineCount, 4);
    const at = positions(text);
    for (let offset = 0; offset <= text.length; offset++) {
      const [line, character] = at[offset];
      const insideCrlf = text[offset - 1] === '\r' && text[offset] === '\n';
      // Position to offset: the line's start plus the character (an offset inside \r\n goes to the \r).
      assert.equal(lines.lineStart(line) + character, insideCrlf ? offset - 1 : offset, `offset ${offset}`);
      assert.ok(lines.lineStart(line) + character <= lines.lineEnd(line), `offset ${offset} past its line's end`);
    }
    // The same characters sit at the same line/character as in the \n text.
    const lfAt = positions(lf);
    const cr = text.includes('\r\n') ? 2 : 1;
    for (let i = 0; i < lf.length; i++) {
      const line = lfAt[i][0];
      assert.deepEqual(at[i + line * (cr - 1)], lfAt[i], `character ${i} of the \\n text`);
    }
    assert.deepEqual(lines.quad(text.indexOf('文字'), text.indexOf('文字') + 2), [1, 3, 1, 5]);
    assert.deepEqual(locatorOf(lines)(text.indexOf('末')), { line: 4, column: 1 });
  }
});

test('a digest of CRLF text places mentions on the lines of the \\n text', () => {
  const lf = '本报讯 3月2日上午，市委书记李明到开发区\n调研企业复工情况，项目总投资12亿元。\n记者 周文\n';
  const crlf = lf.replace(/\n/g, '\r\n');
  const mentions = (text: string) => digestOf(text, analyze(text)).appearances.flatMap((a) => a.mentions);
  assert.ok(mentions(lf).length > 0);
  assert.deepEqual(mentions(crlf), mentions(lf));
});
