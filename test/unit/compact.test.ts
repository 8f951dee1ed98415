import './setupResources';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compact, rawSpan } from '../../src/core/compact';
import { analyze } from '../../src/core/analyze';

test('a hard line break inside a word disappears from the compact text', () => {
  const ct = compact('高新投\n控集团');
  assert.equal(ct.text, '高新投控集团');
  assert.deepEqual(rawSpan(ct, 0, 6), { start: 0, end: 7 });
});

test('a stray space between a number and its unit disappears', () => {
  assert.equal(compact('10月 6日下午').text, '10月6日下午');
  assert.equal(compact('占地 183亩').text, '占地183亩');
});

test('full-width digits read as ASCII digits at the same offsets', () => {
  const ct = compact('１９９８年１月');
  assert.equal(ct.text, '1998年1月');
  assert.deepEqual(rawSpan(ct, 0, 5), { start: 0, end: 5 });
});

test('digits OCR read as letters are digits again where a number or a date closes them, at the same offsets', () => {
  assert.equal(compact('1O月 6日，2O19年l0月8日，3OO万元').text, '10月6日，2019年10月8日，300万元');
  // Letters that are letters stay: no digit in the run, a word around it, or no number's word after it.
  assert.equal(compact('O2O模式，COVID-19，iOS10系统，Oil').text, 'O2O模式，COVID-19，iOS10系统，Oil');
  // Codes before words that numbers also stand before: 时代, 个体, 百货, 号楼, 吨.
  for (const code of ['推进O2O时代', 'O2O个体商户', '采用O2O百货', '型号IO1号', '排放O2吨', 'O1号楼']) assert.equal(compact(code).text, code);
});

test('1O月 as OCR reads it is October the 6th in the analysis', () => {
  const date = analyze('本报讯 1O月 6日下午，区委书记到园区调研。', { referenceYear: 2019 }).entities.find((e) => e.kind === 'date');
  assert.equal(date?.kind === 'date' ? date.value : undefined, '2019-10-06T下午');
});

test('a blank line becomes one paragraph break', () => {
  assert.equal(compact('第一段。\n\n第二段').text, '第一段。\n第二段');
  assert.equal(compact('a\r\n\r\nb').text, 'a\nb');
});

test('CRLF line breaks inside a name are dropped and covered by the span', () => {
  const raw = '记者孙\r\n庆辉';
  const ct = compact(raw);
  assert.equal(ct.text, '记者孙庆辉');
  const span = rawSpan(ct, 2, 5);
  assert.equal(raw.slice(span.start, span.end), '孙\r\n庆辉');
});

test('English words keep one space between them, and a wrapped number joins', () => {
  assert.equal(compact('New  York').text, 'New York');
  assert.equal(compact('年产值10\n0亿元').text, '年产值100亿元');
});

test('the compact text remembers where spaces were dropped, but not line breaks alone', () => {
  const ct = compact('张红军 李明\r\n王强　赵小平');
  assert.equal(ct.text, '张红军李明王强赵小平');
  const at = [...ct.spaced].flatMap((x, i) => (x ? [i] : []));
  assert.deepEqual(at, [3, 7]);
});
