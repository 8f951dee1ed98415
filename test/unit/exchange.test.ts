// The exchange formats against the text they describe: brat, CoNLL and JSONL offsets are characters
// (code points) of the text as stored, CRLF counting two and an emoji one.
import './setupResources';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { CodePoints, bratConf, compareSpans, labelledSpans, readBrat, readConll, readJsonl, toBrat, toConll, toJsonlLine, type LabelledSpan } from '../../src/core/exchange';

// CRLF line ends, an emoji before the names, and a name wrapped across a line break.
const TEXT = '区领导到园区调研😀\r\n\r\n本报讯 10月 6日下午，高新区党工委副书记\r\n张红军到园区调研，项目总投资30亿元。😀张红\r\n军表示，要加快建设。\r\n记者 孙庆辉\r\n';

const sorted = (spans: LabelledSpan[]) => [...spans].sort((a, b) => a.start - b.start || a.end - b.end || a.label.localeCompare(b.label));

test('code points and UTF-16 units map both ways around an emoji', () => {
  const points = new CodePoints('a😀b\r\n');
  assert.equal(points.length, 5);
  assert.equal(points.point(3), 2);
  assert.equal(points.unit(2), 3);
  assert.equal(points.unit(99), -1);
});

test('brat T-lines give character offsets whose text is the entity text, and read back to the same spans', () => {
  const spans = labelledSpans(analyze(TEXT));
  assert.ok(spans.length >= 4, 'the engine finds entities in the text');
  const ann = toBrat(TEXT, spans);
  const chars = [...TEXT];
  for (const line of ann.trim().split('\n')) {
    const [, typeAndOffsets, covered] = line.split('\t');
    const fragments = typeAndOffsets.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
    // Each fragment is the characters brat would show: as Python slices the text.
    assert.equal(fragments.map(([a, b]) => chars.slice(a, b).join('')).join(' '), covered, line);
  }
  const back = readBrat(ann, TEXT);
  assert.deepEqual(back.problems, []);
  assert.deepEqual(sorted(back.spans), sorted(spans));
  assert.match(bratConf(), /^\[entities\]\nofficial\n/);
});

test('a wrapped name is written as two fragments around the line break', () => {
  const start = TEXT.indexOf('张红\r\n军');
  const ann = toBrat(TEXT, [{ start, end: start + 5, label: 'person' }]);
  const p = new CodePoints(TEXT).point(start);
  assert.equal(ann, `T1\tperson ${p} ${p + 2};${p + 4} ${p + 5}\t张红 军\n`);
});

test('brat lines that do not fit the text are reported, not guessed', () => {
  const r = readBrat('T1\tperson 0 2\t区领\nT2\tperson 5000 5002\tx\nT3 broken\n#1\tnote\n', TEXT);
  assert.equal(r.spans.length, 1);
  assert.equal(r.problems.length, 2);
});

test('CoNLL has one character a line with BIO tags, sentences apart, and its spans match the text', () => {
  const spans = labelledSpans(analyze(TEXT));
  const conll = toConll(TEXT, spans);
  const sentences = conll.trim().split('\n\n');
  assert.ok(sentences.length >= 3, 'sentences are separated');
  const chars = [...TEXT];
  for (const line of conll.split('\n')) {
    if (!line) continue;
    const [ch, offset, tag] = line.split('\t');
    assert.equal([...ch].length, 1, 'one character a line');
    assert.equal(chars[Number(offset)], ch, 'the offset is the character\'s');
    assert.match(tag, /^(O|[BI]-\w+)$/);
  }
  assert.ok(conll.includes('😀\t'), 'the emoji is one line');
  // Non-overlapping spans come back whole (a wrapped name included).
  const back = readConll(conll, TEXT);
  for (const s of back) assert.ok(spans.some((x) => x.start === s.start && x.end === s.end && x.label === s.label), `${TEXT.slice(s.start, s.end)} ${s.label}`);
  assert.ok(back.length >= spans.length - 2, 'nearly every span is tagged (only nested ones are left out)');
});

test('JSONL parses, doccano\'s labels and Label Studio\'s results give the text\'s spans', () => {
  const spans = labelledSpans(analyze(TEXT));
  const line = toJsonlLine('doc', TEXT, spans);
  assert.ok(!line.includes('\n'));
  const record = JSON.parse(line);
  const chars = [...TEXT];
  assert.equal(record.text, TEXT);
  assert.equal(record.data.text, TEXT);
  for (const [s, e, label] of record.label) assert.ok(chars.slice(s, e).join('').length > 0 && label);
  for (const r of record.predictions[0].result) assert.equal(chars.slice(r.value.start, r.value.end).join(''), r.value.text);
  assert.deepEqual(sorted(readJsonl(line, TEXT).spans), sorted(spans));
  // The Label Studio half alone reads the same.
  const studio = JSON.stringify({ data: record.data, predictions: record.predictions });
  assert.deepEqual(sorted(readJsonl(studio, TEXT).spans), sorted(spans));
});

test('comparison: precision, recall and F1 per label, and each difference', () => {
  const imported: LabelledSpan[] = [
    { start: 0, end: 2, label: 'person' },
    { start: 5, end: 8, label: 'date' },
    { start: 10, end: 12, label: 'organization' },
  ];
  const ours: LabelledSpan[] = [
    { start: 0, end: 2, label: 'person' },
    { start: 5, end: 8, label: 'figure' },
    { start: 20, end: 22, label: 'person' },
  ];
  const c = compareSpans(imported, ours);
  const person = c.scores.find((s) => s.label === 'person')!;
  assert.deepEqual([person.matched, person.extra, person.missing], [1, 1, 0]);
  assert.equal(person.precision, 0.5);
  assert.equal(person.recall, 1);
  assert.ok(Math.abs(person.f1 - 2 / 3) < 1e-9);
  assert.deepEqual(c.differences.map((d) => d.kind), ['label', 'missing', 'extra']);
  assert.equal(c.total.matched, 1);
  assert.deepEqual(compareSpans(ours, ours).total.f1, 1);
});
