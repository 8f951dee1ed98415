import './setupResources';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lexiconFromJiebaText } from '../../src/core/lexicon';

const DICT = ['方面 26963 n', '方 5000 q', '面 3000 n', '周边 1722 f', '张红军 12 nr', '张 8000 q', '克林顿 295 nrt', '谢谢 1089 nr'].join('\n');

test('words starting at a position come back with their ends, shortest first', () => {
  const lex = lexiconFromJiebaText(DICT);
  const ends = new Int32Array(8);
  const costs = new Float64Array(8);
  const tags = new Uint8Array(8);
  const n = lex.wordsAt('在方面上', 1, ends, costs, tags);
  assert.deepEqual([...ends.slice(0, n)], [2, 3]);
  assert.equal(lex.tagName(tags[1]), 'n');
  assert.ok(costs[1] < costs[0], 'the more frequent word costs less');
});

test('a listed name is a word like any other, and feeds the name statistics', () => {
  const lex = lexiconFromJiebaText(DICT);
  assert.equal(lex.wordTag('张红军'), 'nr');
  assert.ok(lex.wordCost('张红军')! > lex.wordCost('方面')!, 'the rarer word costs more');
  assert.ok(lex.names.givenSecond['军'.charCodeAt(0)] < lex.names.givenSecond['方'.charCodeAt(0)], 'a listed given character is likelier than an unlisted one');
  assert.ok(lex.names.foreign['林'.charCodeAt(0)] === Infinity, 'one transliteration is too little evidence');
  assert.ok(lex.names.surnameCost('张')! < lex.names.surnameCost('欧阳')!);
});
