import './setupResources';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lexiconFromJiebaText } from '../../src/core/lexicon';
import { readJiebaDictionary } from '../../scripts/model/jiebaDictionary';

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

/** Every listed word starting at `start`, shortest first, found by comparing strings: what the trie must answer. */
function listedAt(words: Map<string, number>, text: string, start: number): number[] {
  const ends: number[] = [];
  for (let end = start + 1; end <= text.length; end++) if (words.has(text.slice(start, end))) ends.push(end);
  return ends;
}

test('the trie finds every word starting at every position, and nothing else, whatever the words', () => {
  // Small alphabets make words share prefixes; the surrogate and rare code units test the labels.
  const unit = fc.constantFrom('张', '红', '军', '方', '面', 'a', '\uD840', '\uDC00', '\uFFFF', '\u0001');
  const word = fc.array(unit, { minLength: 1, maxLength: 5 }).map((u) => u.join(''));
  fc.assert(
    fc.property(fc.array(fc.tuple(word, fc.integer({ min: 1, max: 100000 })), { minLength: 1, maxLength: 40 }), fc.array(unit, { maxLength: 30 }), (entries, textUnits) => {
      const lex = lexiconFromJiebaText(entries.map(([w, f]) => `${w} ${f} n`).join('\n'));
      const words = new Map(entries.map(([w]) => [w, 0]));
      const text = textUnits.join('') + entries[0][0];
      const ends = new Int32Array(32);
      const costs = new Float64Array(32);
      const tags = new Uint8Array(32);
      for (let start = 0; start < text.length; start++) {
        const n = lex.wordsAt(text, start, ends, costs, tags);
        assert.deepEqual([...ends.slice(0, n)], listedAt(words, text, start).slice(0, 32));
        for (let k = 0; k < n; k++) assert.equal(costs[k], lex.wordCost(text.slice(start, ends[k])));
      }
      for (const w of words.keys()) assert.notEqual(lex.wordCost(w), undefined, w);
      assert.equal(lex.wordCost(text + '面面面面面面'), undefined);
    }),
    { numRuns: 200 },
  );
});

test('a word listed twice keeps its cheaper entry and that entry\'s tag', () => {
  const lex = lexiconFromJiebaText(['方面 10 n', '方面 500 v', '方面 20 a'].join('\n'));
  assert.equal(lex.wordTag('方面'), 'v');
  assert.equal(lex.size, 3);
});

test('jieba\'s whole dictionary: every word is found with its cost and tag', () => {
  const text = readJiebaDictionary();
  const lex = lexiconFromJiebaText(text);
  const logTotal = Math.log(text.split('\n').reduce((sum, line) => sum + (Number(line.split(' ')[1]) || 0), 0));
  let checked = 0;
  for (const line of text.split('\n')) {
    const [word, freq, tag] = line.split(' ');
    if (!word || !(Number(freq) > 0)) continue;
    assert.equal(lex.wordCost(word), Math.fround(logTotal - Math.log(Number(freq))), word);
    assert.equal(lex.wordTag(word), tag, word);
    checked++;
  }
  assert.equal(checked, lex.size);
});
