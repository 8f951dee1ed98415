// The command line with corrections and the research formats: analyze honours FILE.corrections.json
// (and --no-corrections ignores it), an unparseable one is reported and left as it is, a correction
// whose text was deleted is reported; export writes brat, CoNLL and JSONL whose spans match the text
// (CRLF and an emoji included), and brat comes back through the importer with the same spans.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(__dirname, '../../dist/cli.js');
const SAMPLE = resolve(__dirname, '../../../shared/samples/gaoxin-bulletin.txt');
const SMALL = '区领导到园区调研\r\n\r\n本报讯 10月 6日下午，高新区党工委副书记\r\n张红军到园区调研😀，项目总投资30亿元。\r\n\r\n张红军表示，要加快建设。\r\n记者 孙庆辉\r\n';
let dir = '';

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A correction as the documented file holds it: the words, 16 characters either side, where they were. */
function correction(text: string, words: string, action: string) {
  const start = text.indexOf(words);
  assert.ok(start >= 0, `${words} in the text`);
  return { action, text: words, before: text.slice(Math.max(0, start - 16), start), after: text.slice(start + words.length, start + words.length + 16), start };
}

function writeCorrections(file: string, list: object[]) {
  writeFileSync(file + '.corrections.json', JSON.stringify({ format: 'bulletin-corrections', version: 1, document: file, corrections: list }, null, 2));
}

function analysisOf(args: string[]) {
  const r = run(['analyze', '--json', ...args]);
  return { ...r, analysis: r.out ? JSON.parse(r.out).analysis : undefined };
}

type E = { kind: string; start: number; end: number; text: string; name?: string };

before(() => {
  if (!existsSync(CLI)) spawnSync('npm', ['run', 'build'], { cwd: resolve(__dirname, '../..'), stdio: 'inherit' });
  dir = mkdtempSync(join(tmpdir(), 'bulletin-corrections-'));
});

test('analyze applies the corrections stored beside the file; --no-corrections shows the engine alone', () => {
  const text = readFileSync(SAMPLE, 'utf8');
  const file = join(dir, 'sample.txt');
  writeFileSync(file, text);
  const engine = analysisOf([file]).analysis;
  // Pick, from the engine's own output, a person to remove and text it missed to mark an organization.
  const person = engine.entities.find((e: E) => e.kind === 'person') as E;
  const target = '解放军信息工程大学';
  assert.ok(!engine.entities.some((e: E) => e.kind === 'organization' && e.text === target), 'the engine misses the organization');
  writeCorrections(file, [correction(text, person.text, 'remove'), correction(text, target, 'organization')]);
  const corrected = analysisOf([file]);
  assert.equal(corrected.code, 0, corrected.err);
  assert.ok(!corrected.analysis.entities.some((e: E) => e.kind === 'person' && e.name === person.name));
  assert.ok(!corrected.analysis.persons.some((p: { name: string }) => p.name === person.name));
  assert.ok(corrected.analysis.entities.some((e: E) => e.kind === 'organization' && text.slice(e.start, e.end) === target));
  const report = run(['analyze', file]);
  assert.match(report.out, new RegExp(`organization ${target}`));
  const alone = analysisOf(['--no-corrections', file]).analysis;
  assert.deepEqual(alone.entities.length, engine.entities.length);
  assert.ok(alone.entities.some((e: E) => e.kind === 'person' && e.name === person.name));
});

test('an unparseable corrections file is reported with its path and not rewritten', () => {
  const file = join(dir, 'broken.txt');
  writeFileSync(file, SMALL);
  const broken = '{"format": "bulletin-corrections", "version": 1, "corrections": [ {oops';
  writeFileSync(file + '.corrections.json', broken);
  const r = analysisOf([file]);
  assert.notEqual(r.code, 0);
  assert.ok(r.err.includes(file + '.corrections.json'), r.err);
  assert.match(r.err, /cannot be read as corrections/);
  assert.ok(r.analysis.entities.length > 0, "the engine's analysis is still given");
  assert.equal(readFileSync(file + '.corrections.json', 'utf8'), broken);
});

test('a correction whose text was deleted is reported and applied nowhere else', () => {
  const file = join(dir, 'deleted.txt');
  const text = '本报讯 高新区党工委副书记张红军到园区调研。\n\n本报讯 区长张红军出席会议并讲话。\n';
  writeCorrections(file, [correction(text, '张红军', 'remove')]);
  const edited = text.replace('张红军到园区调研', '王五到园区调研');
  writeFileSync(file, edited);
  assert.ok(analysisOf(['--no-corrections', file]).analysis.entities.some((e: E) => e.kind === 'person' && e.name === '张红军'), 'the engine finds the other 张红军');
  const r = analysisOf([file]);
  assert.notEqual(r.code, 0);
  assert.match(r.err, /correction 1 \(remove "张红军"\) not applied: its text is no longer in/);
  assert.ok(r.analysis.entities.some((e: E) => e.kind === 'person' && e.name === '张红军'), 'the other 张红军 keeps its mention');
});

test('export --format brat writes .ann and annotation.conf, and compare reads it back with the same spans', () => {
  const file = join(dir, 'small.txt');
  writeFileSync(file, SMALL);
  const out = join(dir, 'brat');
  const r = run(['export', '--format', 'brat', '--out', out, file]);
  assert.equal(r.code, 0, r.err);
  assert.ok(existsSync(join(out, 'annotation.conf')));
  assert.equal(readFileSync(join(out, 'small.txt'), 'utf8'), SMALL);
  const ann = readFileSync(join(out, 'small.ann'), 'utf8');
  assert.ok(ann.split('\n').filter(Boolean).length >= 4);
  // Offsets are characters of the file as stored: CRLF is two, the emoji one.
  const chars = [...SMALL];
  for (const line of ann.trim().split('\n')) {
    const [, typeAndOffsets, covered] = line.split('\t');
    const fragments = typeAndOffsets.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
    assert.equal(fragments.map(([a, b]) => chars.slice(a, b).join('')).join(' '), covered);
  }
  const back = run(['compare', file, join(out, 'small.ann')]);
  assert.equal(back.code, 0, back.err);
  assert.match(back.out, /all\s+100\.0\s+100\.0\s+100\.0/);
  assert.doesNotMatch(back.out, /line \d+ /, 'no differences');
  // A layer that differs is scored as such.
  const fewer = ann.trim().split('\n').slice(1).join('\n') + '\n';
  writeFileSync(join(out, 'fewer.ann'), fewer);
  const diff = run(['compare', file, join(out, 'fewer.ann')]);
  assert.match(diff.out, /only in the analysis/);
  assert.doesNotMatch(diff.out, /all\s+100\.0\s+100\.0\s+100\.0/);
});

test('export --format conll and jsonl parse, and their spans match the text (CRLF and emoji)', () => {
  const file = join(dir, 'small2.txt');
  writeFileSync(file, SMALL);
  const chars = [...SMALL];
  const conll = run(['export', '--format', 'conll', file]);
  assert.equal(conll.code, 0, conll.err);
  let open: { start: number; end: number; tag: string } | undefined;
  const spans: Array<{ start: number; end: number; tag: string }> = [];
  for (const line of conll.out.split('\n')) {
    if (!line) {
      open = undefined;
      continue;
    }
    const [ch, offset, tag] = line.split('\t');
    assert.equal(chars[Number(offset)], ch);
    if (tag.startsWith('B-')) spans.push((open = { start: Number(offset), end: Number(offset) + 1, tag: tag.slice(2) }));
    else if (tag.startsWith('I-')) open!.end = Number(offset) + 1;
  }
  assert.ok(conll.out.includes('😀\t'));
  const jsonl = run(['export', '--format', 'jsonl', file]);
  const record = JSON.parse(jsonl.out.trim());
  assert.equal(record.text, SMALL);
  // Every CoNLL span is a JSONL span with the same label; JSONL spans cut the text where the analysis does.
  const json = analysisOf([file]).analysis;
  const surface = json.entities.map((e: E) => e.text);
  for (const [s, e] of record.label) assert.ok(surface.includes(chars.slice(s, e).join('')));
  for (const s of spans) assert.ok(record.label.some(([a, b, l]: [number, number, string]) => a === s.start && b >= s.end && l === s.tag), JSON.stringify(s));
  assert.ok(spans.length > 0);
});

test('brat export with --out writes the text without a BOM, so brat counts the same characters', () => {
  const file = join(dir, 'bom.txt');
  writeFileSync(file, '\uFEFF' + SMALL);
  const out = join(dir, 'bom-brat');
  const r = run(['export', '--format', 'brat', '--out', out, file]);
  assert.equal(r.code, 0, r.err);
  assert.equal(readFileSync(join(out, 'bom.txt'), 'utf8'), SMALL);
  const chars = [...SMALL];
  const [, typeAndOffsets, covered] = readFileSync(join(out, 'bom.ann'), 'utf8').split('\n')[0].split('\t');
  const [a, b] = typeAndOffsets.split(' ').slice(1).map(Number);
  assert.equal(chars.slice(a, b).join(''), covered);
  const beside = run(['export', '--format', 'brat', file]);
  assert.match(beside.err, /byte order mark/);
  assert.equal(readFileSync(file, 'utf8'), '\uFEFF' + SMALL, 'the document is not rewritten');
});

test('a JSONL layer (doccano / Label Studio) exported and compared gives the same spans', () => {
  const file = join(dir, 'small3.txt');
  writeFileSync(file, SMALL);
  const out = join(dir, 'jsonl');
  const r = run(['export', '--format', 'jsonl', '--out', out, file]);
  assert.equal(r.code, 0, r.err);
  const back = run(['compare', file, join(out, 'small3.jsonl')]);
  assert.equal(back.code, 0, back.err);
  assert.match(back.out, /all\s+100\.0\s+100\.0\s+100\.0/);
  // A layer for another text is not taken for this one.
  writeFileSync(join(out, 'other.jsonl'), JSON.stringify({ text: 'x', label: [[0, 1, 'person']] }) + '\n' + JSON.stringify({ text: 'y', label: [] }) + '\n');
  const other = run(['compare', file, join(out, 'other.jsonl')]);
  assert.notEqual(other.code, 0);
  assert.match(other.err, /no line holds this text/);
});
