// Paints the analysis into visible editors. Refreshes are batched (one pass per turn of the event
// loop for every editor that needs one) and each pass sets every decoration type with its new
// ranges, without clearing first, so nothing flickers. Ranges are built only from an analysis of
// the editor's current document version.
import * as vscode from 'vscode';
import type { Analysis } from '../../core';
import type { AnalysisStore } from '../analysis/analysisStore';
import type { BulletinConfig } from '../config';
import { ANNOTATION_KINDS, entityKinds, type AnnotationKind } from '../kinds';
import type { DecorationTypes } from './decorationTypes';

export type DecorationRanges = Record<AnnotationKind | 'articleStart', vscode.Range[]>;

export class Decorator implements vscode.Disposable {
  private readonly dirty = new Set<vscode.TextEditor>();
  private flushTimer: NodeJS.Timeout | undefined;
  private flushWaiters: Array<() => void> = [];
  /** What was last set per document, for the test API. */
  private readonly applied = new Map<string, { version: number; ranges: DecorationRanges }>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly store: AnalysisStore,
    private readonly types: DecorationTypes,
    private readonly config: () => BulletinConfig,
    private readonly isBulletin: (document: vscode.TextDocument) => boolean,
  ) {
    this.subscriptions.push(
      store.onDidChange((e) => this.refreshDocument(e.uri)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
    );
  }

  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.markDirty(editor);
  }

  refreshDocument(uri: vscode.Uri): void {
    const key = uri.toString();
    for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === key) this.markDirty(editor);
  }

  /** Resolves after the pending batch (if any) has been painted. */
  flushed(): Promise<void> {
    if (!this.flushTimer) return Promise.resolve();
    return new Promise((resolve) => this.flushWaiters.push(resolve));
  }

  /** The ranges last set for the document (its version is `version`), or computed from its analysis. */
  rangesOf(uri: vscode.Uri): { version: number; ranges: DecorationRanges } | undefined {
    const applied = this.applied.get(uri.toString());
    if (applied) return applied;
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const analysis = document && this.store.current(document);
    return document && analysis ? { version: document.version, ranges: this.rangesFor(document, analysis) } : undefined;
  }

  forget(uri: vscode.Uri): void {
    this.applied.delete(uri.toString());
  }

  dispose(): void {
    clearTimeout(this.flushTimer);
    this.flushWaiters.forEach((w) => w());
    this.subscriptions.forEach((s) => s.dispose());
  }

  private markDirty(editor: vscode.TextEditor): void {
    this.dirty.add(editor);
    this.flushTimer ??= setTimeout(() => this.flush(), 0);
  }

  private flush(): void {
    this.flushTimer = undefined;
    // Only editors still on screen: a closed editor rejects decorations.
    const visible = new Set(vscode.window.visibleTextEditors);
    const editors = [...this.dirty].filter((e) => visible.has(e));
    this.dirty.clear();
    for (const editor of editors) this.paint(editor);
    const waiters = this.flushWaiters;
    this.flushWaiters = [];
    waiters.forEach((w) => w());
  }

  private paint(editor: vscode.TextEditor): void {
    const document = editor.document;
    if (document.isClosed) return;
    if (!this.isBulletin(document)) {
      if (this.applied.has(document.uri.toString())) this.set(editor, emptyRanges());
      this.applied.delete(document.uri.toString());
      return;
    }
    const analysis = this.store.current(document);
    // No analysis of this version yet: keep what is shown (VS Code moves it with the edit).
    if (!analysis) return;
    const ranges = this.rangesFor(document, analysis);
    this.set(editor, ranges);
    this.applied.set(document.uri.toString(), { version: document.version, ranges });
  }

  private set(editor: vscode.TextEditor, ranges: DecorationRanges): void {
    const style = this.config().articleStart;
    for (const kind of ANNOTATION_KINDS) editor.setDecorations(this.types.kinds[kind], ranges[kind]);
    const gutter = style === 'gutter' || style === 'gutterAndBorder';
    const border = style === 'border' || style === 'gutterAndBorder';
    editor.setDecorations(this.types.articleGutter, gutter ? ranges.articleStart : []);
    editor.setDecorations(this.types.articleBorder, border ? ranges.articleStart : []);
  }

  private rangesFor(document: vscode.TextDocument, analysis: Analysis): DecorationRanges {
    const shown = this.config().kinds;
    const ranges = emptyRanges();
    const kinds = entityKinds(analysis);
    analysis.entities.forEach((entity, index) => {
      const kind = kinds[index];
      if (shown[kind]) ranges[kind].push(new vscode.Range(document.positionAt(entity.start), document.positionAt(entity.end)));
    });
    for (const article of analysis.articles) {
      const start = document.positionAt(article.start);
      ranges.articleStart.push(new vscode.Range(start, start));
    }
    return ranges;
  }
}

function emptyRanges(): DecorationRanges {
  return { official: [], title: [], person: [], date: [], figure: [], organization: [], articleStart: [] };
}
