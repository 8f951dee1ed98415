// The analysis worker in a browser (a Web Worker started by the web extension host from a Blob
// URL, see analysis/webWorker.ts): the analysis service (workerService.ts) on the worker's global
// scope. The host sends the compiled model's bytes as the first message: a worker started from a
// Blob cannot read the extension's files itself.
import type { WorkerRequest, WorkerResponse } from '../analysis/protocol';
import { analysisService } from './workerService';

/** The parts of a Web Worker's global scope used here (the project compiles without the DOM library). */
declare const self: {
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
  postMessage(message: WorkerResponse, transfer?: ArrayBuffer[]): void;
};

const onMessage = analysisService({
  post: (message, transfer) => self.postMessage(message, transfer ?? []),
  defer: (work) => setTimeout(work, 0),
  // Browsers tell a worker nothing portable about its heap.
  memory: () => undefined,
});
self.onmessage = (event) => onMessage(event.data);
