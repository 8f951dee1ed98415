// One analysis per document version, shared by decorations, outline, hovers and views. Edits are
// debounced; a result is kept only if it is for the document's current version (a stale answer is
// dropped, never applied); closing a document forgets it, here and in the worker.
import * as vscode from 'vscode';
import type { Analysis } from '../../core';
import type { Log } from '../log';
import { WorkerFailure, type AnalysisWorkerClient } from './workerClient';

export interface StoredAnalysis {
  uri: vscode.Uri;
  version: number;
  analysis: Analysis;
}

interface InFlight {
  version: number;
  generation: number;
  promise: Promise<Analysis | undefined>;
}

const EDIT_DEBOUNCE_MS = 300;

export class AnalysisStore implements vscode.Disposable {
  private readonly stored = new Map<string, StoredAnalysis & { generation: number }>();
  private readonly inFlight = new Map<string, InFlight>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Engine options changed: results of an older generation are stale even for the same version. */
  private generation = 0;
  private readonly changed = new vscode.EventEmitter<StoredAnalysis>();
  /** Results that arrived for a version the document had already left, and were dropped. */
  staleDropped = 0;
  /** Fires when a document's analysis for its current version is stored. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly client: AnalysisWorkerClient,
    private readonly isBulletin: (document: vscode.TextDocument) => boolean,
    private readonly log: Log,
  ) {}

  /** The stored analysis, whatever its version. */
  get(uri: vscode.Uri): StoredAnalysis | undefined {
    return this.stored.get(uri.toString());
  }

  /** The stored analysis if it is for the document's current version. */
  current(document: vscode.TextDocument): Analysis | undefined {
    const s = this.stored.get(document.uri.toString());
    return s && s.version === document.version && s.generation === this.generation ? s.analysis : undefined;
  }

  /** Analyses after a pause in editing. */
  schedule(document: vscode.TextDocument, delay = EDIT_DEBOUNCE_MS): void {
    if (!this.isBulletin(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.analysisFor(document);
      }, delay),
    );
  }

  /** The analysis of the document's current version, analysing now if needed. */
  async analysisFor(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<Analysis | undefined> {
    if (document.isClosed || !this.isBulletin(document)) return undefined;
    const ready = this.current(document);
    if (ready) return ready;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    let flight = this.inFlight.get(key);
    if (!flight || flight.version !== document.version || flight.generation !== this.generation) {
      flight = this.start(document);
    }
    const analysis = await flight.promise;
    return token?.isCancellationRequested ? undefined : analysis;
  }

  /** Resolves once the document's current version is analysed (or it is closed or no bulletin). */
  async whenAnalyzed(uri: vscode.Uri): Promise<void> {
    for (let round = 0; round < 50; round++) {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (!document || document.isClosed || !this.isBulletin(document)) return;
      if (this.current(document)) return;
      const version = document.version;
      const generation = this.generation;
      const analysis = await this.analysisFor(document);
      // Nothing newer to wait for: the analysis failed (the log says why).
      if (!analysis && document.version === version && generation === this.generation) return;
    }
  }

  /** Engine options changed: analyse every open bulletin again. */
  invalidate(): void {
    this.generation++;
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.stored.delete(key);
    this.inFlight.delete(key);
    this.client.forget(key);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.changed.dispose();
  }

  private start(document: vscode.TextDocument): InFlight {
    const key = document.uri.toString();
    const version = document.version;
    const generation = this.generation;
    const text = document.getText();
    const flight: InFlight = { version, generation, promise: Promise.resolve(undefined) };
    flight.promise = this.request(key, version, text).then((analysis) => {
      if (this.inFlight.get(key) === flight) this.inFlight.delete(key);
      if (!analysis) return undefined;
      // Apply only if nothing moved on while the worker was busy.
      if (document.isClosed || document.version !== version || generation !== this.generation) {
        this.staleDropped++;
        this.log.debug(`Dropped stale analysis of ${key} v${version} (now v${document.version})`);
        return undefined;
      }
      const entry = { uri: document.uri, version, analysis, generation };
      this.stored.set(key, entry);
      this.changed.fire(entry);
      return analysis;
    });
    this.inFlight.set(key, flight);
    return flight;
  }

  /** Asks the worker, once more if the worker died under the request. */
  private async request(key: string, version: number, text: string): Promise<Analysis | undefined> {
    for (let attempt = 1; ; attempt++) {
      try {
        const outcome = await this.client.analyze(key, version, text);
        return outcome.kind === 'result' ? outcome.analysis : undefined;
      } catch (error) {
        if (error instanceof WorkerFailure && attempt < 2 && error.message !== 'disposed') continue;
        this.log.error(`No analysis for ${key} v${version}: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      }
    }
  }
}
