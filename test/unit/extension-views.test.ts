// The worker's side of the extension: line/character positions as VS Code counts them, the text
// mirror kept from edit events, and the views answered from a held analysis.
import './setupResources';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/core';
import { HeldAnalysis, mergeWindows } from '../../src/extension/views/heldAnalysis';
import { LineIndex } from '../../src/extension/views/lineIndex';
import { TextMirror } from '../../src/extension/views/textMirror';

const ARTICLE = '本报讯 3月2日上午，市委书记李明到开发区\n调研企业复工情况，项目总投资12亿元。\n记者 周文\n\n';

test('line index counts \\n, \\r\\n and a lone \\r as line ends, like VS Code', () => {
  const lines = new LineIndex('ab\ncd\r\nef\rg');
  assert.equal(lines.lineCount, 4);
  const at = (offset: number) => {
    const out = [0, 0];
    lines.position(offset, out, 0);
    return out;
  };
  assert.deepEqual(at(0), [0, 0]);
  assert.deepEqual(at(4), [1, 1]);
  assert.deepEqual(at(5), [1, 2]);
  // Inside a \r\n the position is clamped to the line's end.
  assert.deepEqual(at(6), [1, 2]);
  assert.deepEqual(at(7), [2, 0]);
  assert.deepEqual(at(10), [3, 0]);
  assert.deepEqual(at(11), [3, 1]);
});

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

test('line windows that overlap or touch are merged', () => {
  assert.deepEqual(mergeWindows([[50, 80], [0, 10], [10, 20], [70, 90], [5, 5]]), [[0, 20], [50, 90]]);
});
