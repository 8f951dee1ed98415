import { test } from 'node:test';
import assert from 'node:assert/strict';
import { yearFromPath } from '../../src/core/fileYear';

test('a date in the file name gives the year', () => {
  assert.equal(yearFromPath('/data/gaoxin/2019-10-12.txt'), 2019);
  assert.equal(yearFromPath('/data/gaoxin/20191012.bulletin'), 2019);
  assert.equal(yearFromPath('/data/高新区报2021年第12期.txt'), 2021);
  assert.equal(yearFromPath('/data/2018.txt'), 2018);
  assert.equal(yearFromPath('C:\\bulletins\\2017_03_05.txt'), 2017);
});

test('a year folder gives the year when the name does not', () => {
  assert.equal(yearFromPath('/data/2019/10/page-1.txt'), 2019);
  assert.equal(yearFromPath('/data/2020年/第3期.txt'), 2020);
  // The file's own name before its folders.
  assert.equal(yearFromPath('/data/2019/2020-01-03.txt'), 2020);
});

test('numbers that are not years give none', () => {
  assert.equal(yearFromPath('/data/gaoxin-bulletin.txt'), undefined);
  assert.equal(yearFromPath('/data/page-20191.txt'), undefined);
  assert.equal(yearFromPath('/data/scan-2019xyz.txt'), undefined);
  assert.equal(yearFromPath('/data/1234-10-12.txt'), undefined);
  assert.equal(yearFromPath('untitled:Untitled-1'), undefined);
});
