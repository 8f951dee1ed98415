// The extension's analysis worker client: a worker that hangs or crashes is restarted, the
// requests it held fail, and the next request is answered by a fresh worker.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { AnalysisWorkerClient, WorkerFailure } from '../../src/extension/analysis/workerClient';
import type { Log } from '../../src/extension/log';

const dir = mkdtempSync(join(tmpdir(), 'bulletin-worker-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in worker: hangs on "hang", exits on "crash", else answers an empty analysis. */
const fakeWorker = join(dir, 'fake-worker.js');
writeFileSync(
  fakeWorker,
  `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (m) => {
  if (m.type !== 'analyze') return;
  if (m.text === 'hang') return;
  if (m.text === 'crash') process.exit(3);
  parentPort.postMessage({ type: 'result', id: m.id, uri: m.uri, version: m.version, millis: 0,
    analysis: { length: m.text.length, articles: [], entities: [], persons: [], headlineBlocks: [] } });
});`,
);

function recordingLog(): Log & { lines: string[] } {
  const lines: string[] = [];
  const note = (level: string) => (message: string) => void lines.push(`${level} ${message}`);
  return { lines, info: note('info'), warn: note('warn'), error: note('error'), debug: note('debug'), trace: note('trace') } as unknown as Log & { lines: string[] };
}

test('a worker that gives no answer in time is restarted and its request fails', async () => {
  const log = recordingLog();
  let timeout = 300;
  const client = new AnalysisWorkerClient(fakeWorker, log, () => timeout);
  try {
    await assert.rejects(client.analyze('file:///a', 1, 'hang'), WorkerFailure);
    // A fresh worker needs time to start on a loaded machine: be patient with it.
    timeout = 10_000;
    assert.equal(client.restarts, 1);
    assert.ok(log.lines.some((l) => l.startsWith('warn') && l.includes('no answer')), log.lines.join('\n'));
    const outcome = await client.analyze('file:///a', 2, 'fine');
    assert.equal(outcome.kind, 'result');
    assert.equal(outcome.kind === 'result' && outcome.analysis.length, 4);
  } finally {
    client.dispose();
  }
});

test('a worker that crashes is restarted and the next request is answered', async () => {
  const log = recordingLog();
  const client = new AnalysisWorkerClient(fakeWorker, log, () => 10_000);
  try {
    await assert.rejects(client.analyze('file:///b', 1, 'crash'), WorkerFailure);
    assert.equal(client.restarts, 1);
    assert.ok(log.lines.some((l) => l.startsWith('error') && l.includes('exited with code 3')), log.lines.join('\n'));
    const outcome = await client.analyze('file:///b', 2, 'again');
    assert.equal(outcome.kind, 'result');
  } finally {
    client.dispose();
  }
});

test('a busy worker that keeps answering is not restarted', async () => {
  const client = new AnalysisWorkerClient(fakeWorker, recordingLog(), () => 2_000);
  try {
    const outcomes = await Promise.all([1, 2, 3].map((v) => client.analyze('file:///c', v, `text ${v}`)));
    assert.deepEqual(outcomes.map((o) => o.kind), ['result', 'result', 'result']);
    assert.equal(client.restarts, 0);
  } finally {
    client.dispose();
  }
});
