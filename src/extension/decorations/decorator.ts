// Paints the analysis into visible editors. A small document is painted whole; a large one only in
// the lines on screen plus a margin, asked again from the worker when scrolling nears the margin's
// edge, so neither the ranges built on the host nor the arrays handed to setDecorations grow with
// the document. Refreshes are batched (one pass per turn of the event loop for every editor that
// needs one) and each pass sets every decoration type with its new ranges, without clearing
// first, so nothing flickers. Ranges come only from an analysis of the editor's current version.
import * as vscode from 'vscode';
import type { AnalysisStore, StoredAnalysis } from '../analysis/analysisStore';
import type { BulletinConfig } from '../config';
import { ANNOTATION_KINDS, type AnnotationKind } from '../kinds';
import type { DecorationSlice, LineWindow } from '../views/viewTypes';
import type { DecorationTypes } from './decorationTypes';
import { timed } from '../hostTimings';

export type DecorationRanges = Record<AnnotationKind | 'articleStart', vscode.Range[]>;

/** Above this many entities or lines a document is painted around what is on screen only. */
const WHOLE_DOCUMENT_ENTITIES = 5000;
const WHOLE_DOCUMENT_LINES = 20_000;
import { MARGIN_LINES } from './margin';

interface Applied {
  version: number;
  /** Line windows painted ('all': the whole document). */
  windows: LineWindow[] | 'all';
  ranges: DecorationRanges;
  /** Painted from the preview of the region on screen, not yet from the whole analysis. */
  preview: boolean;
}

export class Decorator implements vscode.Disposable {
  private readonly dirty = new Set<vscode.TextEditor>();
  private flushTimer: NodeJS.Timeout | undefined;
  private painting = new Set<Promise<void>>();
  /** What was last set per document, for the test API and to tell whether a scroll needs more. */
  private readonly applied = new Map<string, Applied>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** The preview of a large document's first lines, until its whole analysis is painted. */
  private readonly previews = new Map<string, { version: number; slice: DecorationSlice }>();
  /** When the first and the latest paint of each document version happened (the perf suite reads them). */
  readonly paints = new Map<string, { version: number; first: number; last: number; whole: boolean }>();

  constructor(
    private readonly store: AnalysisStore,
    private readonly types: DecorationTypes,
    private readonly config: () => BulletinConfig,
    private readonly isBulletin: (document: vscode.TextDocument) => boolean,
  ) {
    this.subscriptions.push(
      store.onDidChange((e) => this.refreshDocument(e.uri)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (!this.covers(e.textEditor)) this.markDirty(e.textEditor);
      }),
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
  async flushed(): Promise<void> {
    for (let round = 0; round < 20 && (this.flushTimer || this.painting.size > 0); round++) {
      if (this.flushTimer) await new Promise((resolve) => setTimeout(resolve, 5));
      await Promise.all([...this.painting]);
    }
  }

  /** The ranges last set for the document and the version they are for. */
  rangesOf(uri: vscode.Uri): { version: number; ranges: DecorationRanges; windows: LineWindow[] | 'all' } | undefined {
    return this.applied.get(uri.toString());
  }

  forget(uri: vscode.Uri): void {
    this.applied.delete(uri.toString());
    this.previews.delete(uri.toString());
    this.paints.delete(uri.toString());
  }

  dispose(): void {
    clearTimeout(this.flushTimer);
    this.subscriptions.forEach((s) => s.dispose());
  }

  /** Whether what is painted in the editor covers its visible lines at the current version. */
  private covers(editor: vscode.TextEditor): boolean {
    const applied = this.applied.get(editor.document.uri.toString());
    if (!applied || applied.version !== editor.document.version || applied.preview) return true; // nothing newer to paint yet
    if (applied.windows === 'all') return true;
    const windows = applied.windows;
    // Enough margin left on both sides: a third of it.
    const slack = Math.floor(MARGIN_LINES / 3);
    return editor.visibleRanges.every((r) => {
      const from = Math.max(0, r.start.line - slack);
      const to = Math.min(editor.document.lineCount, r.end.line + 1 + slack);
      return windows.some(([a, b]) => a <= from && to <= b);
    });
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
    for (const editor of editors) {
      const painting = this.paint(editor).catch(() => undefined);
      this.painting.add(painting);
      void painting.finally(() => this.painting.delete(painting));
    }
  }

  private async paint(editor: vscode.TextEditor): Promise<void> {
    const document = editor.document;
    const key = document.uri.toString();
    if (document.isClosed) return;
    if (!this.isBulletin(document)) {
      if (this.applied.has(key)) this.set(editor, emptyRanges());
      this.applied.delete(key);
      return;
    }
    const stored = this.store.current(document);
    // No analysis of this version yet: its preview if there is one, else keep what is shown (VS Code moves it with the edit).
    if (!stored) {
      this.paintPreview(editor);
      return;
    }
    this.previews.delete(key);
    const windows = this.windowsFor(editor, stored);
    const shown = ANNOTATION_KINDS.filter((k) => this.config().kinds[k]);
    const slice = await this.store.queryStored(stored, { what: 'decorations', windows, kinds: shown });
    // The answer is for the version asked; paint it only if the editor still shows that version.
    if (!slice || document.isClosed || document.version !== stored.version || !vscode.window.visibleTextEditors.includes(editor)) return;
    this.apply(editor, stored.version, windows === 'all' ? 'all' : slice.windows, slice, false);
  }

  /**
   * Decorations of the lines on screen from an analysis of that region alone, shown until the
   * whole analysis is painted (kept until then: the editor may not be on screen yet).
   */
  preview(uri: string, version: number, slice: DecorationSlice): void {
    this.previews.set(uri, { version, slice });
    for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === uri) this.paintPreview(editor);
  }

  private paintPreview(editor: vscode.TextEditor): void {
    const key = editor.document.uri.toString();
    const preview = this.previews.get(key);
    if (!preview || preview.version !== editor.document.version || this.applied.get(key)?.version === preview.version) return;
    const shown = this.config().kinds;
    const slice = { ...preview.slice, kinds: { ...preview.slice.kinds } };
    for (const kind of ANNOTATION_KINDS) if (!shown[kind]) slice.kinds[kind] = new Int32Array(0);
    this.apply(editor, preview.version, slice.windows, slice, true);
  }

  private apply(editor: vscode.TextEditor, version: number, windows: LineWindow[] | 'all', slice: DecorationSlice, preview: boolean): void {
    const key = editor.document.uri.toString();
    const ranges = timed('decorations applied', () => {
      const ranges = toRanges(slice);
      this.set(editor, ranges);
      return ranges;
    });
    this.applied.set(key, { version, windows, ranges, preview });
    const now = performance.now();
    const mark = this.paints.get(key);
    if (!mark || mark.version !== version) this.paints.set(key, { version, first: now, last: now, whole: !preview });
    else {
      mark.last = now;
      mark.whole ||= !preview;
    }
  }

  private windowsFor(editor: vscode.TextEditor, stored: StoredAnalysis): LineWindow[] | 'all' {
    const s = stored.summary;
    if (s.entities <= WHOLE_DOCUMENT_ENTITIES && s.lineCount <= WHOLE_DOCUMENT_LINES) return 'all';
    const lines = editor.document.lineCount;
    const visible = editor.visibleRanges.length > 0 ? editor.visibleRanges : [new vscode.Range(0, 0, 0, 0)];
    return visible.map((r): LineWindow => [Math.max(0, r.start.line - MARGIN_LINES), Math.min(lines, r.end.line + 1 + MARGIN_LINES)]);
  }

  private set(editor: vscode.TextEditor, ranges: DecorationRanges): void {
    const style = this.config().articleStart;
    for (const kind of ANNOTATION_KINDS) editor.setDecorations(this.types.kinds[kind], ranges[kind]);
    const gutter = style === 'gutter' || style === 'gutterAndBorder';
    const border = style === 'border' || style === 'gutterAndBorder';
    editor.setDecorations(this.types.articleGutter, gutter ? ranges.articleStart : []);
    editor.setDecorations(this.types.articleBorder, border ? ranges.articleStart : []);
  }
}

function toRanges(slice: DecorationSlice): DecorationRanges {
  const ranges = emptyRanges();
  for (const kind of ANNOTATION_KINDS) {
    const q = slice.kinds[kind];
    const out = ranges[kind];
    for (let i = 0; i + 3 < q.length; i += 4) out.push(new vscode.Range(q[i], q[i + 1], q[i + 2], q[i + 3]));
  }
  const a = slice.articleStarts;
  for (let i = 0; i + 1 < a.length; i += 2) ranges.articleStart.push(new vscode.Range(a[i], a[i + 1], a[i], a[i + 1]));
  return ranges;
}

function emptyRanges(): DecorationRanges {
  return { official: [], title: [], person: [], date: [], figure: [], organization: [], articleStart: [] };
}
