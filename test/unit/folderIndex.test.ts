// The worker's folder index (src/extension/folder): files indexed by content hash, a stored index
// read back, a corrupted one dropped, and the calls the views make (persons, posts, symbols,
// references, export).
import './setupResources';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FolderIndex } from '../../src/extension/folder/folderIndex';
import { answerFolder } from '../../src/extension/folder/folderViews';

const ISSUE_2019 = '高新区简报\n2019年第12期\n高新区管委会办公室　　2019年10月15日\n\n区领导到园区调研\n\n本报讯 10月 6日下午，高新区党工委副书记\n张红军到园区调研，项目总投资30亿元。\n\n张红军表示，要加快建设。\n记者 孙庆辉\n';
const ISSUE_2020 = '新区建设加快推进\n\n本报讯 3月1日，高新区管委会主任张红军主持\n召开会议，部署今年重点工作。\n\n张红军要求，各部门要抓好落实。\n记者 孙庆辉\n';
const bytes = (text: string) => new TextEncoder().encode(text);

function indexed(): FolderIndex {
  const index = new FolderIndex();
  assert.equal(index.file('file:///w/a.txt', 'a.txt', 1, 10, bytes(ISSUE_2019), true), 'analysed');
  assert.equal(index.file('file:///w/2020-03-02.bulletin', '2020-03-02.bulletin', 1, 10, bytes(ISSUE_2020), false), 'analysed');
  return index;
}

test('the same content under another name is not analysed again; files that are no bulletins or no text are told apart', () => {
  const index = indexed();
  assert.equal(index.file('file:///w/copy.txt', 'copy.txt', 1, 10, bytes(ISSUE_2019), true), 'reused');
  assert.equal(index.file('file:///w/readme.txt', 'readme.txt', 1, 10, bytes('just some notes'), true), 'not a bulletin');
  assert.deepEqual(index.file('file:///w/empty.txt', 'empty.txt', 1, 0, new Uint8Array(0), true), { problem: 'empty file' });
  assert.deepEqual(index.file('file:///w/b.txt', 'b.txt', 1, 4, new Uint8Array([0x89, 0, 1, 2]), true), { problem: 'binary data (NUL bytes), not text' });
  // A bulletin stored in GB18030 is read as such (here the same text as 2020-03-02.bulletin: reused).
  const gb18030 = readFileSync(join(__dirname, '../fixtures/2020-03-02-gb18030.bulletin'));
  assert.equal(index.file('file:///w/gbk.bulletin', 'gbk.bulletin', 1, 10, new Uint8Array(gb18030), false), 'reused');
  assert.equal(index.digests.size, 2);
});

test('one person across two files, with two posts and their dates, and their mentions in the other file', () => {
  const index = indexed();
  const { persons } = answerFolder(index, { what: 'persons', filter: '张红军', limit: 10 }) as { persons: Array<{ key: string; documents: number }> };
  assert.deepEqual(persons.map((p) => [p.key, p.documents]), [['张红军', 2]]);
  const posts = answerFolder(index, { what: 'person', key: '张红军' }) as Array<{ title: string; firstSeen: string; documents: Array<{ path: string }> }>;
  assert.deepEqual(posts.map((p) => [p.title, p.firstSeen, p.documents.map((d) => d.path)]), [
    ['高新区党工委副书记', '2019-10-06', ['a.txt']],
    ['高新区管委会主任', '2020-03-01', ['2020-03-02.bulletin']],
  ]);
  const refs = answerFolder(index, { what: 'references', name: '张红军', uri: 'file:///w/a.txt' }) as Array<{ uri: string; range: number[] }>;
  assert.deepEqual(refs.map((r) => r.uri), ['file:///w/2020-03-02.bulletin', 'file:///w/2020-03-02.bulletin']);
  const symbols = answerFolder(index, { what: 'symbols', query: '张红军', limit: 100 }) as Array<{ kind: string; uri: string }>;
  assert.deepEqual(symbols.filter((s) => s.kind === 'person').map((s) => s.uri).sort(), ['file:///w/2020-03-02.bulletin', 'file:///w/a.txt']);
});

test('a stored index is read back whole; a corrupted one is dropped, never trusted', () => {
  const stored = indexed().save();
  const again = new FolderIndex();
  assert.equal(again.load(stored), true);
  assert.ok(again.isCurrent('file:///w/a.txt', 1, 10));
  assert.deepEqual(answerFolder(again, { what: 'person', key: '张红军' }), answerFolder(indexed(), { what: 'person', key: '张红军' }));
  const corrupted = stored.slice();
  corrupted[corrupted.length - 5] ^= 1;
  const broken = new FolderIndex();
  assert.equal(broken.load(corrupted), false);
  assert.equal(broken.entries.size, 0);
  assert.equal(new FolderIndex().load(bytes('garbage')), false);
});

test('an index stored by another build of the engine, or with another user dictionary, is made again, not trusted', () => {
  const stored = indexed().save();
  const [head, ...rest] = new TextDecoder().decode(stored).split('\n');
  const [format, made, checksum] = head.split(' ');
  const otherBuild = bytes([[format, `0123456789abcdef${made.slice(made.indexOf('.'))}`, checksum].join(' '), ...rest].join('\n'));
  const reader = new FolderIndex();
  assert.equal(reader.read(otherBuild), 'stale');
  assert.equal(reader.entries.size, 0);
  assert.equal(reader.read(stored), 'loaded');
  // The same folder read with a user dictionary: the digests were made without it.
  const withWords = new FolderIndex();
  withWords.configure({ userDictionary: { names: ['孙庆辉'] } });
  assert.equal(withWords.read(stored), 'stale');
  // A dictionary that arrives after the index was read drops its digests, so none is stored as made with it.
  const loaded = new FolderIndex();
  assert.equal(loaded.read(stored), 'loaded');
  assert.equal((answerFolder(loaded, { what: 'persons', filter: '', limit: 10 }) as { total: number }).total > 0, true);
  loaded.configure({ userDictionary: { names: ['孙庆辉'] } });
  assert.equal(loaded.entries.size, 0);
  assert.deepEqual(answerFolder(loaded, { what: 'persons', filter: '', limit: 10 }), { total: 0, persons: [] }, 'the who\'s who merged before is dropped too');
  assert.equal(new FolderIndex().read(loaded.save()), 'stale');
  // An index an earlier version stored in its own format is stale, not corrupted.
  const earlier = bytes(new TextDecoder().decode(stored).replace(/^bulletin-whoswho-index\/2 \S+ /, 'bulletin-whoswho-index/1 '));
  assert.equal(new FolderIndex().read(earlier), 'stale');
});

test('a file deleted or gone since leaves the who\'s who', () => {
  const index = indexed();
  index.remove('file:///w/2020-03-02.bulletin');
  const posts = answerFolder(index, { what: 'person', key: '张红军' }) as Array<{ title: string }>;
  assert.deepEqual(posts.map((p) => p.title), ['高新区党工委副书记']);
  assert.equal(index.retain([]), 1);
  assert.deepEqual(answerFolder(index, { what: 'persons', filter: '', limit: 10 }), { total: 0, persons: [] });
});

test('the export is CSV with a byte order mark, or JSON rows', () => {
  const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(answerFolder(indexed(), { what: 'export', format: 'csv' }) as Uint8Array);
  assert.ok(csv.startsWith('\uFEFFname,person,role,title,organization,post,first_seen,last_seen,mentions,documents'));
  const rows = JSON.parse(new TextDecoder().decode(answerFolder(indexed(), { what: 'export', format: 'json' }) as Uint8Array));
  assert.ok(rows.some((r: { name: string; last_seen: string }) => r.name === '张红军' && r.last_seen === '2020-03-01'));
});
