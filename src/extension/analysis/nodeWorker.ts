// The analysis worker as a Node worker thread running dist/worker.js (desktop VS Code and the Node
// extension host of VS Code Server).
import { Worker } from 'node:worker_threads';
import type { StartWorker } from './workerPort';

export function nodeWorker(workerPath: string): StartWorker {
  return (events) => {
    const worker = new Worker(workerPath);
    worker.on('message', events.message);
    worker.on('error', events.error);
    worker.on('exit', events.exit);
    return {
      description: workerPath,
      post: (message, transfer) => worker.postMessage(message, transfer),
      terminate: () => {
        worker.removeAllListeners();
        worker.on('error', () => undefined);
        void worker.terminate();
      },
    };
  };
}
