// The analysis worker: runs the engine off the extension host's thread and keeps, per document, a
// mirror of its text and the analysis of the latest version analysed. The host asks for views of
// that analysis (decorations for some lines, the outline, a hover…) and never receives it whole:
// a structured clone of a 10 MB bulletin's analysis would hold the host's thread for most of a
// second. One Analyzer per document, so that after an edit only the changed articles are analysed
// again. Analysis requests that a newer version of the same document overtakes while the worker is
// busy are answered "superseded".
import { getHeapStatistics } from 'node:v8';
import { parentPort, type TransferListItem } from 'node:worker_threads';
import { Analyzer, type AnalyzeOptions } from '../../core';
import type { WorkerRequest, WorkerResponse } from '../analysis/protocol';
import { HeldAnalysis } from '../views/heldAnalysis';
import { TextMirror } from '../views/textMirror';
import type { Query, QueryAnswers } from '../views/viewTypes';

type AnalyzeRequest = Extract<WorkerRequest, { type: 'analyze' }>;

const port = parentPort;
if (!port) throw new Error('analysisWorker must run in a worker thread');

let options: AnalyzeOptions = {};
const analyzers = new Map<string, Analyzer>();
const mirrors = new Map<string, TextMirror>();
const held = new Map<string, HeldAnalysis>();
/** The latest waiting request per document. */
const waiting = new Map<string, AnalyzeRequest>();
let scheduled = false;

function post(message: WorkerResponse, transfer?: TransferListItem[]): void {
  port!.postMessage(message, transfer);
}

port.on('message', (message: WorkerRequest) => {
  switch (message.type) {
    case 'configure':
      options = message.options;
      analyzers.clear();
      held.clear();
      break;
    case 'open':
      mirrors.set(message.uri, new TextMirror(message.version, message.text));
      break;
    case 'edit': {
      const mirror = mirrors.get(message.uri);
      if (mirror && !mirror.apply(message.fromVersion, message.version, message.length, message.changes)) mirrors.delete(message.uri);
      break;
    }
    case 'forget': {
      analyzers.delete(message.uri);
      mirrors.delete(message.uri);
      held.delete(message.uri);
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
    case 'query': {
      const h = held.get(message.uri);
      if (!h || h.version !== message.version) {
        post({ type: 'stale', id: message.id });
        break;
      }
      try {
        const value = answer(h, message.query);
        const transfer = value instanceof Uint8Array ? [value.buffer as ArrayBuffer] : undefined;
        post({ type: 'answer', id: message.id, value }, transfer);
      } catch (error) {
        post({ type: 'error', id: message.id, uri: message.uri, version: message.version, message: error instanceof Error ? error.message : String(error) });
      }
      break;
    }
    case 'test':
      if (message.action === 'crash') throw new Error('analysis worker crashed on purpose (test hook)');
      if (message.action === 'hang') {
        // Busy, not waiting: only terminate() ends this.
        for (;;) Math.random();
      }
      if (message.action === 'memory') {
        const heap = getHeapStatistics();
        post({ type: 'answer', id: message.id, value: { heapUsed: heap.used_heap_size, heapTotal: heap.total_heap_size } });
      }
      break;
  }
});

function answer(h: HeldAnalysis, query: Query): QueryAnswers[keyof QueryAnswers] {
  switch (query.what) {
    case 'decorations':
      return h.decorations(query.windows, query.kinds);
    case 'outline':
      return h.outline();
    case 'folding':
      return h.folding();
    case 'hover':
      return h.hover(query.offset);
    case 'references':
      return h.references(query.offset);
    case 'groups':
      return h.groups();
    case 'mentions':
      return h.mentions(query.kind, query.key, query.limit);
    case 'article':
      return h.articleFrom(query.offset, query.direction);
    case 'export':
      return h.exported(query.format, query.file);
    case 'analysis':
      return h.analysis;
  }
}

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
  const mirror = mirrors.get(request.uri);
  if (!mirror || mirror.version !== request.version) {
    post({ type: 'needText', id: request.id, uri: request.uri, version: request.version });
  } else if (held.get(request.uri)?.version === request.version) {
    // Already analysed (e.g. asked again after the host's own result was lost to an edit race).
    const h = held.get(request.uri)!;
    post({ type: 'result', id: request.id, uri: request.uri, version: request.version, summary: h.summary(), millis: 0 });
  } else {
    analyse(request, mirror.text);
  }
  if (waiting.size > 0) schedule();
}

function analyse(request: AnalyzeRequest, text: string): void {
  let analyzer = analyzers.get(request.uri);
  if (!analyzer) {
    analyzer = new Analyzer(options);
    analyzers.set(request.uri, analyzer);
  }
  const started = performance.now();
  try {
    const analysis = analyzer.analyze(text);
    const h = new HeldAnalysis(request.version, text, analysis);
    held.set(request.uri, h);
    post({ type: 'result', id: request.id, uri: request.uri, version: request.version, summary: h.summary(), millis: performance.now() - started });
  } catch (error) {
    // A failed analysis leaves the Analyzer's cache in an unknown state: start that document afresh.
    analyzers.delete(request.uri);
    const message = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
    post({ type: 'error', id: request.id, uri: request.uri, version: request.version, message });
  }
}
