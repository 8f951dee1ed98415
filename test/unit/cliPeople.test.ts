// `bulletin people`: the who's who of a folder of bulletins built here, bad files named while the
// others are answered, and the same table for any number of worker threads. Runs the built dist/cli.js.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { csvRecords } from '../support/csv';

const CLI = resolve(__dirname, '../../dist/cli.js');
// Year from the masthead; the second issue has none and takes its year from the file name.
const ISSUE_2019 = '高新区简报\n2019年第12期\n高新区管委会办公室　　2019年10月15日\n\n区领导到园区调研\n\n本报讯 10月 6日下午，高新区党工委副书记\n张红军到园区调研，项目总投资30亿元。\n\n张红军表示，要加快建设。\n记者 孙庆辉\n';
const ISSUE_2020 = '新区建设加快推进\n\n本报讯 3月1日，高新区管委会主任张红军主持\n召开会议，部署今年重点工作。\n\n张红军要求，各部门要抓好落实。\n记者 孙庆辉\n';
let dir = '';
let bad = '';

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

before(() => {
  if (!existsSync(CLI)) spawnSync('npm', ['run', 'build'], { cwd: resolve(__dirname, '../..'), stdio: 'inherit' });
  dir = mkdtempSync(join(tmpdir(), 'bulletin-people-'));
  mkdirSync(join(dir, 'issues', '2020'), { recursive: true });
  writeFileSync(join(dir, 'issues', 'issue-12.txt'), ISSUE_2019);
  writeFileSync(join(dir, 'issues', '2020', '2020-03-02.bulletin'), ISSUE_2020);
  writeFileSync(join(dir, 'issues', 'notes.md'), '# not a bulletin');
  bad = mkdtempSync(join(tmpdir(), 'bulletin-people-bad-'));
  writeFileSync(join(bad, 'good.txt'), ISSUE_2019);
  writeFileSync(join(bad, 'empty.txt'), '');
  writeFileSync(join(bad, 'binary.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
  // 0xFF is no byte of UTF-8 nor of GB18030.
  writeFileSync(join(bad, 'undecodable.txt'), new Uint8Array([0x62, 0xe9, 0x0a, 0xff, 0x0a]));
});

test('a folder of two bulletins gives one official with two posts, each with its dates', () => {
  const r = run(['people', '--jobs', '2', join(dir, 'issues')]);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.err, '', 'no progress line when stderr is not a terminal');
  const rows = csvRecords(r.out);
  assert.deepEqual(Object.keys(rows[0]).slice(0, 3), ['name', 'person', 'role']);
  for (const column of ['title', 'organization', 'post', 'first_seen', 'last_seen', 'mentions', 'documents']) assert.ok(column in rows[0], column);
  const zhang = rows.filter((row) => row.name === '张红军');
  assert.deepEqual(
    zhang.map((row) => [row.role, row.title, row.organization, row.post, row.first_seen, row.last_seen, row.mentions, row.documents]),
    [
      ['official', '高新区党工委副书记', '高新区党工委', '副书记', '2019-10-06', '2019-10-06', '2', '1'],
      ['official', '高新区管委会主任', '高新区管委会', '主任', '2020-03-01', '2020-03-01', '2', '1'],
    ],
  );
  const reporter = rows.find((row) => row.name === '孙庆辉');
  assert.deepEqual([reporter?.role, reporter?.title, reporter?.first_seen, reporter?.last_seen, reporter?.documents], ['reporter', '', '2019-10-06', '2020-03-01', '2']);
});

test('--format json gives the same rows as objects; --year completes dates neither page nor path dates', () => {
  const r = run(['people', '--format', 'json', '--year', '2018', join(bad, 'good.txt'), join(dir, 'issues', '2020', '2020-03-02.bulletin')]);
  assert.equal(r.code, 0, r.err);
  const rows = JSON.parse(r.out) as Array<Record<string, string | number>>;
  assert.ok(rows.some((row) => row.name === '张红军' && row.post === '主任' && row.first_seen === '2020-03-01' && row.mentions === 2));
  const onlyYear = run(['people', '--year', '2018', join(bad, 'good.txt')]);
  assert.match(onlyYear.out, /张红军,official,高新区党工委副书记,高新区党工委,副书记,2019-10-06/, 'the masthead year wins over --year');
});

test('bad files are named on stderr with the reason, the others are answered, and the exit status is 1', () => {
  const r = run(['people', '--jobs', '2', bad, join(bad, 'missing.txt')]);
  assert.equal(r.code, 1);
  assert.match(r.err, /empty\.txt: empty file/);
  assert.match(r.err, /binary\.txt: binary data/);
  assert.match(r.err, /undecodable\.txt: not text in UTF-8, UTF-16 or GB18030/);
  assert.match(r.err, /missing\.txt: no such file/);
  assert.match(r.out, /张红军,official,高新区党工委副书记/);
});

test('a bulletin stored in GB18030 gives the table its UTF-8 text gives', () => {
  const utf8 = run(['people', join(dir, 'issues', '2020', '2020-03-02.bulletin')]);
  const gb = run(['people', resolve(__dirname, '../fixtures/2020-03-02-gb18030.bulletin')]);
  assert.equal(gb.code, 0, gb.err);
  assert.match(gb.out, /张红军,official,高新区管委会主任/);
  assert.equal(gb.out, utf8.out);
});

test('the same table for --jobs 1 and --jobs 4', () => {
  const one = run(['people', '--jobs', '1', dir, bad]);
  const four = run(['people', '--jobs', '4', dir, bad]);
  assert.equal(one.code, 1);
  assert.ok(csvRecords(one.out).length >= 3);
  assert.equal(four.out, one.out);
  assert.equal(four.err, one.err);
});

test('a wrong option is refused with the usage', () => {
  const r = run(['people', '--jobs', '0', dir]);
  assert.equal(r.code, 2);
  assert.match(r.err, /--jobs needs a whole number/);
  assert.match(r.err, /usage: bulletin people/);
});

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

test('a progress line goes to stderr when it is a terminal', { skip: hasScript ? false : 'script(1) is not installed to give the command a terminal' }, () => {
  // script(1) runs the command on a pseudo-terminal (stdout and stderr both go to it).
  const command = [process.execPath, CLI, 'people', '--jobs', '1', join(dir, 'issues')].map((a) => `'${a}'`).join(' ');
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /\rbulletin: 2\/2 files/);
  assert.match(r.stdout, /张红军,official,高新区管委会主任/);
});

test('the corrections stored beside a file are applied, unless --no-corrections', () => {
  const folder = mkdtempSync(join(tmpdir(), 'bulletin-people-corrected-'));
  const file = join(folder, '2019-10-15.txt');
  writeFileSync(file, ISSUE_2019);
  const start = ISSUE_2019.indexOf('孙庆辉');
  const correction = { action: 'remove', text: '孙庆辉', before: ISSUE_2019.slice(start - 16, start), after: ISSUE_2019.slice(start + 3, start + 19), start };
  writeFileSync(file + '.corrections.json', JSON.stringify({ format: 'bulletin-corrections', version: 1, document: '2019-10-15.txt', corrections: [correction] }));
  const corrected = run(['people', folder]);
  assert.equal(corrected.code, 0, corrected.err);
  assert.ok(!csvRecords(corrected.out).some((row) => row.name === '孙庆辉'), corrected.out);
  assert.ok(csvRecords(corrected.out).some((row) => row.name === '张红军'), corrected.out);
  const engine = run(['people', '--no-corrections', folder]);
  assert.ok(csvRecords(engine.out).some((row) => row.name === '孙庆辉'), engine.out);
  writeFileSync(file + '.corrections.json', '{ not json');
  const broken = run(['people', folder]);
  assert.equal(broken.code, 1);
  assert.ok(broken.err.includes(file + '.corrections.json'), broken.err);
});
