// The extension host's side of the analysis worker: keeps the worker's mirror of each document in
// step (whole text once, then edits), sends analysis requests and queries, matches answers to
// requests, and restarts the worker when it crashes or stays silent too long (then the requests it
// held fail, and the caller decides whether to ask again). The worker starts on the first request,
// so activation loads no engine and no dictionary.
import type * as vscode from 'vscode';
import type { AnalyzeOptions } from '../../core';
import type { Correction } from '../../core/corrections';
import type { Log } from '../log';
import type { AnalysisSummary, DecorationSlice, LineWindow, Query, QueryAnswers } from '../views/viewTypes';
import type { FolderAnswers, FolderCall } from '../folder/folderViews';
import type { TextChange, WorkerRequest, WorkerResponse } from './protocol';
import type { StartWorker, WorkerPort } from './workerPort';

export type WorkerOutcome =
  | { kind: 'result'; summary: AnalysisSummary; millis: number }
  | { kind: 'superseded' }
  /** The worker does not hold the text of that version: send it (open) and ask again. */
  | { kind: 'needText' };

interface Pending {
  label: string;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

export class WorkerFailure extends Error {}

/** Extra time a just-started worker gets for its first answer. */
const STARTUP_GRACE_MS = 15_000;

/** The answer to a query about an analysis the worker does not hold. */
export const STALE = Symbol('stale');

export class AnalysisWorkerClient implements vscode.Disposable {
  private worker: WorkerPort | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** The version of each document whose text the current worker mirrors. */
  private readonly mirrored = new Map<string, number>();
  private options: AnalyzeOptions = {};
  /** Each document's corrections, sent again to a restarted worker. */
  private readonly corrections = new Map<string, Correction[]>();
  private watchdog: ReturnType<typeof setTimeout> | undefined;
  /** Whether the current worker has answered anything yet. */
  private workerAnswered = false;
  /** Times the worker was restarted after a crash or a hang; tests and the log read it. */
  restarts = 0;

  constructor(
    private readonly startWorker: StartWorker,
    private readonly log: Log,
    private timeoutMillis: () => number,
  ) {}

  /** The version the worker's copy of the document is at, if it has one. */
  mirroredVersion(uri: string): number | undefined {
    return this.worker ? this.mirrored.get(uri) : undefined;
  }

  /** Sends the document's text, whole or a part at a time (in order; the last part completes it). */
  open(uri: string, version: number, text: string, part: { first: boolean; last: boolean } = { first: true, last: true }): void {
    if (part.first) this.mirrored.delete(uri);
    this.send({ type: 'open', uri, version, text, ...part });
    if (part.last) this.mirrored.set(uri, version);
  }

  /** Forwards an edit when the worker mirrors the document (else the next analysis sends the text). */
  edit(uri: string, version: number, length: number, changes: TextChange[]): void {
    const from = this.mirroredVersion(uri);
    if (from === undefined) return;
    this.send({ type: 'edit', uri, fromVersion: from, version, length, changes });
    this.mirrored.set(uri, version);
  }

  analyze(uri: string, version: number, focus?: LineWindow): Promise<WorkerOutcome> {
    return this.request<WorkerOutcome>(`analysis of ${uri} v${version}`, (id) => ({ type: 'analyze', id, uri, version, ...(focus ? { focus } : {}) }));
  }

  /** Called after the worker was ended: every analysis it held is gone. */
  onRestart: () => void = () => undefined;

  /** Called with the preview decorations of a large document while its whole analysis runs. */
  onPreview: (uri: string, version: number, slice: DecorationSlice) => void = () => undefined;

  /** A view of the analysis of that version; STALE when the worker holds another version (or none). */
  query<Q extends Query>(uri: string, version: number, query: Q): Promise<QueryAnswers[Q['what']] | typeof STALE> {
    return this.request(`${query.what} of ${uri} v${version}`, (id) => ({ type: 'query', id, uri, version, query }));
  }

  /** A call on the folder's index the worker holds (lost when the worker restarts: see onRestart). */
  folder<C extends FolderCall>(call: C, transfer?: ArrayBuffer[]): Promise<FolderAnswers[C['what']]> {
    return this.request(`folder ${call.what}`, (id) => ({ type: 'folder', id, call }), transfer);
  }

  /** Test hooks: crash or hang the worker, read its heap, or slow its analyses down. */
  test(action: 'crash' | 'hang' | 'memory' | 'documents' | 'slow', millis = 0): Promise<unknown> {
    const answered = this.request<unknown>(`test ${action}`, (id) => (action === 'slow' ? { type: 'test', id, action, millis } : { type: 'test', id, action }));
    if (action === 'memory' || action === 'documents' || action === 'slow') return answered;
    // A crash or hang never answers: the request fails when the worker is restarted.
    answered.catch(() => undefined);
    return Promise.resolve();
  }

  /** The document's corrections; the worker applies them to its analyses (the caller asks for a new one). */
  correct(uri: string, corrections: Correction[]): void {
    if (corrections.length) this.corrections.set(uri, corrections);
    else this.corrections.delete(uri);
    if (this.worker) this.send({ type: 'corrections', uri, corrections });
  }

  forget(uri: string): void {
    this.mirrored.delete(uri);
    this.corrections.delete(uri);
    if (this.worker) this.send({ type: 'forget', uri });
  }

  configure(options: AnalyzeOptions): void {
    this.options = options;
    if (this.worker) this.send({ type: 'configure', options });
  }

  /** Ends the worker (it is started again by the next request). */
  restart(reason: string): void {
    this.restarts++;
    this.log.warn(`Analysis worker restarted: ${reason}`);
    this.stop(new WorkerFailure(reason));
    this.onRestart();
  }

  dispose(): void {
    this.stop(new WorkerFailure('disposed'));
  }

  private request<T>(label: string, message: (id: number) => WorkerRequest, transfer?: ArrayBuffer[]): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { label, resolve: resolve as (value: unknown) => void, reject });
      this.send(message(id), transfer);
      this.armWatchdog();
    });
  }

  private stop(failure: WorkerFailure): void {
    this.clearWatchdog();
    const worker = this.worker;
    this.worker = undefined;
    this.mirrored.clear();
    worker?.terminate();
    const failed = [...this.pending.values()];
    this.pending.clear();
    for (const p of failed) p.reject(failure);
  }

  private send(message: WorkerRequest, transfer?: ArrayBuffer[]): void {
    this.ensureWorker().post(message, transfer);
  }

  private ensureWorker(): WorkerPort {
    if (this.worker) return this.worker;
    this.workerAnswered = false;
    // Events of a worker that was replaced meanwhile are ignored.
    const current = () => this.worker === worker;
    const worker: WorkerPort = this.startWorker({
      message: (message) => {
        if (current()) this.onMessage(message);
      },
      error: (error) => {
        if (!current()) return;
        this.log.error(`Analysis worker crashed: ${error.stack ?? error.message}`);
        this.restart('crash');
      },
      exit: (code) => {
        if (!current()) return;
        this.log.error(`Analysis worker exited with code ${code}`);
        this.restart(`exit ${code}`);
      },
    });
    this.worker = worker;
    worker.post({ type: 'configure', options: this.options } satisfies WorkerRequest);
    for (const [uri, corrections] of this.corrections) worker.post({ type: 'corrections', uri, corrections } satisfies WorkerRequest);
    this.log.info(`Analysis worker started (${worker.description})`);
    return worker;
  }

  private onMessage(message: WorkerResponse): void {
    this.workerAnswered = true;
    if (message.type === 'preview') {
      this.armWatchdog();
      if (this.pending.has(message.id)) this.onPreview(message.uri, message.version, message.slice);
      return;
    }
    const pending = this.pending.get(message.id);
    this.pending.delete(message.id);
    // Any answer shows the worker is alive: the silence is counted again from now.
    this.armWatchdog();
    if (!pending) return;
    switch (message.type) {
      case 'result':
        this.log.info(`Analysed ${message.uri} v${message.version} in ${message.millis.toFixed(0)} ms`);
        pending.resolve({ kind: 'result', summary: message.summary, millis: message.millis } satisfies WorkerOutcome);
        break;
      case 'superseded':
        pending.resolve({ kind: 'superseded' } satisfies WorkerOutcome);
        break;
      case 'needText':
        this.mirrored.delete(message.uri);
        pending.resolve({ kind: 'needText' } satisfies WorkerOutcome);
        break;
      case 'answer':
        pending.resolve(message.value);
        break;
      case 'stale':
        pending.resolve(STALE);
        break;
      case 'error':
        this.log.error(`${pending.label} failed: ${message.message}`);
        pending.reject(new Error(message.message));
        break;
    }
  }

  private armWatchdog(): void {
    this.clearWatchdog();
    if (this.pending.size === 0) return;
    const millis = this.timeoutMillis();
    // A fresh worker loads the engine and its dictionary before it can answer: that is no hang.
    const grace = this.workerAnswered ? 0 : STARTUP_GRACE_MS;
    this.watchdog = setTimeout(() => this.restart(`no answer for ${Math.round((millis + grace) / 1000)} s`), millis + grace);
  }

  private clearWatchdog(): void {
    if (this.watchdog) clearTimeout(this.watchdog);
    this.watchdog = undefined;
  }
}
