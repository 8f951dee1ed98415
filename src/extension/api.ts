// What `activate` returns, for the integration tests (and other extensions):
//   const api = await vscode.extensions.getExtension('bulletin-tools.bulletin-annotator')!.activate();
//   await api.whenAnalyzed(uri);              // the current version is analysed and painted
//   api.decorationRanges(uri).official        // ranges last set for that kind
//   await api.analysisOf(uri)                 // { version, analysis } the engine returned (copied from the worker: costly)
import type * as vscode from 'vscode';
import type { Analysis, Entity } from '../core';
import type { Correction } from '../core/corrections';
import type { DecorationRanges } from './decorations/decorator';
import type { AnalysisSummary, LineWindow } from './views/viewTypes';

export interface BulletinApi {
  /** Resolves once the document's current version is analysed and its visible editors painted. */
  whenAnalyzed(uri: vscode.Uri): Promise<void>;
  /** Ranges last set per kind ("articleStart" too) for the document, if it has been painted. */
  decorationRanges(uri: vscode.Uri): DecorationRanges | undefined;
  /** The line windows last painted ('all' for the whole document) and the version they are for. */
  decorationWindows(uri: vscode.Uri): { version: number; windows: LineWindow[] | 'all' } | undefined;
  /** The summary of the stored analysis and the version it is for (cheap). */
  summaryOf(uri: vscode.Uri): { version: number; summary: AnalysisSummary } | undefined;
  /** The whole stored analysis, copied from the worker (expensive on large documents: tests only). */
  analysisOf(uri: vscode.Uri): Promise<{ version: number; analysis: Analysis } | undefined>;
  /** The entities of the stored analysis overlapping [from, to) (offsets), at most 5000. */
  entitiesIn(uri: vscode.Uri, from: number, to: number): Promise<{ version: number; entities: Entity[] } | undefined>;
  /** Fires each time an analysis is stored, with the document version it is for. */
  onDidAnalyze: vscode.Event<{ uri: vscode.Uri; version: number }>;
  /** Resolves once the workspace folder's bulletins are indexed (at once when there is no folder). */
  whenFolderIndexed(): Promise<void>;
  /** How many results came back for a version the document had already left (and were dropped). */
  staleResultsDropped(): number;
  /** How often the worker was restarted after a crash or hang. */
  workerRestarts(): number;
  /** Hooks and measurements for the integration and perf suites. */
  testing: BulletinTesting;
}

export interface BulletinTesting {
  /** Makes the analysis worker throw (it dies) or spin forever (the watchdog must notice). */
  crashWorker(): Promise<void>;
  hangWorker(): Promise<void>;
  /** Ends the worker so the next analysis starts a cold one (engine and model loaded again). */
  coldWorker(): void;
  /** Makes each analysis hold the worker `millis` longer (0: back to normal), so edits can overtake it. */
  slowAnalyses(millis: number): Promise<void>;
  /** The worker's V8 heap, in bytes. */
  workerMemory(): Promise<{ heapUsed: number; heapTotal: number; heapLimit: number }>;
  /** How long the worker took for the latest analysis of the document (ms). */
  analysisMillis(uri: vscode.Uri): number | undefined;
  /** Documents the extension still holds anything for (the analysis store's keys). */
  heldDocuments(): string[];
  /** Documents the worker holds anything for (text, analysis, Analyzer, queued request). */
  workerDocuments(): Promise<string[]>;
  /** The extension's output channel lines written so far. */
  logLines(): string[];
  /** Answers the overwrite prompt of the export with `answer` and counts the prompts; undefined restores the real prompt. */
  answerOverwritePrompt(answer: boolean | undefined): void;
  overwritePromptsShown(): number;
  /** Milliseconds activate() took, from its first line to its return. */
  activationMillis: number;
  /** performance.now() of the first and the latest paint of the document's current painted version. */
  paintTimes(uri: vscode.Uri): { version: number; first: number; last: number; whole: boolean } | undefined;
  /** The longest synchronous stretch (ms) of each of the extension's hot paths on the host's thread. */
  hostTimings(): Record<string, number>;
  /** What the entity view shows now: the file it names and its top-level items (kind, label, description). */
  entityView(): Promise<EntityViewSnapshot>;
  /** The document's corrections once read, and those whose text is gone (not applied). */
  corrections(uri: vscode.Uri): Promise<{ list: Correction[]; unresolved: Correction[] }>;
  /** Stands in for workspace trust where corrections are saved (undefined: the real trust). */
  pretendTrusted(trusted: boolean | undefined): void;
  /**
   * Runs what closing and opening the document run (forgets it here and in the worker, reads its
   * corrections file again). VS Code keeps a file's document open for minutes after its last editor
   * closed, so tests cannot wait for the real events.
   */
  reopen(uri: vscode.Uri): Promise<void>;
  /** Files the folder index read, analysed, reused by content hash, skipped (not bulletins) or could not read. */
  folderIndexCounts(): { read: number; analysed: number; reused: number; skipped: number; problems: number };
  resetFolderIndexCounts(): void;
  /** As when the window is reopened: the worker's folder index is dropped, read from storage and checked against the files. */
  reopenFolderIndex(): Promise<void>;
  /** Tells the folder index a file changed, as the watcher does (without its latency). */
  folderFileChanged(uri: vscode.Uri): void;
  /** The Who's who view's items (persons, their posts, the bulletins), with the filter given. */
  whosWhoTree(filter?: string): Promise<TreeSnapshot[]>;
}

export interface EntityViewSnapshot {
  /** The document shown, or undefined when the view is empty. */
  uri: string | undefined;
  title: string | undefined;
  description: string | undefined;
  message: string | undefined;
  items: Array<{ label: string; description: string; children: string[] }>;
}

/** An item of a tree view as the user sees it. */
export interface TreeSnapshot {
  label: string;
  description: string;
  children?: TreeSnapshot[];
}
