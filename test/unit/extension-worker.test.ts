// The extension's analysis worker client: a worker that hangs or crashes is restarted, the
// requests it held fail, and the next request is answered by a fresh worker.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { nodeWorker } from '../../src/extension/analysis/nodeWorker';
import { AnalysisWorkerClient, WorkerFailure } from '../../src/extension/analysis/workerClient';
import type { Log } from '../../src/extension/log';

const dir = mkdtempSync(join(tmpdir(), 'bulletin-worker-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in worker: hangs on "hang", exits on "crash", else answers a summary of the text's length. */
const fakeWorker = join(dir, 'fake-worker.js');
writeFileSync(
  fakeWorker,
  `const { parentPort } = require('node:worker_threads');
const texts = new Map();
parentPort.on('message', (m) => {
  if (m.type === 'open') texts.set(m.uri, m.text);
  if (m.type !== 'analyze') return;
  const text = texts.get(m.uri);
  if (text === undefined) return parentPort.postMessage({ type: 'needText', id: m.id, uri: m.uri, version: m.version });
  if (text === 'hang') return;
  if (text === 'crash') process.exit(3);
  parentPort.postMessage({ type: 'result', id: m.id, uri: m.uri, version: m.version, millis: 0,
    summary: { length: text.length, lineCount: 1, articles: 0, entities: 0, counts: {} } });
});`,
);

/** Sends the text, then asks for its analysis. */
function analyze(client: AnalysisWorkerClient, uri: string, version: number, text: string) {
  client.open(uri, version, text);
  return client.analyze(uri, version);
}

function recordingLog(): Log & { lines: string[] } {
  const lines: string[] = [];
  const note = (level: string) => (message: string) => void lines.push(`${level} ${message}`);
  return { lines, info: note('info'), warn: note('warn'), error: note('error'), debug: note('debug'), trace: note('trace') } as unknown as Log & { lines: string[] };
}

test('a worker that gives no answer in time is restarted and its request fails', async () => {
  const log = recordingLog();
  let timeout = 300;
  const client = new AnalysisWorkerClient(nodeWorker(fakeWorker), log, () => timeout);
  try {
    // A worker that has answered once gets no start-up grace.
    timeout = 10_000;
    await analyze(client, 'file:///a', 1, 'warm');
    timeout = 300;
    await assert.rejects(analyze(client, 'file:///a', 2, 'hang'), WorkerFailure);
    // A fresh worker needs time to start on a loaded machine: be patient with it.
    timeout = 10_000;
    assert.equal(client.restarts, 1);
    assert.ok(log.lines.some((l) => l.startsWith('warn') && l.includes('no answer')), log.lines.join('\n'));
    const outcome = await analyze(client, 'file:///a', 3, 'fine');
    assert.equal(outcome.kind, 'result');
    assert.equal(outcome.kind === 'result' && outcome.summary.length, 4);
  } finally {
    client.dispose();
  }
});

test('a worker that crashes is restarted and the next request is answered', async () => {
  const log = recordingLog();
  const client = new AnalysisWorkerClient(nodeWorker(fakeWorker), log, () => 10_000);
  try {
    await assert.rejects(analyze(client, 'file:///b', 1, 'crash'), WorkerFailure);
    assert.equal(client.restarts, 1);
    assert.ok(log.lines.some((l) => l.startsWith('error') && l.includes('exited with code 3')), log.lines.join('\n'));
    const outcome = await analyze(client, 'file:///b', 2, 'again');
    assert.equal(outcome.kind, 'result');
  } finally {
    client.dispose();
  }
});

test('a worker just started gets more time for its first answer than the timeout', async () => {
  const client = new AnalysisWorkerClient(nodeWorker(fakeWorker), recordingLog(), () => 200);
  try {
    const hung = analyze(client, 'file:///d', 1, 'hang');
    hung.catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.equal(client.restarts, 0, 'a starting worker was taken for a hung one');
  } finally {
    client.dispose();
  }
});

test('a busy worker that keeps answering is not restarted', async () => {
  const client = new AnalysisWorkerClient(nodeWorker(fakeWorker), recordingLog(), () => 2_000);
  try {
    const outcomes = await Promise.all([1, 2, 3].map((v) => analyze(client, 'file:///c', v, `text ${v}`)));
    assert.deepEqual(outcomes.map((o) => o.kind), ['result', 'result', 'result']);
    assert.equal(client.restarts, 0);
  } finally {
    client.dispose();
  }
});
