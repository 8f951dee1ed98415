// The corrections of each open document: read from its corrections file when it opens, sent to the
// worker (which applies them to every analysis, so every view shows them), written back on each
// change, with an undo stack per document while it is open. A file that cannot be parsed is
// reported with its path and never written; in an untrusted workspace corrections are read and
// applied but kept in memory only. Corrections whose text is gone are reported, not applied.
import * as vscode from 'vscode';
import type { Span } from '../../core';
import { makeAnchor, resolveAnchor, type Correction, type CorrectionAction, type PairAction } from '../../core/corrections';
import type { AnalysisStore } from '../analysis/analysisStore';
import type { AnalysisWorkerClient } from '../analysis/workerClient';
import type { Log } from '../log';
import { correctionsUri, readCorrectionsFile, writeCorrectionsFile } from './correctionsFile';

interface DocumentCorrections {
  corrections: Correction[];
  /** The lists before each change, newest last. */
  undo: Correction[][];
  /** Why the file could not be read: nothing is written over it. */
  broken?: string;
  loaded: Promise<void>;
  /** Unresolved corrections already reported (by their JSON), so each is said once. */
  reported: Set<string>;
}

export class CorrectionsManager implements vscode.Disposable {
  private readonly documents = new Map<string, DocumentCorrections>();
  private untrustedSaid = false;

  constructor(
    private readonly client: AnalysisWorkerClient,
    private readonly store: AnalysisStore,
    private readonly log: Log,
    /** Whether the workspace is trusted (a function: trust can be granted later; tests stand in for it). */
    private readonly trusted: () => boolean = () => vscode.workspace.isTrusted,
  ) {}

  /** Reads the document's corrections once (again after it was closed). */
  load(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    const known = this.documents.get(key);
    if (known) return known.loaded;
    const state: DocumentCorrections = { corrections: [], undo: [], reported: new Set(), loaded: Promise.resolve() };
    this.documents.set(key, state);
    state.loaded = this.read(document, state);
    return state.loaded;
  }

  private async read(document: vscode.TextDocument, state: DocumentCorrections): Promise<void> {
    const uri = correctionsUri(document.uri);
    if (!uri) return;
    const outcome = await readCorrectionsFile(uri);
    if (this.documents.get(document.uri.toString()) !== state) return;
    if (outcome.kind === 'broken') {
      state.broken = outcome.error;
      this.log.error(`Corrections file ${uri.toString(true)} cannot be read: ${outcome.error}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('The corrections file {0} cannot be read ({1}). It is left as it is; no correction is applied or saved until it is fixed.', uri.fsPath || uri.toString(true), outcome.error));
      return;
    }
    if (outcome.kind === 'none' || outcome.corrections.length === 0) return;
    state.corrections = outcome.corrections;
    this.log.info(`Read ${outcome.corrections.length} corrections of ${document.uri.toString(true)}`);
    this.send(document);
    this.reportUnresolved(document);
  }

  /** The document's corrections as they stand (after load). */
  async list(uri: vscode.Uri): Promise<Correction[]> {
    const state = this.documents.get(uri.toString());
    await state?.loaded;
    return state?.corrections ?? [];
  }

  /** Corrections whose text is no longer in the document. */
  unresolved(document: vscode.TextDocument): Correction[] {
    const state = this.documents.get(document.uri.toString());
    if (!state) return [];
    const text = document.getText();
    return state.corrections.filter((c) => !resolveAnchor(text, c.anchor) || ('other' in c && !resolveAnchor(text, c.other)));
  }

  /** Adds a correction of the span; false (after saying why) when it cannot be made. */
  async correct(document: vscode.TextDocument, span: Span, action: CorrectionAction | PairAction, other?: Span): Promise<boolean> {
    await this.load(document);
    const state = this.documents.get(document.uri.toString())!;
    if (state.broken) {
      void vscode.window.showErrorMessage(vscode.l10n.t('The corrections file of {0} cannot be read ({1}): fix or remove it first.', document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1), state.broken));
      return false;
    }
    const text = document.getText();
    if (span.end <= span.start || !text.slice(span.start, span.end).trim()) return false;
    const anchor = makeAnchor(text, span);
    let correction: Correction;
    if (action === 'same' || action === 'distinct') {
      if (!other) return false;
      correction = { action, anchor, other: makeAnchor(text, other) };
    } else correction = { action, anchor };
    // A new correction of the same words replaces the older one (the latest word on a span wins anyway).
    const sameSpan = (c: Correction) => {
      if ('other' in c || 'other' in correction) return false;
      const at = resolveAnchor(text, c.anchor);
      return !!at && at.start === span.start && at.end === span.end;
    };
    return this.change(document, state, [...state.corrections.filter((c) => !sameSpan(c)), correction]);
  }

  /** Undoes the document's latest correction; false when there is none. */
  async undo(document: vscode.TextDocument): Promise<boolean> {
    await this.load(document);
    const state = this.documents.get(document.uri.toString())!;
    const previous = state.undo.pop();
    if (!previous || state.broken) return false;
    return this.change(document, state, previous, false);
  }

  private async change(document: vscode.TextDocument, state: DocumentCorrections, next: Correction[], remember = true): Promise<boolean> {
    if (remember) state.undo.push(state.corrections);
    state.corrections = next;
    this.send(document);
    await this.save(document, next);
    await this.store.whenAnalyzed(document.uri);
    return true;
  }

  private async save(document: vscode.TextDocument, corrections: Correction[]): Promise<void> {
    const uri = correctionsUri(document.uri);
    if (!uri) return;
    if (!this.trusted()) {
      if (!this.untrustedSaid) void vscode.window.showInformationMessage(vscode.l10n.t('This workspace is not trusted: corrections are applied but not saved.'));
      this.untrustedSaid = true;
      return;
    }
    try {
      await writeCorrectionsFile(uri, document.uri, corrections);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.log.error(`Could not write ${uri.toString(true)}: ${message}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not save corrections to {0}: {1}', uri.fsPath || uri.toString(true), message));
    }
  }

  /** The worker applies the list to each analysis; the store analyses again. */
  private send(document: vscode.TextDocument): void {
    const state = this.documents.get(document.uri.toString());
    this.client.correct(document.uri.toString(), state?.corrections ?? []);
    this.store.invalidate(document);
  }

  /** Says once, for each correction whose text is gone, that it is not applied (on open and on save). */
  reportUnresolved(document: vscode.TextDocument): void {
    const state = this.documents.get(document.uri.toString());
    if (!state) return;
    const fresh = this.unresolved(document).filter((c) => !state.reported.has(JSON.stringify(c)));
    if (fresh.length === 0) return;
    for (const c of fresh) state.reported.add(JSON.stringify(c));
    const words = fresh.map((c) => `${c.action} "${c.anchor.text.replace(/\s+/g, '')}"`).join(', ');
    this.log.warn(`Corrections of ${document.uri.toString(true)} whose text is gone (not applied): ${words}`);
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} corrections no longer find their text in {1} and are not applied: {2}', fresh.length, document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1), words));
  }

  /** The document closed: its corrections are read again when it opens. */
  forget(uri: vscode.Uri): void {
    this.documents.delete(uri.toString());
  }

  dispose(): void {
    this.documents.clear();
  }
}
