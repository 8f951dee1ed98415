import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readNameModel, writeNameModel } from '../../src/core/tagger/model';
import { LABEL_COUNT } from '../../src/core/tagger/labels';

const root = join(__dirname, '..', '..');

function tinyModel() {
  const weights = new Map<number, Float64Array>([
    [12345, Float64Array.from([0.5, -1.25, 2, 0, 0.75])],
    [-987654321, Float64Array.from([-2, 0.1, 0, 1.5, -0.3])],
    [0x7fffffff, Float64Array.from([0, 0, 0.02, -0.02, 1])],
  ]);
  const transitions = Float64Array.from({ length: (LABEL_COUNT + 1) * LABEL_COUNT }, (_, i) => (i - 15) / 8);
  return { weights, transitions };
}

test('a written model reads back with the same differences between labels and the same transitions', () => {
  const { weights, transitions } = tinyModel();
  const model = readNameModel(writeNameModel(weights, transitions));
  assert.equal(model.labelCount, LABEL_COUNT);
  assert.equal(model.featureCount, weights.size);
  assert.deepEqual([...model.transitions], [...transitions]);
  // Only differences between labels decide a sequence: weights come back relative to the outside
  // label, as int8 scaled to the largest difference (3.25 here), equal up to one step of that scale.
  const step = 3.25 / 127;
  for (const [hash, w] of weights) {
    const scores = new Float64Array(LABEL_COUNT + 2);
    model.addWeights(hash, scores, 2);
    assert.deepEqual([...scores.subarray(0, 2)], [0, 0], 'writes only from `at` on');
    for (let l = 0; l < LABEL_COUNT; l++) {
      const expected = w[l] - w[0];
      assert.ok(Math.abs(scores[2 + l] - expected) <= step, `hash ${hash} label ${l}: ${scores[2 + l]} vs ${expected}`);
    }
  }
});

test('emission scores of many positions add the weights of each position', () => {
  const { weights, transitions } = tinyModel();
  const model = readNameModel(writeNameModel(weights, transitions));
  const hashes = [...weights.keys()];
  // Two positions: the first holds all three features, the second one feature and one unknown.
  const features = Int32Array.from([hashes[0], hashes[1], hashes[2], hashes[1], 424242, 424242]);
  const scores = new Float64Array(2 * LABEL_COUNT);
  model.emissions(features, 2, 3, scores);
  for (let l = 0; l < LABEL_COUNT; l++) {
    const one = new Float64Array(LABEL_COUNT);
    for (const h of hashes) model.addWeights(h, one, 0);
    assert.ok(Math.abs(scores[l] - one[l]) < 1e-9, `first position, label ${l}`);
    const second = new Float64Array(LABEL_COUNT);
    model.addWeights(hashes[1], second, 0);
    assert.ok(Math.abs(scores[LABEL_COUNT + l] - second[l]) < 1e-9, `second position, label ${l}`);
  }
});

test('a feature the model does not hold adds nothing', () => {
  const { weights, transitions } = tinyModel();
  const model = readNameModel(writeNameModel(weights, transitions));
  const scores = new Float64Array(LABEL_COUNT).fill(1);
  model.addWeights(424242, scores, 0);
  assert.deepEqual([...scores], new Array(LABEL_COUNT).fill(1));
});

test('bytes with another magic number are not read as a model', () => {
  const { weights, transitions } = tinyModel();
  const bytes = writeNameModel(weights, transitions);
  bytes[0] ^= 0xff;
  assert.throws(() => readNameModel(bytes), /not a name model/);
});

test('a truncated model file is not read', () => {
  const { weights, transitions } = tinyModel();
  const bytes = writeNameModel(weights, transitions);
  assert.throws(() => readNameModel(bytes.slice(0, bytes.length - 64)));
  assert.throws(() => readNameModel(bytes.slice(0, 16)));
});

const corpus = join(root, '..', 'shared', 'corpus');

test(
  'the committed model is what training produces',
  { timeout: 10 * 60_000, skip: existsSync(corpus) ? false : `no training corpus at ${corpus}` },
  // Asynchronous, so that the timeout can stop it.
  async () => {
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/train.ts', '--check'], { cwd: root, maxBuffer: 64 << 20 });
    const { code, stdout, stderr } = await run.then(
      (out) => ({ code: 0, ...out }),
      (err: { code?: number; stdout?: string; stderr?: string }) => ({ code: err.code, stdout: err.stdout, stderr: err.stderr }),
    );
    assert.equal(code, 0, `train --check failed:\n${stdout}\n${stderr}`);
  },
);

test('every feature of a large model reads back, and features it does not hold add nothing', () => {
  // Enough features to fill the table to the point where keys must move to their second bucket.
  const weights = new Map<number, Float64Array>();
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) | 0);
  while (weights.size < 20000) weights.set(next(), Float64Array.from([0, 1, (weights.size % 7) - 3, 0.5, -1]));
  const { transitions } = tinyModel();
  const model = readNameModel(writeNameModel(weights, transitions));
  assert.equal(model.featureCount, weights.size);
  for (const [hash, w] of weights) {
    const scores = new Float64Array(LABEL_COUNT);
    model.addWeights(hash, scores, 0);
    assert.ok(Math.abs(scores[2] - w[2]) < 0.03 && Math.abs(scores[4] - w[4]) < 0.03, `hash ${hash}`);
  }
  let absent = 0;
  for (let i = 0; i < 20000; i++) {
    const hash = next();
    if (weights.has(hash)) continue;
    const scores = new Float64Array(LABEL_COUNT);
    model.addWeights(hash, scores, 0);
    assert.deepEqual([...scores], [0, 0, 0, 0, 0], `absent hash ${hash}`);
    absent++;
  }
  assert.ok(absent > 19000);
});

test('the same weights give the same bytes whatever order they were added in', () => {
  const { weights, transitions } = tinyModel();
  const reversed = new Map([...weights].reverse());
  assert.deepEqual(writeNameModel(reversed, transitions), writeNameModel(weights, transitions));
});
