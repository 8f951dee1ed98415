// The worker applies a document's corrections to each analysis of it: a corrections message makes
// the same version be analysed again (every view then answers from the corrected analysis), and
// forgetting the document drops them.
import './setupResources';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeAnchor, type Correction } from '../../src/core/corrections';
import type { WorkerRequest, WorkerResponse } from '../../src/extension/analysis/protocol';
import { analysisService } from '../../src/extension/worker/workerService';

const TEXT = '区领导到园区调研\n\n本报讯 10月 6日下午，高新区党工委副书记\n张红军到园区调研，与解放军信息工程大学座谈。\n记者 孙庆辉\n';
const URI = 'file:///a.txt';

/** A request without its id (distributed over the union, so each kind keeps its own fields). */
type Unnumbered<T> = T extends unknown ? Omit<T, 'id'> : never;

function service() {
  const posted: WorkerResponse[] = [];
  const send = analysisService({ post: (m) => void posted.push(m), defer: (work) => work(), memory: () => undefined });
  let id = 0;
  const ask = (message: Unnumbered<Extract<WorkerRequest, { type: 'analyze' | 'query' }>>) => {
    send({ ...message, id: ++id } as WorkerRequest);
    return posted.find((m) => 'id' in m && m.id === id);
  };
  return { send, ask, posted };
}

function orgSpan(text: string) {
  const start = text.indexOf('解放军信息工程大学');
  return { start, end: start + 9 };
}

test('corrections sent to the worker change the analysis of the same version, and every view sees it', () => {
  const { send, ask } = service();
  send({ type: 'open', uri: URI, version: 1, text: TEXT, first: true, last: true });
  const before = ask({ type: 'analyze', uri: URI, version: 1 });
  assert.equal(before?.type, 'result');
  const span = orgSpan(TEXT);
  const hoverBefore = ask({ type: 'query', uri: URI, version: 1, query: { what: 'hover', offset: span.start + 2 } });
  assert.ok(hoverBefore?.type === 'answer' && (hoverBefore.value as { entity?: { kind: string } } | undefined)?.entity?.kind !== 'organization');

  const corrections: Correction[] = [{ action: 'organization', anchor: makeAnchor(TEXT, span) }];
  send({ type: 'corrections', uri: URI, corrections });
  // The held analysis is dropped: a query now is stale, and the same version is analysed again.
  assert.equal(ask({ type: 'query', uri: URI, version: 1, query: { what: 'groups' } })?.type, 'stale');
  const after = ask({ type: 'analyze', uri: URI, version: 1 });
  assert.ok(after?.type === 'result');
  assert.equal(after.summary.counts.organization, (before!.type === 'result' ? before.summary.counts.organization : 0) + 1);
  const hover = ask({ type: 'query', uri: URI, version: 1, query: { what: 'hover', offset: span.start + 2 } });
  assert.ok(hover?.type === 'answer');
  assert.equal((hover.value as { entity: { kind: string; name: string } }).entity.kind, 'organization');
  const groups = ask({ type: 'query', uri: URI, version: 1, query: { what: 'groups' } });
  assert.ok(groups?.type === 'answer' && JSON.stringify(groups.value).includes('解放军信息工程大学'));
  const exported = ask({ type: 'query', uri: URI, version: 1, query: { what: 'export', format: 'brat', file: 'a.txt' } });
  assert.ok(exported?.type === 'answer' && new TextDecoder().decode(exported.value as Uint8Array).includes('organization'));

  // An edit above keeps it (anchored by text), and no corrections brings the engine's reading back.
  send({ type: 'edit', uri: URI, fromVersion: 1, version: 2, length: TEXT.length + 3, changes: [{ offset: 0, length: 0, text: '新一行' }] });
  ask({ type: 'analyze', uri: URI, version: 2 });
  const moved = ask({ type: 'query', uri: URI, version: 2, query: { what: 'hover', offset: span.start + 5 } });
  assert.ok(moved?.type === 'answer' && (moved.value as { entity: { kind: string } }).entity.kind === 'organization');
  send({ type: 'corrections', uri: URI, corrections: [] });
  const plain = ask({ type: 'analyze', uri: URI, version: 2 });
  assert.ok(plain?.type === 'result' && before?.type === 'result' && plain.summary.counts.organization === before.summary.counts.organization);
});

test('forgetting a document drops its corrections in the worker', () => {
  const { send, posted } = service();
  const documents = () => {
    send({ type: 'test', id: 99, action: 'documents' });
    const answer = posted.filter((m) => m.type === 'answer' && m.id === 99).pop();
    return answer?.type === 'answer' ? (answer.value as string[]) : [];
  };
  send({ type: 'corrections', uri: URI, corrections: [{ action: 'remove', anchor: makeAnchor(TEXT, orgSpan(TEXT)) }] });
  assert.deepEqual(documents(), [URI]);
  send({ type: 'forget', uri: URI });
  assert.deepEqual(documents(), []);
});
