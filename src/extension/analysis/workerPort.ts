// The analysis worker as the host side sees it, whatever runs it: a Node worker thread
// (nodeWorker.ts) or a browser's Web Worker (webWorker.ts).
import type { WorkerRequest, WorkerResponse } from './protocol';

export interface WorkerPort {
  /** Where the worker's code comes from, for the log. */
  readonly description: string;
  /** Sends a message, moving the buffers of `transfer`. */
  post(message: WorkerRequest, transfer?: ArrayBuffer[]): void;
  /** Ends the worker; it reports nothing after this. */
  terminate(): void;
}

export interface WorkerEvents {
  message(message: WorkerResponse): void;
  /** The worker failed (an uncaught error, or it could not be started). */
  error(error: Error): void;
  /** The worker ended on its own. */
  exit(code: number): void;
}

/** Starts a worker reporting to `events`. */
export type StartWorker = (events: WorkerEvents) => WorkerPort;
