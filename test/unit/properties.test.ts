// Property-based tests over random and adversarial text: the engine never throws, every range lies inside
// the text on code-point boundaries, ranges of one kind never overlap, and results are deterministic and
// independent of what else the same analyzer saw.
import './setupResources';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, Analyzer, type Analysis } from '../../src/core';

/** Pieces that make the recognizers work: leads, titles, names, dates, figures, breaks, odd characters. */
const PIECES = [
  '本报讯', '记者', ' ', '\n', '\n\n', '\r\n', '，', '、', '。', '兼', '副书记', '主任', '党工委', '高新区',
  '张', '王', '红军', '新亭', '表示', '10月', ' 6日', '下午', '１９９８年', '第三季度', '183亩', '41万平方米',
  '30亿元', '2.5万余人', '百分之十五', '三千多名', '多', '余', '约', '·', '克林顿', '文/图', '摄', '（', '）',
  '𠀀', '😀', '\u0000', '\uFFFD', 'abc', '123', '#', '[x](command:y)', '<b>', '\uD800', '\uDC00',
];

const pageText = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x4eff }).map((c) => String.fromCharCode(c)), maxLength: 200 }) },
);

function isHigh(c: number) {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number) {
  return c >= 0xdc00 && c <= 0xdfff;
}
/** True when offset `i` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

function checkInvariants(text: string, a: Analysis) {
  const spans = [...a.articles, ...a.entities, ...a.headlineBlocks];
  for (const s of spans) {
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `range ${s.start}-${s.end} outside 0-${text.length}`);
    assert.ok(!splitsPair(text, s.start) && !splitsPair(text, s.end), `range ${s.start}-${s.end} splits a surrogate pair`);
  }
  for (const e of a.entities) assert.equal(e.text, text.slice(e.start, e.end));
  const byKind = new Map<string, Array<{ start: number; end: number }>>();
  for (const e of a.entities) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e]);
  for (const [kind, list] of byKind) {
    const sorted = [...list].sort((x, y) => x.start - y.start);
    for (let i = 1; i < sorted.length; i++) {
      assert.ok(sorted[i].start >= sorted[i - 1].end, `${kind} ranges overlap at ${sorted[i].start}`);
    }
  }
}

test('on any text the engine never throws and every range lies inside the text on code-point boundaries', () => {
  fc.assert(
    fc.property(pageText, (text) => {
      checkInvariants(text, analyze(text));
    }),
    { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
  );
});

test('analysing the same text twice gives the same result', () => {
  fc.assert(
    fc.property(pageText, (text) => {
      assert.deepEqual(analyze(text), analyze(text));
    }),
    { numRuns: 100 },
  );
});

test('the result for a page does not depend on what other pages the same analyzer saw', () => {
  fc.assert(
    fc.property(fc.array(pageText, { minLength: 2, maxLength: 4 }), (pages) => {
      const shared = new Analyzer();
      for (const page of pages) shared.analyze(page);
      const last = pages[pages.length - 1];
      assert.deepEqual(shared.analyze(last), analyze(last));
    }),
    { numRuns: 60 },
  );
});
