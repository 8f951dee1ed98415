// The worker's document views, declared once (src/extension/views/documentViews.ts): the dispatch
// answers each query with the view it names, with the query's own fields as arguments.
import './setupResources';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { answerQuery, documentViews, type Query } from '../../src/extension/views/documentViews';
import { HeldAnalysis } from '../../src/extension/views/heldAnalysis';

const TEXT = '区领导到园区调研\n\n本报讯 10月 6日下午，高新区党工委副书记\n张红军到园区调研。\n\n张红军表示，要加快建设。\n';

test('each query is answered by the view it names', () => {
  const h = new HeldAnalysis(1, TEXT, analyze(TEXT));
  const offset = TEXT.indexOf('张红军') + 1;
  assert.deepEqual(answerQuery(h, { what: 'personAt', offset }), { name: '张红军' });
  assert.deepEqual(answerQuery(h, { what: 'personAt', offset: TEXT.indexOf('副书记') }), { name: '张红军' }, 'a title answers for its holder');
  assert.equal(answerQuery(h, { what: 'personAt', offset: 0 }), undefined);
  assert.deepEqual(answerQuery(h, { what: 'hover', offset }), h.hover(offset));
  assert.deepEqual(answerQuery(h, { what: 'article', offset: 0, direction: 1 }), h.articleFrom(0, 1));
  assert.deepEqual(Array.from(answerQuery(h, { what: 'references', offset }) as Int32Array), Array.from(h.references(offset)));
});

test('every declared view can be named by a query', () => {
  const names: Array<Query['what']> = Object.keys(documentViews) as Array<Query['what']>;
  assert.ok(names.includes('decorations') && names.includes('personAt') && names.includes('export'));
});
