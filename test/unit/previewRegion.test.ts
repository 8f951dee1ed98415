// The first region a long document's preview analyses: the lines on screen widened to the blank
// lines around them, the same lines for \n and \r\n text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineIndex } from '../../src/core/lineIndex';
import { previewRegion } from '../../src/extension/views/previewRegion';

const page = ['甲文第一行', '甲文第二行', '', '乙文第一行', '乙文第二行', '乙文第三行', '', '丙文第一行'];

for (const eol of ['\n', '\r\n']) {
  const text = page.join(eol);
  const lines = new LineIndex(text);
  const linesOf = (r: { start: number; end: number }) => [lines.lineOf(r.start), lines.lineOf(r.end)];

  test(`lines on screen inside an article widen to its blank lines (${JSON.stringify(eol)})`, () => {
    // Lines 4-5 (乙文第二行 .. 乙文第三行) widen to the whole of 乙文: lines 3 to 6, ending after the blank line.
    assert.deepEqual(linesOf(previewRegion(lines, 4, 5, 1000)), [3, 7]);
    assert.equal(text.slice(previewRegion(lines, 4, 5, 1000).start).startsWith('乙文第一行'), true);
  });

  test(`no blank line within reach: the lines on screen alone (${JSON.stringify(eol)})`, () => {
    const r = previewRegion(lines, 4, 5, 3);
    assert.deepEqual([r.start, r.end], [lines.lineStart(4), lines.lineStart(5)]);
  });
}
