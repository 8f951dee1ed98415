import './setupResources';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import type { TitleMention } from '../../src/core/types';

function titlesOf(raw: string) {
  const analysis = analyze(raw);
  const titles = analysis.entities.filter((e): e is TitleMention => e.kind === 'title');
  return { analysis, titles };
}

test('an abbreviated district and city take the full names the page gives, and one post is one post', () => {
  const raw =
    '本报讯 3月 2日上午，开封市政府副秘书长、高新区党工委副书记、管委会主任刘建国到企业调研。\n' +
    '本报讯 3月 9日，市政府副秘书长、区党工委副书记、管委会主任刘建国主持召开会议。';
  const { analysis, titles } = titlesOf(raw);
  const byValue = new Map(titles.map((t) => [t.value, t]));
  assert.equal(byValue.get('市政府副秘书长')?.resolved, '开封市政府副秘书长');
  assert.equal(byValue.get('区党工委副书记')?.resolved, '高新区党工委副书记');
  assert.equal(byValue.get('区党工委副书记')?.resolvedOrganization, '高新区党工委');
  // The text as written stays.
  assert.equal(byValue.get('区党工委副书记')?.organization, '区党工委');
  // 管委会 after a title of 高新区 in the same chain is the district's.
  assert.equal(byValue.get('管委会主任')?.resolved, '高新区管委会主任');
  const person = analysis.persons.find((p) => p.name === '刘建国');
  assert.deepEqual(person?.titles, ['开封市政府副秘书长', '高新区党工委副书记', '高新区管委会主任']);
});

test('a title written in full is left as it is', () => {
  const { titles } = titlesOf('本报讯 3月 2日，金水区委书记王志刚到企业调研。');
  assert.ok(titles.length > 0);
  for (const t of titles) assert.equal(t.resolved, undefined);
});

test('two districts on the page leave 区 unresolved', () => {
  const raw =
    '本报讯 5月 6日，金水区委书记王志刚、二七区委书记李红军到企业调研。\n' +
    '本报讯 5月 7日，区委副书记赵永强主持召开会议。';
  const { titles } = titlesOf(raw);
  const abbreviated = titles.find((t) => t.value === '区委副书记');
  assert.ok(abbreviated, 'the abbreviated title is found');
  assert.equal(abbreviated.resolved, undefined);
});

test('another article naming another province is not given the page’s province', () => {
  const raw =
    '本报讯 1月 6日，贵州省委书记刘方明到企业调研。\n\n' +
    '本报讯 1月 7日，四川省各级干部深入工厂，省委书记谢永发慰问职工。';
  const { titles } = titlesOf(raw);
  const abbreviated = titles.find((t) => t.value === '省委书记');
  assert.ok(abbreviated, 'the abbreviated title is found');
  assert.equal(abbreviated.resolved, undefined);
});
