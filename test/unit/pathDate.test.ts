// The one reader of dates in file paths: the engine takes its year (yearFromPath), the who's who the
// date as far as it is known (pathDate, through completeDate).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathDate, yearFromPath } from '../../src/core/pathDate';

test('a date in the file name gives the date and its year', () => {
  assert.deepEqual(pathDate('/data/gaoxin/2019-10-12.txt'), { year: 2019, month: 10, day: 12 });
  assert.deepEqual(pathDate('/data/gaoxin/20191012.bulletin'), { year: 2019, month: 10, day: 12 });
  assert.deepEqual(pathDate('b/20191012-2.bulletin'), { year: 2019, month: 10, day: 12 });
  assert.deepEqual(pathDate('C:\\bulletins\\2017_03_05.txt'), { year: 2017, month: 3, day: 5 });
  assert.deepEqual(pathDate('/data/2019年10月.txt'), { year: 2019, month: 10 });
  assert.deepEqual(pathDate('/data/高新区报2021年第12期.txt'), { year: 2021 });
  assert.deepEqual(pathDate('/data/2018.txt'), { year: 2018 });
  assert.equal(yearFromPath('/data/gaoxin/2019-10-12.txt'), 2019);
  assert.equal(yearFromPath('/data/gaoxin/20191012.bulletin'), 2019);
  assert.equal(yearFromPath('/data/高新区报2021年第12期.txt'), 2021);
  assert.equal(yearFromPath('/data/2018.txt'), 2018);
  assert.equal(yearFromPath('C:\\bulletins\\2017_03_05.txt'), 2017);
});

test('folders give the date when the name does not, or add to it', () => {
  assert.deepEqual(pathDate('/data/2019/10/page-1.txt'), { year: 2019, month: 10 });
  assert.deepEqual(pathDate('/data/2019/10/12/page-1.txt'), { year: 2019, month: 10, day: 12 });
  assert.deepEqual(pathDate('archive/2018/issue.txt'), { year: 2018 });
  assert.deepEqual(pathDate('/data/2020年/第3期.txt'), { year: 2020 });
  assert.deepEqual(pathDate('/data/2019/10/简报2019.txt'), { year: 2019, month: 10 });
  assert.equal(yearFromPath('/data/2019/10/page-1.txt'), 2019);
  assert.equal(yearFromPath('/data/2020年/第3期.txt'), 2020);
  // The file's own name before its folders.
  assert.deepEqual(pathDate('/data/2019/2020-01-03.txt'), { year: 2020, month: 1, day: 3 });
  assert.equal(yearFromPath('/data/2019/2020-01-03.txt'), 2020);
});

test('an impossible month or day is no date; a year standing alone is still a year', () => {
  assert.deepEqual(pathDate('b/2019-13-40.txt'), { year: 2019 });
  assert.deepEqual(pathDate('b/2019-02-30.txt'), { year: 2019 });
  assert.deepEqual(pathDate('b/2020-02-29.txt'), { year: 2020, month: 2, day: 29 });
  assert.equal(yearFromPath('b/2019-13-40.txt'), 2019);
  // Eight digits that are no date are an id, with no year in them.
  assert.equal(pathDate('b/20191340.txt'), undefined);
  assert.equal(yearFromPath('b/20191340.txt'), undefined);
});

test('numbers that are not years give none', () => {
  for (const path of ['/data/gaoxin-bulletin.txt', '/data/page-20191.txt', '/data/scan-2019xyz.txt', '/data/1234-10-12.txt', 'b/201910.txt', 'b/第12期.txt', 'untitled:Untitled-1']) {
    assert.equal(pathDate(path), undefined, path);
    assert.equal(yearFromPath(path), undefined, path);
  }
  // An issue's running number (总第1987期) is no year.
  assert.equal(yearFromPath('/data/高新区报2021年第12期(总第1987期).txt'), 2021);
});
