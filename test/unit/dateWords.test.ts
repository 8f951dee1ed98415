import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateInWords } from '../../src/extension/hover/dateWords';

test('a full date reads with its weekday and part of day', () => {
  assert.deepEqual(dateInWords('2019-10-06T下午'), { words: '2019年10月6日（星期日）下午', yearKnown: true });
  assert.deepEqual(dateInWords('2022-10-11'), { words: '2022年10月11日（星期二）', yearKnown: true });
  assert.equal(dateInWords('2019-10-06T15:30').words, '2019年10月6日（星期日）15时30分');
  assert.equal(dateInWords('2019-10-06T15:00').words, '2019年10月6日（星期日）15时');
});

test('a date without its year says so', () => {
  assert.deepEqual(dateInWords('--10-06T下午'), { words: '10月6日下午', yearKnown: false });
  assert.deepEqual(dateInWords('--09'), { words: '9月', yearKnown: false });
  assert.deepEqual(dateInWords('--XX-08'), { words: '8日', yearKnown: false });
  assert.deepEqual(dateInWords('---T上午'), { words: '上午', yearKnown: false });
});

test('quarters, months, years and years relative to the page', () => {
  assert.equal(dateInWords('2019-Q3').words, '2019年第三季度');
  assert.equal(dateInWords('--Q1').words, '第一季度');
  assert.equal(dateInWords('2019-10').words, '2019年10月');
  assert.equal(dateInWords('1998').words, '1998年');
  assert.deepEqual(dateInWords('Y-1-08'), { words: '去年8月', yearKnown: false });
  assert.equal(dateInWords('2019-02-30').words, '2019年2月30日', 'no weekday for a day that does not exist');
  assert.deepEqual(dateInWords(''), { words: '', yearKnown: false });
});
