import './setupResources';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compact, rawSpan } from '../../src/core/compact';
import { findDates } from '../../src/core/dates';
import { analyze } from '../../src/core/analyze';

function dates(raw: string) {
  const ct = compact(raw);
  return findDates(ct).map((d) => ({ ...d, text: ct.text.slice(d.start, d.end) }));
}

function only(raw: string) {
  const found = dates(raw);
  assert.equal(found.length, 1, `one date in ${raw}: ${JSON.stringify(found)}`);
  return found[0];
}

test('a month and day without a year get an open year', () => {
  const d = only('会议于3月 9日召开');
  assert.equal(d.text, '3月9日');
  assert.equal(d.value, '--03-09');
  assert.equal(d.precision, 'day');
  assert.ok(d.numeric);
});

test('a day with a part of day keeps the part of day in its value', () => {
  const d = only('本报讯 11月 2日上午，区长');
  assert.equal(d.text, '11月2日上午');
  assert.equal(d.value, '--11-02T上午');
  assert.equal(d.precision, 'part-of-day');
});

test('a full-width date with a year is complete', () => {
  const d = only('２００３年５月２０日，');
  assert.equal(d.value, '2003-05-20');
  assert.equal(d.precision, 'day');
});

test('a date written in Chinese numerals is read', () => {
  const d = only('二〇〇五年十一月二十三日');
  assert.equal(d.value, '2005-11-23');
});

test('a clock time after a part of day reads on the 24-hour clock', () => {
  const d = only('下午三时十五分开幕');
  assert.equal(d.text, '下午三时十五分');
  assert.equal(d.value, '--T15:15');
  assert.equal(d.precision, 'minute');
});

test('a year and month give month precision', () => {
  const d = only('2016年7月');
  assert.equal(d.value, '2016-07');
  assert.equal(d.precision, 'month');
});

test('a year alone is a date, but a decade or a fiscal year is not', () => {
  assert.equal(only('2008年').value, '2008');
  assert.equal(dates('80年代').length, 0);
  assert.equal(dates('2008年度预算').length, 0);
});

test('a quarter has an open year unless one is stated', () => {
  assert.equal(only('第二季度').value, '--Q2');
  assert.equal(only('2020年第四季度').value, '2020-Q4');
  assert.equal(only('第四季度').precision, 'quarter');
});

test('a qualifier after a date is reported without widening the span', () => {
  const d = only('须在6月底前完成');
  assert.equal(d.text, '6月');
  assert.equal(d.qualifier, 'before');
  assert.equal(only('2010年以来').qualifier, 'after');
  assert.equal(only('从9月起').qualifier, 'after');
});

test('relative time words are dates without a numeral', () => {
  const d = only('目前，工程进展顺利');
  assert.equal(d.text, '目前');
  assert.equal(d.numeric, false);
  assert.equal(d.value, '');
  assert.equal(d.precision, 'relative');
});

test('a relative year joins the month after it and says how far back it is', () => {
  const d = only('去年8月');
  assert.equal(d.text, '去年8月');
  assert.equal(d.value, 'Y-1-08');
  assert.ok(d.numeric);
  assert.equal(only('今年3月').value, '--03');
});

test('a day given alone takes the last month named before it', () => {
  const found = dates('4月2日开工，6日完工');
  assert.deepEqual(found.map((d) => d.value), ['--04-02', '--04-06']);
});

test('a number of years is not a date', () => {
  assert.equal(dates('已经5年了').length, 0);
  assert.equal(dates('5年前').length, 0);
});

test('a word that only ends like a time word is not one', () => {
  assert.equal(dates('这表现在三个方面').length, 0);
  assert.equal(dates('近年来').length, 0);
});

test('a date split across a line break is one span covering the break', () => {
  const raw = '本报讯 12月\n 6日，';
  const ct = compact(raw);
  const [d] = findDates(ct);
  assert.equal(d.value, '--12-06');
  const span = rawSpan(ct, d.start, d.end);
  assert.equal(raw.slice(span.start, span.end), '12月\n 6日');
});

test('dotted dates are read', () => {
  assert.equal(only('签发于2019.10.6').value, '2019-10-06');
  assert.equal(dates('增长3.5').length, 0);
});

test('a clock time with a colon is a time, after a part of day on the 24-hour clock', () => {
  const d = only('下午３：３０在');
  assert.equal(d.text, '下午3:30');
  assert.equal(d.value, '--T15:30');
  assert.equal(dates('以3：1获胜').length, 0);
});

test('ISO and slashed dates are read', () => {
  assert.equal(only('2019-10-06').value, '2019-10-06');
  assert.equal(only('2019/10/6').value, '2019-10-06');
});

test('the first month of a range that writes 月 once (1至9月, 1—10月, 一至十月) is a month, not a number', () => {
  for (const [raw, first, last] of [
    ['今年1至9月，全区收购秋粮12.6万吨', '--01', '--09'],
    ['1—10月投资增长5%', '--01', '--10'],
    ['１－１１月', '--01', '--11'],
    ['一至十月完成3亿元', '--01', '--10'],
    ['3-5月', '--03', '--05'],
  ]) {
    const found = dates(raw).filter((d) => d.precision === 'month');
    assert.deepEqual(found.map((d) => d.value), [first, last], raw);
  }
  // Not the tail of a longer number, not a decimal, not a month after the last.
  for (const raw of ['2022-9月', '1.5至3月', '12-3月']) assert.equal(dates(raw).filter((d) => d.precision === 'month').length, 1, raw);
});

test('a range of months leaves no figure 1 beside its dates', () => {
  const entities = analyze('本报讯 1至9月，全区完成投资12亿元。').entities;
  assert.deepEqual(entities.filter((e) => e.kind === 'figure').map((e) => e.text), ['12亿元']);
});
