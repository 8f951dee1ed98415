// One analysis per document version, shared by decorations, outline, hovers and views. The worker
// holds the analysis; the store holds its summary and the version it is for, and features ask the
// worker for views of exactly that version (an answer for another version is dropped). Edits are
// forwarded to the worker's copy of the text as they happen and analysed after a pause; a result
// is kept only if it is for the document's current version (a stale answer is dropped, never
// applied); closing a document forgets it, here and in the worker.
import * as vscode from 'vscode';
import type { Log } from '../log';
import { MARGIN_LINES } from '../decorations/margin';
import { timed } from '../hostTimings';
import type { AnalysisSummary, LineWindow, Query, QueryAnswers } from '../views/viewTypes';
import { STALE, WorkerFailure, type AnalysisWorkerClient } from './workerClient';

export interface StoredAnalysis {
  uri: vscode.Uri;
  version: number;
  summary: AnalysisSummary;
  /** How long the worker took (ms). */
  millis: number;
}

interface InFlight {
  version: number;
  generation: number;
  promise: Promise<StoredAnalysis | undefined>;
}

const EDIT_DEBOUNCE_MS = 300;
/** Lines of text sent to the worker per message when it needs the whole text. */
const TEXT_PART_LINES = 5000;

export class AnalysisStore implements vscode.Disposable {
  private readonly stored = new Map<string, StoredAnalysis & { generation: number }>();
  private readonly inFlight = new Map<string, InFlight>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Each document's length as last sent to the worker, followed through the edits. */
  private readonly lengths = new Map<string, number>();
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
  ) {
    client.onRestart = () => this.workerLost();
  }

  /** The stored analysis, whatever its version. */
  get(uri: vscode.Uri): StoredAnalysis | undefined {
    return this.stored.get(uri.toString());
  }

  /** The stored analysis if it is for the document's current version. */
  current(document: vscode.TextDocument): StoredAnalysis | undefined {
    const s = this.stored.get(document.uri.toString());
    return s && s.version === document.version && s.generation === this.generation ? s : undefined;
  }

  /** Forwards an edit to the worker's copy of the text, then analyses after a pause in editing. */
  edited(event: vscode.TextDocumentChangeEvent): void {
    const document = event.document;
    if (event.contentChanges.length === 0 || !this.isBulletin(document)) return;
    timed('edit forwarded to the worker', () => {
      const key = document.uri.toString();
      const changes = event.contentChanges.map((c) => ({ offset: c.rangeOffset, length: c.rangeLength, text: c.text }));
      // The length after the edit, so the worker can tell when its copy went wrong (kept here: offsetAt of the end costs milliseconds on a large file).
      const before = this.lengths.get(key);
      if (before === undefined) return;
      const length = changes.reduce((n, c) => n + c.text.length - c.length, before);
      this.lengths.set(key, length);
      this.client.edit(key, document.version, length, changes);
    });
    this.schedule(document);
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
  async analysisFor(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<StoredAnalysis | undefined> {
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

  /**
   * A view of the analysis of the document's current version (analysing first if needed);
   * undefined when there is none or the document moved on before the answer came.
   */
  async query<Q extends Query>(document: vscode.TextDocument, query: Q, token?: vscode.CancellationToken): Promise<QueryAnswers[Q['what']] | undefined> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const stored = await this.analysisFor(document, token);
      if (!stored || token?.isCancellationRequested) return undefined;
      const answer = await this.ask(stored, query);
      if (answer !== STALE) return answer;
      // Still the current analysis, yet the worker no longer holds it: analyse again, then ask once more.
      if (this.stored.get(document.uri.toString()) !== stored) return undefined;
      this.stored.delete(document.uri.toString());
    }
    return undefined;
  }

  /** A view of a stored analysis, whatever the document's version now. */
  async queryStored<Q extends Query>(stored: StoredAnalysis, query: Q): Promise<QueryAnswers[Q['what']] | undefined> {
    const answer = await this.ask(stored, query);
    return answer === STALE ? undefined : answer;
  }

  private async ask<Q extends Query>(stored: StoredAnalysis, query: Q): Promise<QueryAnswers[Q['what']] | typeof STALE | undefined> {
    try {
      return await this.client.query(stored.uri.toString(), stored.version, query);
    } catch (error) {
      this.log.warn(`No ${query.what} for ${stored.uri.toString()} v${stored.version}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  /** Resolves once the document's current version is analysed (or it is closed or no bulletin). */
  async whenAnalyzed(uri: vscode.Uri): Promise<void> {
    for (let round = 0; round < 50; round++) {
      // The last one opened: a closed untitled document can linger in the list under the URI that a
      // new one (Untitled-1 again) has taken.
      const document = vscode.workspace.textDocuments.filter((d) => d.uri.toString() === uri.toString() && !d.isClosed).pop();
      if (!document || document.isClosed || !this.isBulletin(document)) return;
      if (this.current(document)) return;
      const version = document.version;
      const generation = this.generation;
      const analysis = await this.analysisFor(document);
      // Nothing newer to wait for: the analysis failed (the log says why).
      if (!analysis && document.version === version && generation === this.generation) return;
    }
  }

  /**
   * The worker was restarted: what it held is gone, so every stored analysis is. As after
   * invalidate(), the documents on screen are analysed again now and the others when something asks
   * for them (a large document left loaded in the background would otherwise go first).
   */
  private workerLost(): void {
    const lost = new Set(this.stored.keys());
    this.stored.clear();
    this.lengths.clear();
    for (const editor of vscode.window.visibleTextEditors) if (lost.has(editor.document.uri.toString())) this.schedule(editor.document, 0);
  }

  /**
   * Engine options or corrections changed: every stored analysis is stale. The documents on screen
   * (and `also`) are analysed again now; the others when something asks for them. VS Code keeps
   * documents loaded after their editors close, and a 10 MB one analysed first would hold the worker
   * for seconds while the document on screen waits behind it.
   */
  invalidate(also?: vscode.TextDocument): void {
    this.generation++;
    const now = new Set(vscode.window.visibleTextEditors.map((editor) => editor.document));
    if (also) now.add(also);
    for (const document of now) this.schedule(document, 0);
  }

  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.stored.delete(key);
    this.inFlight.delete(key);
    this.lengths.delete(key);
    this.client.forget(key);
  }

  /** Documents the store holds anything for (tests check that a closed one left nothing). */
  heldUris(): string[] {
    return [...new Set([...this.stored.keys(), ...this.inFlight.keys(), ...this.timers.keys()])];
  }

  /**
   * Sends the document's text to the worker, TEXT_PART_LINES lines at a time with a turn of the
   * event loop between parts (reading 10 MB at once holds the host for tens of milliseconds).
   * False when the document changed or closed meanwhile: that version is no longer wanted.
   */
  private async sendText(document: vscode.TextDocument, version: number): Promise<boolean> {
    const key = document.uri.toString();
    const lines = document.lineCount;
    let length = 0;
    for (let from = 0; from < lines; from += TEXT_PART_LINES) {
      if (from > 0) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (document.isClosed || document.version !== version) return false;
      }
      const to = Math.min(lines, from + TEXT_PART_LINES);
      timed('text sent to the worker', () => {
        // Up to the start of the next part's first line, so the line breaks between parts are sent once.
        const end = to < lines ? new vscode.Position(to, 0) : document.lineAt(lines - 1).range.end;
        const text = document.getText(new vscode.Range(new vscode.Position(from, 0), end));
        length += text.length;
        this.client.open(key, version, text, { first: from === 0, last: to === lines });
      });
    }
    this.lengths.set(key, length);
    return true;
  }

  /** The lines on screen in the document's first visible editor, with the painting margin. */
  private focusOf(document: vscode.TextDocument): LineWindow | undefined {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
    // Not on screen yet (the document was just opened): it will show from its first line.
    const visible = editor?.visibleRanges[0] ?? new vscode.Range(0, 0, 60, 0);
    return [Math.max(0, visible.start.line - MARGIN_LINES), Math.min(document.lineCount, visible.end.line + 1 + MARGIN_LINES)];
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
    const flight: InFlight = { version, generation, promise: Promise.resolve(undefined) };
    flight.promise = this.request(document, version).then((answer) => {
      if (this.inFlight.get(key) === flight) this.inFlight.delete(key);
      if (!answer) return undefined;
      // Apply only if nothing moved on while the worker was busy.
      if (document.isClosed || document.version !== version || generation !== this.generation) {
        this.staleDropped++;
        this.log.debug(`Dropped stale analysis of ${key} v${version} (now v${document.isClosed ? 'closed' : document.version})`);
        return undefined;
      }
      const entry = { uri: document.uri, version, summary: answer.summary, millis: answer.millis, generation };
      this.stored.set(key, entry);
      this.changed.fire(entry);
      return entry;
    });
    this.inFlight.set(key, flight);
    return flight;
  }

  /** Asks the worker, sending the text when it has not this version; once more if the worker died under the request. */
  private async request(document: vscode.TextDocument, version: number): Promise<{ summary: AnalysisSummary; millis: number } | undefined> {
    const key = document.uri.toString();
    let failures = 0;
    for (let round = 0; round < 5; round++) {
      if (this.client.mirroredVersion(key) !== version) {
        // Only the current version's text can be read; an older one is no longer wanted anyway.
        if (document.isClosed || document.version !== version) return undefined;
        if (!(await this.sendText(document, version))) return undefined;
      }
      try {
        const outcome = await this.client.analyze(key, version, this.focusOf(document));
        if (outcome.kind === 'needText') {
          this.log.info(`The worker has not the text of ${key} v${version}: sending it`);
          continue;
        }
        return outcome.kind === 'result' ? { summary: outcome.summary, millis: outcome.millis } : undefined;
      } catch (error) {
        if (error instanceof WorkerFailure && ++failures < 2 && error.message !== 'disposed') continue;
        this.log.error(`No analysis for ${key} v${version}: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      }
    }
    this.log.error(`No analysis for ${key} v${version}: the worker never held its text`);
    return undefined;
  }
}
