// The extension host's side of the analysis worker: sends (uri, version, text), matches answers to
// requests, and restarts the worker when it crashes or stays silent too long (then the requests it
// held fail, and the caller decides whether to ask again). The worker starts on the first request,
// so activation loads no engine and no dictionary.
import { Worker } from 'node:worker_threads';
import type * as vscode from 'vscode';
import type { Analysis, AnalyzeOptions } from '../../core';
import type { Log } from '../log';
import type { WorkerRequest, WorkerResponse } from './protocol';

export type WorkerOutcome = { kind: 'result'; analysis: Analysis; millis: number } | { kind: 'superseded' };

interface Pending {
  uri: string;
  version: number;
  resolve(outcome: WorkerOutcome): void;
  reject(error: Error): void;
}

export class WorkerFailure extends Error {}

export class AnalysisWorkerClient implements vscode.Disposable {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private options: AnalyzeOptions = {};
  private watchdog: NodeJS.Timeout | undefined;
  /** Times the worker was restarted after a crash or a hang; tests and the log read it. */
  restarts = 0;

  constructor(
    private readonly workerPath: string,
    private readonly log: Log,
    private timeoutMillis: () => number,
  ) {}

  analyze(uri: string, version: number, text: string): Promise<WorkerOutcome> {
    const id = this.nextId++;
    return new Promise<WorkerOutcome>((resolve, reject) => {
      this.pending.set(id, { uri, version, resolve, reject });
      this.send({ type: 'analyze', id, uri, version, text });
      this.armWatchdog();
    });
  }

  forget(uri: string): void {
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
  }

  dispose(): void {
    this.stop(new WorkerFailure('disposed'));
  }

  private stop(failure: WorkerFailure): void {
    this.clearWatchdog();
    const worker = this.worker;
    this.worker = undefined;
    if (worker) {
      worker.removeAllListeners();
      worker.on('error', () => undefined);
      void worker.terminate();
    }
    const failed = [...this.pending.values()];
    this.pending.clear();
    for (const p of failed) p.reject(failure);
  }

  private send(message: WorkerRequest): void {
    this.ensureWorker().postMessage(message);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerPath);
    this.worker = worker;
    worker.on('message', (message: WorkerResponse) => this.onMessage(message));
    worker.on('error', (error) => {
      if (this.worker !== worker) return;
      this.log.error(`Analysis worker crashed: ${error.stack ?? error.message}`);
      this.restart('crash');
    });
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.log.error(`Analysis worker exited with code ${code}`);
      this.restart(`exit ${code}`);
    });
    worker.postMessage({ type: 'configure', options: this.options } satisfies WorkerRequest);
    this.log.info(`Analysis worker started (${this.workerPath})`);
    return worker;
  }

  private onMessage(message: WorkerResponse): void {
    const pending = this.pending.get(message.id);
    this.pending.delete(message.id);
    // Any answer shows the worker is alive: the silence is counted again from now.
    this.armWatchdog();
    if (!pending) return;
    switch (message.type) {
      case 'result':
        this.log.debug(`Analysed ${message.uri} v${message.version} in ${message.millis.toFixed(0)} ms`);
        pending.resolve({ kind: 'result', analysis: message.analysis, millis: message.millis });
        break;
      case 'superseded':
        pending.resolve({ kind: 'superseded' });
        break;
      case 'error':
        this.log.error(`Analysis of ${message.uri} v${message.version} failed: ${message.message}`);
        pending.reject(new Error(message.message));
        break;
    }
  }

  private armWatchdog(): void {
    this.clearWatchdog();
    if (this.pending.size === 0) return;
    const millis = this.timeoutMillis();
    this.watchdog = setTimeout(() => this.restart(`no answer for ${Math.round(millis / 1000)} s`), millis);
  }

  private clearWatchdog(): void {
    if (this.watchdog) clearTimeout(this.watchdog);
    this.watchdog = undefined;
  }
}
