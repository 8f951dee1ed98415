// Messages between the extension host and the analysis worker. Plain data only: they cross a
// worker_threads port by structured clone.
import type { Analysis, AnalyzeOptions } from '../../core';

export type WorkerRequest =
  | { type: 'analyze'; id: number; uri: string; version: number; text: string }
  /** Drops the document's Analyzer (and its cache of unchanged articles). */
  | { type: 'forget'; uri: string }
  /** New engine options: every Analyzer is rebuilt with them. */
  | { type: 'configure'; options: AnalyzeOptions };

export type WorkerResponse =
  | { type: 'result'; id: number; uri: string; version: number; analysis: Analysis; millis: number }
  /** A newer version of the same document arrived before this one was started. */
  | { type: 'superseded'; id: number; uri: string; version: number }
  | { type: 'error'; id: number; uri: string; version: number; message: string };
