// Corrections applied to the engine's analysis: what each action does to entities and persons, and
// anchoring that follows the words through edits but never moves a correction to other words.
import './setupResources';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { applyCorrections, makeAnchor, parseCorrections, resolveAnchor, serializeCorrections, type Correction, type CorrectionAction } from '../../src/core/corrections';
import type { Analysis, PersonMention } from '../../src/core/types';

const TEXT = '区领导到园区调研\n\n本报讯 10月 6日下午，高新区党工委副书记\n张红军到园区调研，项目总投资30亿元。\n\n张红军表示，要加快建设。与解放军信息工程大学合作。\n记者 孙庆辉\n';

function span(text: string, words: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(words, at + 1);
  assert.ok(at >= 0, `${words} is in the text`);
  return { start: at, end: at + words.length };
}

function correct(text: string, words: string, action: CorrectionAction, analysis: Analysis = analyze(text)) {
  const correction: Correction = { action, anchor: makeAnchor(text, span(text, words)) };
  return applyCorrections(text, analysis, [correction]);
}

const persons = (a: Analysis) => a.entities.filter((e): e is PersonMention => e.kind === 'person');

test('removing a person takes every mention of them out, and them out of the persons', () => {
  const engine = analyze(TEXT);
  assert.ok(persons(engine).filter((p) => p.name === '张红军').length === 2, 'the engine finds 张红军 twice');
  const { analysis, applied, unresolved } = correct(TEXT, '张红军', 'remove', engine);
  assert.equal(applied.length, 1);
  assert.deepEqual(unresolved, []);
  assert.ok(!persons(analysis).some((p) => p.name === '张红军'));
  assert.ok(!analysis.persons.some((p) => p.name === '张红军'));
  // Their title stays a title, no longer anyone's.
  const title = analysis.entities.find((e) => e.kind === 'title');
  assert.ok(title && title.kind === 'title' && title.personId === undefined);
  // The engine's own analysis (the Analyzer's cache) is untouched.
  assert.ok(persons(engine).some((p) => p.name === '张红军'));
});

test('marking a span an organization replaces what overlapped it and keeps entities sorted', () => {
  const { analysis } = correct(TEXT, '解放军信息工程大学', 'organization');
  const s = span(TEXT, '解放军信息工程大学');
  const orgs = analysis.entities.filter((e) => e.kind === 'organization' && e.start === s.start && e.end === s.end);
  assert.equal(orgs.length, 1);
  assert.ok(!analysis.entities.some((e) => e !== orgs[0] && e.start < s.end && e.end > s.start));
  for (let i = 1; i < analysis.entities.length; i++) assert.ok(analysis.entities[i - 1].start <= analysis.entities[i].start);
  assert.ok(orgs[0].article >= 0, 'it lies in an article');
});

test('marking a found person a reporter changes the role of every mention; a new name becomes a person', () => {
  const { analysis } = correct(TEXT, '张红军', 'reporter');
  assert.equal(analysis.persons.find((p) => p.name === '张红军')?.role, 'reporter');
  assert.ok(persons(analysis).filter((p) => p.name === '张红军').every((p) => p.role === 'reporter'));
  const marked = correct(TEXT, '区领导', 'official').analysis;
  const p = marked.persons.find((x) => x.name === '区领导');
  assert.ok(p && p.role === 'official' && p.mentions.length === 1);
  assert.equal(marked.entities[p.mentions[0]].text, '区领导');
});

test('a date or figure marked by hand is read by the engine where it can be', () => {
  const text = '会议于2019年10月6日召开，投资三千万元。';
  const engine = { ...analyze(text), entities: [], persons: [] };
  const date = correct(text, '2019年10月6日', 'date', engine).analysis.entities[0];
  assert.ok(date.kind === 'date' && date.value === '2019-10-06');
  const figure = correct(text, '三千万元', 'figure', engine).analysis.entities[0];
  assert.ok(figure.kind === 'figure' && figure.value === 30_000_000 && figure.unit === '元');
});

test('two persons said to be the same share one id; said distinct, a mention gets its own', () => {
  const text = '市长李明出席会议。李明表示同意。\n';
  const engine = analyze(text);
  const ids = persons(engine).map((p) => p.id);
  assert.equal(new Set(ids).size, 1, 'the engine reads one 李明');
  const distinct: Correction = { action: 'distinct', anchor: makeAnchor(text, span(text, '李明')), other: makeAnchor(text, span(text, '李明', 1)) };
  const apart = applyCorrections(text, engine, [distinct]).analysis;
  assert.equal(new Set(persons(apart).map((p) => p.id)).size, 2);
  assert.equal(apart.persons.length, 2);
  const same: Correction = { action: 'same', anchor: distinct.anchor, other: distinct.other };
  const joined = applyCorrections(text, apart, [same]).analysis;
  assert.equal(joined.persons.length, 1);
  assert.equal(joined.persons[0].mentions.length, 2);
});

test('an anchor follows its words through edits above, below and beside them', () => {
  const s = span(TEXT, '解放军信息工程大学');
  const anchor = makeAnchor(TEXT, s);
  const above = '新的一行加在上面。\n' + TEXT;
  assert.equal(above.slice(resolveAnchor(above, anchor)!.start).startsWith('解放军信息工程大学'), true);
  const below = TEXT + '又一篇文章。\n';
  assert.deepEqual(resolveAnchor(below, anchor), s);
  // The same words twice: the one whose context matches is taken.
  const twice = '解放军信息工程大学在前面。\n' + TEXT;
  const found = resolveAnchor(twice, anchor)!;
  assert.equal(found.start, s.start + '解放军信息工程大学在前面。\n'.length);
});

test('an anchor whose words are gone is not placed on the same words elsewhere, and is reported', () => {
  const text = '张红军到园区调研。\n\n另一篇：张红军出席会议。\n';
  const first = span(text, '张红军');
  const correction: Correction = { action: 'remove', anchor: makeAnchor(text, first) };
  const edited = text.replace('张红军到园区调研。', '王五到园区调研。');
  assert.equal(resolveAnchor(edited, correction.anchor), undefined);
  const { unresolved, applied } = applyCorrections(edited, analyze(edited), [correction]);
  assert.equal(applied.length, 0);
  assert.deepEqual(unresolved, [correction]);
});

test('the corrections file round-trips, and what is not a corrections file is refused with a reason', () => {
  const corrections: Correction[] = [
    { action: 'remove', anchor: makeAnchor(TEXT, span(TEXT, '张红军')) },
    { action: 'same', anchor: makeAnchor(TEXT, span(TEXT, '张红军')), other: makeAnchor(TEXT, span(TEXT, '张红军', 1)) },
  ];
  const parsed = parseCorrections(serializeCorrections('a.txt', corrections));
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.corrections, corrections);
  for (const bad of ['{not json', '[]', '{"format":"bulletin-corrections","version":1,"corrections":[{"action":"explode","text":"x","before":"","after":"","start":0}]}', '{"format":"bulletin-corrections","version":2,"corrections":[]}']) {
    const r = parseCorrections(bad);
    assert.ok(!r.ok && r.error.length > 0, bad);
  }
});

test('a name marked longer than the engine read it takes over the titles of the shorter one', () => {
  const text = '区领导到园区调研\n\n本报讯 10月 6日下午，高新区党工委副书记\n张红军到园区调研，与解放军信息工程大学\n座谈。记者 孙庆辉\n';
  const engine = analyze(text);
  const full = span(text, '张红军');
  const short = persons(engine).find((p) => p.start === full.start && p.end < full.end);
  // Only meaningful while the engine reads the name short; otherwise check the title stays with the name.
  const { analysis } = correct(text, '张红军', 'official', engine);
  const person = analysis.persons.find((p) => p.name === '张红军');
  assert.ok(person && person.role === 'official');
  assert.ok(person.titles.includes('高新区党工委副书记'), JSON.stringify(person));
  const title = analysis.entities.find((e) => e.kind === 'title');
  assert.ok(title && title.kind === 'title' && title.personId === person.id);
  if (short) assert.ok(!analysis.persons.some((p) => p.id === short.id), 'the short reading is gone');
});
