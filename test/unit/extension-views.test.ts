// The worker's side of the extension: the text mirror kept from edit events, and the views answered
// from a held analysis (line/character positions: lineIndex.test.ts).
import './setupResources';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/core';
import { HeldAnalysis, mergeWindows } from '../../src/extension/views/heldAnalysis';
import { TextMirror } from '../../src/extension/views/textMirror';

const ARTICLE = '本报讯 3月2日上午，市委书记李明到开发区\n调研企业复工情况，项目总投资12亿元。\n记者 周文\n\n';

test('the mirror applies edits in order and refuses ones from another version', () => {
  const mirror = new TextMirror(1, 'hello world');
  assert.equal(mirror.apply(1, 2, 13, [{ offset: 6, length: 5, text: 'there!!' }]), true);
  assert.equal(mirror.text, 'hello there!!');
  // Two edits reported last-first, as VS Code does for several cursors.
  assert.equal(mirror.apply(2, 3, 15, [{ offset: 6, length: 0, text: '>' }, { offset: 0, length: 0, text: '<' }]), true);
  assert.equal(mirror.text, '<hello >there!!');
  assert.equal(mirror.apply(2, 4, 15, [{ offset: 0, length: 0, text: 'x' }]), false, 'an edit from an older version was applied');
});

test('the mirror refuses an edit whose result has not the length the host expects', () => {
  const mirror = new TextMirror(1, 'abc');
  assert.equal(mirror.apply(1, 2, 99, [{ offset: 0, length: 1, text: 'x' }]), false);
  assert.equal(mirror.text, 'abc');
});

test('decorations asked for a line window hold only the entities in it, with their positions', () => {
  const text = ARTICLE.repeat(50);
  const held = new HeldAnalysis(1, text, analyze(text));
  const all = held.decorations('all', ['official', 'person', 'date', 'figure', 'title', 'organization']);
  const window = held.decorations([[40, 60]], ['official', 'person', 'date', 'figure', 'title', 'organization']);
  const count = (s: typeof all) => Object.values(s.kinds).reduce((n, q) => n + q.length / 4, 0);
  assert.ok(count(all) > count(window) && count(window) > 0, `${count(window)} of ${count(all)}`);
  for (const q of Object.values(window.kinds)) for (let i = 0; i < q.length; i += 4) assert.ok(q[i + 2] >= 40 && q[i] < 60, `range on lines ${q[i]}–${q[i + 2]}`);
  const date = window.kinds.date;
  assert.ok(date.length >= 4);
  const lines = text.split('\n');
  assert.equal(lines[date[0]].slice(date[1], date[3]), '3月2日上午');
});

test('a hover on a name an appointment notice lists gives the post appointed or removed from', () => {
  const text = '区政府人事任免\n\n本报讯 3月20日，区人大常委会决定：任命张明为\n区财政局局长；免去王强的区财政局局长职务。\n';
  const held = new HeldAnalysis(1, text, analyze(text));
  const changes = (name: string) => held.hover(text.indexOf(name) + 1)?.person?.changes.map((c) => [c.action, c.value]);
  assert.deepEqual(changes('张明'), [['appointed', '区财政局局长']]);
  assert.deepEqual(changes('王强'), [['removed', '区财政局局长']]);
});

test('a hover asked at an offset inside a name gives that person with their titles and mention count', () => {
  const text = ARTICLE.repeat(3);
  const held = new HeldAnalysis(1, text, analyze(text));
  const facts = held.hover(text.indexOf('李明') + 1);
  assert.ok(facts && facts.entity.kind === 'person', JSON.stringify(facts));
  assert.equal(facts.person?.mentions, 3);
  assert.ok(facts.person?.titles.some((t) => t.includes('书记')), JSON.stringify(facts.person));
  assert.match(facts.excerpt, /「李明」/);
  assert.equal(held.hover(text.indexOf('调研') + 1), undefined);
});

test('the outline drops entity children when a page has too many of them', () => {
  const small = ARTICLE.repeat(3);
  assert.equal(new HeldAnalysis(1, small, analyze(small)).outline().withChildren, true);
  const big = ARTICLE.repeat(4000);
  const outline = new HeldAnalysis(1, big, analyze(big)).outline();
  assert.equal(outline.withChildren, false);
  assert.ok(outline.articles.length > 1000);
  assert.ok(outline.articles.every((a) => a.children === undefined));
});

test('the outline gives a telephone number as written, with no value, and a figure with what it counts', () => {
  const text = '本报讯 3月2日，全区新增就业3.5万人。咨询电话：0371-12345678。\n';
  const children = new HeldAnalysis(1, text, analyze(text)).outline().articles.flatMap((a) => a.children ?? []).filter((c) => c.symbol === 'figure');
  assert.deepEqual(
    children.map((c) => [c.name, c.figure?.value, c.figure?.counts, c.identifier]),
    [['3.5万', 35000, '人', undefined], ['0371', undefined, undefined, true], ['12345678', undefined, undefined, true]],
  );
});

test('line windows that overlap or touch are merged', () => {
  assert.deepEqual(mergeWindows([[50, 80], [0, 10], [10, 20], [70, 90], [5, 5]]), [[0, 20], [50, 90]]);
});

test('a file of several issues: the outline lists each page by its masthead with its articles under it, and pages fold', () => {
  const issueOf = (n: number, head: string) =>
    [`高新区简报`, `第 ${n} 期`, `高新区党政办公室编      2019年10月${n}日`, '', head, '', `本报讯 10月 ${n}日上午，区委书记张`, '建国到重点项目现场调研。', '记者 周文', ''].join('\n');
  const text = [issueOf(15, '区领导调研重点项目'), issueOf(22, '全区秋季植树活动启动')].join('\n');
  const held = new HeldAnalysis(1, text, analyze(text));
  const outline = held.outline();
  assert.ok(outline.pages, 'pages are listed');
  assert.deepEqual(
    outline.pages.map((p) => [p.node.symbol, p.node.name, p.node.detail, p.articles]),
    [
      ['page', '高新区简报 第15期', '2019-10-15', [0, 1]],
      ['page', '高新区简报 第22期', '2019-10-22', [1, 2]],
    ],
  );
  assert.deepEqual(
    outline.articles.map((a) => a.name),
    ['区领导调研重点项目', '全区秋季植树活动启动'],
  );
  // Each page folds, from its masthead to its last line.
  const folds = Array.from(held.folding());
  const secondPageLine = text.split('\n').findIndex((l, i) => i > 0 && l === '高新区简报');
  assert.ok(folds.some((v, i) => i % 2 === 0 && v === 0), 'the first page folds from its first line');
  assert.ok(folds.some((v, i) => i % 2 === 0 && v === secondPageLine), 'the second page folds from its masthead');
});

test('the outline lists each column heading with the articles under it, and a column folds', () => {
  const report = (head: string, name: string) => [head, '', `本报讯 10月6日上午，区委书记${name}到重点项目现场调研。`, '记者 周文', ''];
  const text = [...report('区领导调研重点项目', '张建国'), '【基层动态】', '', ...report('城关镇开展清河行动', '李明华'), ...report('南街村修缮文化礼堂', '王立新')].join('\n');
  const held = new HeldAnalysis(1, text, analyze(text));
  const outline = held.outline();
  assert.deepEqual(outline.articles.map((a) => a.name), ['区领导调研重点项目', '城关镇开展清河行动', '南街村修缮文化礼堂']);
  assert.deepEqual(outline.sections?.map((s) => [s.node.symbol, s.node.name, s.articles]), [['section', '基层动态', [1, 3]]]);
  const headingLine = text.split('\n').indexOf('【基层动态】');
  assert.deepEqual(outline.sections?.[0].node.selection, [headingLine, 0, headingLine, 6]);
  const folds = Array.from(held.folding());
  assert.ok(folds.some((v, i) => i % 2 === 0 && v === headingLine), 'the column folds from its heading');
  // A page with no column heading has no column level.
  const plain = report('区领导调研重点项目', '张建国').join('\n');
  assert.equal(new HeldAnalysis(1, plain, analyze(plain)).outline().sections, undefined);
});

test('a one-page file lists its articles at the top of the outline, with no page level', () => {
  const text = ['区领导调研重点项目', '', '本报讯 10月 6日上午，区委书记张', '建国到重点项目现场调研。', '记者 周文', ''].join('\n');
  const outline = new HeldAnalysis(1, text, analyze(text)).outline();
  assert.equal(outline.pages, undefined);
  assert.equal(outline.articles.length, 1);
});
