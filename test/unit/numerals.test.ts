import './setupResources';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseChineseNumeral, readArabicNumber, readChineseNumber, readNumber } from '../../src/core/numerals';

test('a Chinese numeral with places reads as its value', () => {
  assert.equal(parseChineseNumeral('一千二百三十四'), 1234);
  assert.equal(parseChineseNumeral('两万'), 20000);
  assert.equal(parseChineseNumeral('十五'), 15);
  assert.equal(parseChineseNumeral('二十'), 20);
  assert.equal(parseChineseNumeral('三亿五千万'), 350000000);
});

test('零 and 〇 hold a place without adding to the value', () => {
  assert.equal(parseChineseNumeral('一百零五'), 105);
  assert.equal(parseChineseNumeral('两千零八'), 2008);
  assert.equal(parseChineseNumeral('二〇〇八'), 2008);
  assert.equal(parseChineseNumeral('零'), 0);
});

test('a run of Chinese digits without places reads digit by digit, as years do', () => {
  assert.equal(parseChineseNumeral('一九九七'), 1997);
  assert.equal(parseChineseNumeral('二○一九'), 2019);
});

test('a Chinese decimal reads its fraction digit by digit and scales by a magnitude after it', () => {
  assert.equal(parseChineseNumeral('二点五'), 2.5);
  assert.equal(parseChineseNumeral('二点三万'), 23000);
});

test('a string holding anything but numerals is not a number', () => {
  assert.ok(Number.isNaN(parseChineseNumeral('三个')));
  assert.ok(Number.isNaN(parseChineseNumeral('')));
});

test('an Arabic number takes its decimals, magnitude words and 多 or 余', () => {
  const n = readArabicNumber('共2.5万余人', 1)!;
  assert.equal(n.end, 6);
  assert.equal(n.value, 25000);
  assert.ok(n.magnitude);
  assert.ok(n.approximate);
  assert.equal(readArabicNumber('30亿元', 0)!.value, 3e9);
  assert.equal(readArabicNumber('3000多名', 0)!.end, 5);
});

test('千 after Arabic digits is a unit prefix unless a magnitude follows', () => {
  assert.equal(readArabicNumber('252千瓦时', 0)!.end, 3);
  const n = readArabicNumber('3千万元', 0)!;
  assert.equal(n.value, 30000000);
  assert.equal(n.end, 3);
});

test('full-width digits are read once compact() has folded them', () => {
  // readNumber works on compact text, where "１１５" is already "115".
  assert.equal(readNumber('115亿', 0)!.value, 11500000000);
});

test('a Chinese number takes 几 and a trailing 多 after a place', () => {
  const n = readChineseNumber('三千多名', 0)!;
  assert.equal(n.value, 3000);
  assert.equal(n.end, 3);
  assert.ok(n.approximate);
  assert.ok(readChineseNumber('十几年', 0)!.approximate);
  assert.ok(!readChineseNumber('五千年', 0)!.magnitude);
  assert.ok(readChineseNumber('十三万', 0)!.magnitude);
});
