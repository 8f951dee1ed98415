// Messages between the extension host and the analysis worker. The worker keeps a mirror of each
// document's text (sent whole once, then as edits) and the analysis of its latest version; the
// host asks for views of that analysis (see views/viewTypes.ts) instead of receiving it whole.
import type { AnalyzeOptions } from '../../core';
import type { Correction } from '../../core/corrections';
import type { FolderAnswers, FolderCall } from '../folder/folderViews';
import type { AnalysisSummary, DecorationSlice, LineWindow, Query, QueryAnswers } from '../views/viewTypes';

export interface TextChange {
  offset: number;
  length: number;
  text: string;
}

export type WorkerRequest =
  /** The compiled model's bytes (dist/model.bin), first, where the worker cannot read files (the web). */
  | { type: 'model'; bytes: Uint8Array }
  /**
   * The text of a document at a version (first time, or when the mirror lost track), whole or in
   * parts: `first` starts it afresh, `last` completes it.
   */
  | { type: 'open'; uri: string; version: number; text: string; first: boolean; last: boolean }
  /** Edits taking the mirror from `fromVersion` to `version`; `length` is the text's length after. */
  | { type: 'edit'; uri: string; fromVersion: number; version: number; length: number; changes: TextChange[] }
  /** Drops the document: its text, analysis, Analyzer (and its cache of unchanged articles). */
  | { type: 'forget'; uri: string }
  /** The user's corrections of a document, applied to each analysis of it from now on (issue 11). */
  | { type: 'corrections'; uri: string; corrections: Correction[] }
  /** New engine options: every Analyzer is rebuilt with them. */
  | { type: 'configure'; options: AnalyzeOptions }
  /**
   * Analyse the mirrored text at `version`. `focus`: the lines on screen (± a margin); on a large
   * document analysed for the first time, their decorations are answered first ("preview").
   */
  | { type: 'analyze'; id: number; uri: string; version: number; focus?: LineWindow }
  | { type: 'query'; id: number; uri: string; version: number; query: Query }
  /** A call on the folder's index (folder/folderViews.ts), answered in turn with the analyses. */
  | { type: 'folder'; id: number; call: FolderCall }
  /** Test hooks: make the worker crash or hang, or report its heap. */
  | { type: 'test'; id: number; action: 'crash' | 'hang' | 'memory' | 'documents' }
  /** Test hook: each analysis from now on holds the worker `millis` longer (0: as fast as it can). */
  | { type: 'test'; id: number; action: 'slow'; millis: number };

export type WorkerResponse =
  | { type: 'result'; id: number; uri: string; version: number; summary: AnalysisSummary; millis: number }
  /** Decorations of the focus lines from an analysis of that region alone, while the whole is analysed. */
  | { type: 'preview'; id: number; uri: string; version: number; slice: DecorationSlice }
  /** A newer version of the same document arrived before this one was started. */
  | { type: 'superseded'; id: number; uri: string; version: number }
  /** The worker's mirror is not at that version: send the text. */
  | { type: 'needText'; id: number; uri: string; version: number }
  | { type: 'error'; id: number; uri: string; version: number; message: string }
  | { type: 'answer'; id: number; value: QueryAnswers[keyof QueryAnswers] | FolderAnswers[keyof FolderAnswers] | { heapUsed: number; heapTotal: number; heapLimit: number } | string[] }
  /** The analysis of that version is no longer (or not yet) held. */
  | { type: 'stale'; id: number };
