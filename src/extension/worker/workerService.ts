// The analysis service of the worker, whatever runs it (a Node worker thread, a browser's Web
// Worker): it keeps, per document, a mirror of its text and the analysis of the latest version
// analysed. The host asks for views of that analysis (decorations for some lines, the outline, a
// hover…) and never receives it whole: a structured clone of a 10 MB bulletin's analysis would hold
// the host's thread for most of a second. One Analyzer per document, so that after an edit only the
// changed articles are analysed again. Analysis requests that a newer version of the same document
// overtakes while the worker is busy are answered "superseded".
import { Analyzer, readModelFile, setDefaultResources, yearFromPath, type AnalyzeOptions } from '../../core';
import { applyCorrections, type Correction } from '../../core/corrections';
import type { WorkerRequest, WorkerResponse } from '../analysis/protocol';
import { ANNOTATION_KINDS } from '../kinds';
import { HeldAnalysis } from '../views/heldAnalysis';
import { LineIndex } from '../../core/lineIndex';
import { previewRegion } from '../views/previewRegion';
import { TextMirror } from '../views/textMirror';
import { answerFolder } from '../folder/folderViews';
import { FolderIndex } from '../folder/folderIndex';
import { answerQuery } from '../views/documentViews';
import type { LineWindow } from '../views/viewTypes';

/** Documents this long get a preview of the lines on screen before their whole analysis. */
const PREVIEW_MIN_LENGTH = 300_000;
/** How far the preview region may grow to reach a blank line. */
const PREVIEW_SNAP = 20_000;

type AnalyzeRequest = Extract<WorkerRequest, { type: 'analyze' }>;

/** What the service needs from the thread it runs in. */
export interface WorkerHost {
  /** Sends a response to the extension host, moving the buffers of `transfer`. */
  post(message: WorkerResponse, transfer?: ArrayBuffer[]): void;
  /** Runs `work` after the messages already queued have been read. */
  defer(work: () => void): void;
  /** The worker's heap, for the test hook; undefined where the runtime does not tell. */
  memory(): { heapUsed: number; heapTotal: number; heapLimit: number } | undefined;
}

/** The worker's message handler: one per worker. */
export function analysisService(host: WorkerHost): (message: WorkerRequest) => void {
  let options: AnalyzeOptions = {};
  /** The workspace folder's index (who's who, symbols across files), loaded by the host. */
  const folder = new FolderIndex();

  const analyzers = new Map<string, Analyzer>();
  const mirrors = new Map<string, TextMirror>();
  const held = new Map<string, HeldAnalysis>();
  /** The user's corrections per document, applied to every analysis of it. */
  const corrections = new Map<string, Correction[]>();
  /** Texts being sent in parts. */
  const arriving = new Map<string, { version: number; parts: string[] }>();
  /** The latest waiting request per document. */
  const waiting = new Map<string, AnalyzeRequest>();
  let scheduled = false;
  /** Test hook: extra time each analysis holds the worker. */
  let slowMillis = 0;

  function post(message: WorkerResponse, transfer?: ArrayBuffer[]): void {
    host.post(message, transfer);
  }

  function onMessage(message: WorkerRequest): void {
    switch (message.type) {
      case 'model':
        setDefaultResources(readModelFile(message.bytes));
        break;
      case 'configure':
        options = message.options;
        folder.configure(options);
        analyzers.clear();
        held.clear();
        break;
      case 'corrections':
        if (message.corrections.length) corrections.set(message.uri, message.corrections);
        else corrections.delete(message.uri);
        // The held analysis no longer says what the user said: the next request analyses again (from the Analyzer's cache).
        held.delete(message.uri);
        break;
      case 'open': {
        if (message.first) {
          mirrors.delete(message.uri);
          arriving.set(message.uri, { version: message.version, parts: [] });
        }
        const incoming = arriving.get(message.uri);
        if (!incoming || incoming.version !== message.version) break;
        incoming.parts.push(message.text);
        if (message.last) {
          arriving.delete(message.uri);
          mirrors.set(message.uri, new TextMirror(message.version, incoming.parts.join('')));
        }
        break;
      }
      case 'edit': {
        const mirror = mirrors.get(message.uri);
        if (mirror && !mirror.apply(message.fromVersion, message.version, message.length, message.changes)) mirrors.delete(message.uri);
        break;
      }
      case 'forget': {
        analyzers.delete(message.uri);
        mirrors.delete(message.uri);
        corrections.delete(message.uri);
        arriving.delete(message.uri);
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
          const value = answerQuery(h, message.query);
          const transfer = value instanceof Uint8Array ? [value.buffer as ArrayBuffer] : undefined;
          post({ type: 'answer', id: message.id, value }, transfer);
        } catch (error) {
          post({ type: 'error', id: message.id, uri: message.uri, version: message.version, message: error instanceof Error ? error.message : String(error) });
        }
        break;
      }
      case 'folder': {
        try {
          const value = answerFolder(folder, message.call);
          const transfer = value instanceof Uint8Array ? [value.buffer as ArrayBuffer] : undefined;
          post({ type: 'answer', id: message.id, value }, transfer);
        } catch (error) {
          post({ type: 'error', id: message.id, uri: '', version: 0, message: error instanceof Error ? error.message : String(error) });
        }
        break;
      }
      case 'test':
        if (message.action === 'crash') throw new Error('analysis worker crashed on purpose (test hook)');
        if (message.action === 'hang') {
          // Busy, not waiting: only terminate() ends this.
          for (;;) Math.random();
        }
        if (message.action === 'documents') {
          const uris = new Set([...mirrors.keys(), ...held.keys(), ...analyzers.keys(), ...waiting.keys(), ...arriving.keys(), ...corrections.keys()]);
          post({ type: 'answer', id: message.id, value: [...uris] });
        }
        if (message.action === 'slow') {
          slowMillis = message.millis;
          post({ type: 'answer', id: message.id, value: [] });
        }
        if (message.action === 'memory') {
          const heap = host.memory() ?? { heapUsed: NaN, heapTotal: NaN, heapLimit: NaN };
          post({ type: 'answer', id: message.id, value: heap });
        }
        break;
    }
  }

  // Run after the messages already queued have been read, so that only the newest version is analysed.
  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    host.defer(runNext);
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
      if (request.focus && !held.has(request.uri) && mirror.text.length >= PREVIEW_MIN_LENGTH) preview(request, request.focus, mirror.text);
      analyse(request, mirror.text);
    }
    if (waiting.size > 0) schedule();
  }

  /**
   * The decorations of the lines on screen from an analysis of their region alone (cut at blank
   * lines, so articles stay whole), sent before the whole document is analysed. Persons' roles may
   * differ from the page-wide analysis, which replaces the preview moments later.
   */
  function preview(request: AnalyzeRequest, [fromLine, toLine]: LineWindow, text: string): void {
    try {
      const lines = new LineIndex(text);
      const { start, end } = previewRegion(lines, fromLine, toLine, PREVIEW_SNAP);
      if (end <= start) return;
      const region = text.slice(start, end);
      const h = new HeldAnalysis(request.version, region, applyCorrections(region, new Analyzer(optionsFor(request.uri)).analyze(region), corrections.get(request.uri) ?? []).analysis);
      const slice = h.decorations('all', [...ANNOTATION_KINDS]);
      // The region starts at a line start: only line numbers move.
      const firstLine = lines.lineOf(start);
      for (const q of Object.values(slice.kinds)) for (let i = 0; i < q.length; i += 2) q[i] += firstLine;
      for (let i = 0; i < slice.articleStarts.length; i += 2) slice.articleStarts[i] += firstLine;
      slice.windows = [[firstLine, firstLine + h.lines.lineCount - 1]];
      const transfer = [...Object.values(slice.kinds), slice.articleStarts].map((a) => a.buffer as ArrayBuffer);
      post({ type: 'preview', id: request.id, uri: request.uri, version: request.version, slice }, transfer);
    } catch {
      // A preview is a courtesy: the whole analysis follows and reports any failure.
    }
  }

  function analyse(request: AnalyzeRequest, text: string): void {
    let analyzer = analyzers.get(request.uri);
    if (!analyzer) {
      analyzer = new Analyzer(optionsFor(request.uri));
      analyzers.set(request.uri, analyzer);
    }
    const started = performance.now();
    try {
      // Busy, as a long analysis is: messages arriving meanwhile wait (test hook).
      for (const until = started + slowMillis; performance.now() < until; );
      const analysis = applyCorrections(text, analyzer.analyze(text), corrections.get(request.uri) ?? []).analysis;
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

  /** The engine options for one document: the year its file name or folder gives, if any. */
  function optionsFor(uri: string): AnalyzeOptions {
    const fileYear = yearFromPath(decodedPath(uri));
    return fileYear === undefined ? options : { ...options, fileYear };
  }

  return onMessage;
}

function decodedPath(uri: string): string {
  try {
    return decodeURIComponent(uri.replace(/^[a-z-]+:\/\/[^/]*/i, ''));
  } catch {
    return uri;
  }
}
