// What `activate` returns, for the integration tests (and other extensions):
//   const api = await vscode.extensions.getExtension('bulletin-tools.bulletin-annotator')!.activate();
//   await api.whenAnalyzed(uri);        // the current version is analysed and painted
//   api.decorationRanges(uri).official  // ranges last set for that kind
//   api.analysisOf(uri)                 // { version, analysis } the engine returned
import type * as vscode from 'vscode';
import type { Analysis } from '../core';
import type { DecorationRanges } from './decorations/decorator';

export interface BulletinApi {
  /** Resolves once the document's current version is analysed and its visible editors painted. */
  whenAnalyzed(uri: vscode.Uri): Promise<void>;
  /** Ranges last set per kind ("articleStart" too) for the document, if it has been analysed. */
  decorationRanges(uri: vscode.Uri): DecorationRanges | undefined;
  /** The stored analysis and the document version it is for. */
  analysisOf(uri: vscode.Uri): { version: number; analysis: Analysis } | undefined;
  /** Fires each time an analysis is stored, with the document version it is for. */
  onDidAnalyze: vscode.Event<{ uri: vscode.Uri; version: number }>;
  /** How many results came back for a version the document had already left (and were dropped). */
  staleResultsDropped(): number;
  /** How often the worker was restarted after a crash or hang. */
  workerRestarts(): number;
}
