// The compiled model file (dist/model.bin): what the build wrote answers as the dictionary text and
// the name model it was compiled from do, and a damaged or foreign file is refused by name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileJiebaText, lexiconFromJiebaText, TrieLexicon } from '../../src/core/lexicon';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../../src/core/language/surnames';
import { modelFileDigest, readModelFile, writeModelFile } from '../../src/core/modelFile';
import { readNameModel } from '../../src/core/tagger/model';
import { readJiebaDictionary } from '../../scripts/model/jiebaDictionary';

const root = join(__dirname, '..', '..');
const built = join(root, 'dist', 'model.bin');
const nameModel = new Uint8Array(readFileSync(join(root, 'model', 'names.bin')));
const DICT = ['方面 26963 n', '周边 1722 f', '张红军 12 nr', '王小明 8 nr', '欧阳修 30 nr', '克林顿 295 nrt'].join('\n');
const digest = new Uint8Array(32).fill(7);

test('the model file written by the build holds jieba\'s dictionary and the name model as given', () => {
  assert.ok(existsSync(built), `${built} is missing: run npm run build`);
  const bytes = new Uint8Array(readFileSync(built));
  const fromFile = readModelFile(bytes);
  const dictText = readJiebaDictionary();
  const fromText = lexiconFromJiebaText(dictText);
  assert.equal(fromFile.lexicon.size, fromText.size);
  assert.equal(fromFile.lexicon.unknownCost, fromText.unknownCost);
  for (const line of dictText.split('\n').filter((_, i) => i % 97 === 0)) {
    const word = line.split(' ')[0];
    assert.equal(fromFile.lexicon.wordCost(word), fromText.wordCost(word), word);
    assert.equal(fromFile.lexicon.wordTag(word), fromText.wordTag(word), word);
  }
  for (const key of ['givenFirst', 'givenSecond', 'givenSingle', 'foreign'] as const) {
    assert.deepEqual(fromFile.lexicon.names[key], fromText.names[key], key);
  }
  for (const s of [...SINGLE_SURNAMES, ...COMPOUND_SURNAMES, '张三', '', '方']) {
    assert.equal(fromFile.lexicon.names.surnameCost(s), fromText.names.surnameCost(s), s);
  }
  const model = readNameModel(nameModel);
  assert.equal(fromFile.model.featureCount, model.featureCount);
  assert.deepEqual(fromFile.model.transitions, model.transitions);
});

test('a model file read back answers every question as the arrays it was written from', () => {
  const data = compileJiebaText(DICT);
  const bytes = writeModelFile({ lexicon: data, nameModel }, digest);
  const read = readModelFile(bytes);
  const direct = new TrieLexicon(data);
  const text = '在方面上周边张红军和欧阳修克林顿';
  const a = { ends: new Int32Array(8), costs: new Float64Array(8), tags: new Uint8Array(8) };
  const b = { ends: new Int32Array(8), costs: new Float64Array(8), tags: new Uint8Array(8) };
  for (let i = 0; i < text.length; i++) {
    const n = read.lexicon.wordsAt(text, i, a.ends, a.costs, a.tags);
    assert.equal(n, direct.wordsAt(text, i, b.ends, b.costs, b.tags));
    assert.deepEqual([a.ends, a.costs, a.tags].map((x) => [...x.slice(0, n)]), [b.ends, b.costs, b.tags].map((x) => [...x.slice(0, n)]));
    for (let k = 0; k < n; k++) assert.equal(read.lexicon.tagName(a.tags[k]), direct.tagName(b.tags[k]));
  }
  assert.equal(read.lexicon.wordTag('张红军'), 'nr');
  assert.equal(read.lexicon.names.surnameCost('欧阳'), direct.names.surnameCost('欧阳'));
  assert.equal(read.lexicon.names.surnameCost('的'), undefined);
  assert.deepEqual(modelFileDigest(bytes), digest);
});

test('a model file at an unaligned offset is read all the same', () => {
  const bytes = writeModelFile({ lexicon: compileJiebaText(DICT), nameModel }, digest);
  const shifted = new Uint8Array(bytes.length + 3);
  shifted.set(bytes, 3);
  assert.equal(readModelFile(shifted.subarray(3)).lexicon.wordTag('周边'), 'f');
});

test('a file that is not a model file, or is cut short, is refused with a reason', () => {
  const bytes = writeModelFile({ lexicon: compileJiebaText(DICT), nameModel }, digest);
  assert.throws(() => readModelFile(nameModel), /not a model file/);
  assert.throws(() => readModelFile(bytes.slice(0, 20)), /truncated/);
  assert.throws(() => readModelFile(bytes.slice(0, bytes.length - 4096)), /truncated/);
  const otherVersion = bytes.slice();
  otherVersion[4] = 99;
  assert.throws(() => readModelFile(otherVersion), /version 99/);
  assert.equal(modelFileDigest(otherVersion), undefined);
});
