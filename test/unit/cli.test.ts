// The command line: readable reports, JSON, the scorer's line protocol, and clear failures on bad input
// that still answer the good inputs. Runs the built dist/cli.js (npm test builds it first).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(__dirname, '../../dist/cli.js');
const BULLETIN = '区领导到园区调研\n\n本报讯 10月 6日下午，高新区党工委副书记\n张红军到园区调研，项目总投资30亿元。\n\n张红军表示，要加快建设。\n记者 孙庆辉\n';
let dir = '';

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

before(() => {
  if (!existsSync(CLI)) spawnSync('npm', ['run', 'build'], { cwd: resolve(__dirname, '../..'), stdio: 'inherit' });
  dir = mkdtempSync(join(tmpdir(), 'bulletin-cli-'));
  writeFileSync(join(dir, 'good.txt'), BULLETIN);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.bin'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
});

test('a bulletin file gets a readable report with its article, official and figure', () => {
  const r = run(['analyze', join(dir, 'good.txt')]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /区领导到园区调研/);
  assert.match(r.out, /official 张红军 \(高新区党工委副书记\)/);
  assert.match(r.out, /figure 30亿元 = 3000000000/);
  assert.match(r.out, /byline: 孙庆辉/);
});

test('--json prints the full analysis with offsets into the file as stored', () => {
  const r = run(['analyze', '--json', join(dir, 'good.txt')]);
  assert.equal(r.code, 0, r.err);
  const { analysis } = JSON.parse(r.out);
  const name = analysis.entities.find((e: { kind: string }) => e.kind === 'person');
  assert.equal(BULLETIN.slice(name.start, name.end), '张红军');
});

test('a missing file, an empty file and binary data each get a message naming them, and the good file is still answered', () => {
  const r = run(['analyze', join(dir, 'missing.txt'), join(dir, 'empty.txt'), join(dir, 'binary.bin'), join(dir, 'good.txt')]);
  assert.notEqual(r.code, 0);
  assert.match(r.err, /missing\.txt: no such file/);
  assert.match(r.err, /empty\.txt: empty file/);
  assert.match(r.err, /binary\.bin: binary data/);
  assert.match(r.out, /张红军/);
});

test('--jsonl answers every valid line in the scorer protocol and names the invalid one', () => {
  const input = [JSON.stringify({ id: 'a', text: BULLETIN }), '{not json', JSON.stringify({ id: 'c', text: '本报讯 1998年1月1日，江泽民主席发表讲话。' })].join('\n') + '\n';
  const r = run(['analyze', '--jsonl'], input);
  assert.notEqual(r.code, 0);
  assert.match(r.err, /line 2: invalid JSON/);
  const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.id), ['a', null, 'c']);
  assert.ok(lines[0].articles.length >= 1);
  const kinds = new Set(lines[0].entities.map((e: { kind: string }) => e.kind));
  for (const k of ['person', 'title', 'date', 'figure']) assert.ok(kinds.has(k), `kind ${k} present`);
  assert.ok(lines[2].entities.some((e: { kind: string; value: string }) => e.kind === 'date' && e.value === '1998-01-01'));
});

test('an unknown option is refused with the usage', () => {
  const r = run(['analyze', '--frobnicate', 'x']);
  assert.equal(r.code, 2);
  assert.match(r.err, /unknown option --frobnicate/);
  assert.match(r.err, /usage:/);
});

test('--jsonl answers the first page (analysed with the optimiser off) as it answers the same page later, and as with the optimiser forced on', () => {
  const line = JSON.stringify({ id: 'p', text: BULLETIN }) + '\n';
  const r = run(['analyze', '--jsonl'], line + line + line);
  assert.equal(r.code, 0, r.err);
  const [first, ...later] = r.out.trim().split('\n');
  for (const other of later) assert.equal(other, first);
  const forced = spawnSync(process.execPath, ['--opt', CLI, 'analyze', '--jsonl'], { input: line, encoding: 'utf8' });
  assert.equal(forced.status, 0, forced.stderr);
  assert.equal(forced.stdout.trim(), first);
});
