// The analysis worker: runs the engine off the extension host's thread. One Analyzer per document,
// so that after an edit only the articles whose text changed are analysed again. Requests that a
// newer version of the same document overtakes while the worker is busy are answered "superseded".
import { parentPort } from 'node:worker_threads';
import { Analyzer, type AnalyzeOptions } from '../../core';
import type { WorkerRequest, WorkerResponse } from '../analysis/protocol';

type AnalyzeRequest = Extract<WorkerRequest, { type: 'analyze' }>;

const port = parentPort;
if (!port) throw new Error('analysisWorker must run in a worker thread');

let options: AnalyzeOptions = {};
const analyzers = new Map<string, Analyzer>();
/** The latest waiting request per document. */
const waiting = new Map<string, AnalyzeRequest>();
let scheduled = false;

function post(message: WorkerResponse): void {
  port!.postMessage(message);
}

port.on('message', (message: WorkerRequest) => {
  switch (message.type) {
    case 'configure':
      options = message.options;
      analyzers.clear();
      break;
    case 'forget': {
      analyzers.delete(message.uri);
      const dropped = waiting.get(message.uri);
      if (dropped) post({ type: 'superseded', id: dropped.id, uri: dropped.uri, version: dropped.version });
      waiting.delete(message.uri);
      break;
    }
    case 'analyze': {
      const older = waiting.get(message.uri);
      if (older) post({ type: 'superseded', id: older.id, uri: older.uri, version: older.version });
      waiting.set(message.uri, message);
      schedule();
      break;
    }
  }
});

// Run after the messages already queued have been read, so that only the newest version is analysed.
function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setImmediate(runNext);
}

function runNext(): void {
  scheduled = false;
  const next = waiting.values().next();
  if (next.done) return;
  const request = next.value;
  waiting.delete(request.uri);
  let analyzer = analyzers.get(request.uri);
  if (!analyzer) {
    analyzer = new Analyzer(options);
    analyzers.set(request.uri, analyzer);
  }
  const started = performance.now();
  try {
    const analysis = analyzer.analyze(request.text);
    post({ type: 'result', id: request.id, uri: request.uri, version: request.version, analysis, millis: performance.now() - started });
  } catch (error) {
    // A failed analysis leaves the Analyzer's cache in an unknown state: start that document afresh.
    analyzers.delete(request.uri);
    const message = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
    post({ type: 'error', id: request.id, uri: request.uri, version: request.version, message });
  }
  if (waiting.size > 0) schedule();
}
