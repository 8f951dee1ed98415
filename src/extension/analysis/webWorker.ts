// The analysis worker as a Web Worker nested in the browser's extension host worker (VS Code for the
// Web, code-server's browser host). A remote extension may not start a worker from its own URL, so
// the worker's script (dist/web/worker.js) and the compiled model (dist/model.bin) are read through
// vscode.workspace.fs, once per host, and the worker is started from a Blob URL and sent the model
// as its first message. Messages posted before the worker exists wait in order.
import * as vscode from 'vscode';
import type { WorkerRequest, WorkerResponse } from './protocol';
import type { Log } from '../log';
import type { StartWorker } from './workerPort';

/** The parts of the browser's Worker, Blob and URL used here (the project compiles without the DOM library). */
interface BrowserWorker {
  onmessage: ((event: { data: WorkerResponse }) => void) | null;
  onerror: ((event: { message?: string; preventDefault(): void }) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}
declare const Worker: new (url: string, options?: { name?: string }) => BrowserWorker;
declare const Blob: new (parts: Uint8Array[], options: { type: string }) => unknown;
declare const URL: { createObjectURL(blob: unknown): string };

interface WorkerFiles {
  scriptUrl: string;
  model: Uint8Array;
}

export function webWorker(extensionUri: vscode.Uri, log: Log): StartWorker {
  let files: Promise<WorkerFiles> | undefined;
  let how = 'fetch';
  /** A file of the extension: fetched (the host maps its URI to the server's), else through vscode.workspace.fs. */
  const read = async (...path: string[]): Promise<Uint8Array> => {
    const uri = vscode.Uri.joinPath(extensionUri, ...path);
    try {
      const response = await fetch(uri.toString(true));
      if (response.ok) return new Uint8Array(await response.arrayBuffer());
    } catch {
      // Not served over HTTP here: read it through VS Code's file system below.
    }
    how = 'vscode.workspace.fs';
    return vscode.workspace.fs.readFile(uri);
  };
  const load = (): Promise<WorkerFiles> => {
    const started = performance.now();
    files ??= Promise.all([read('dist', 'web', 'worker.js'), read('dist', 'model.bin')]).then(
      ([script, model]) => {
        log.info(`Read the analysis worker and the model (${(model.length / 1e6).toFixed(1)} MB) by ${how} in ${Math.round(performance.now() - started)} ms`);
        return { scriptUrl: URL.createObjectURL(new Blob([script], { type: 'text/javascript' })), model };
      },
      (error: unknown) => {
        // Read again on the next start: the failure may pass.
        files = undefined;
        throw error;
      },
    );
    return files;
  };

  return (events) => {
    let worker: BrowserWorker | undefined;
    let ended = false;
    const waiting: WorkerRequest[] = [];
    load().then(
      ({ scriptUrl, model }) => {
        if (ended) return;
        worker = new Worker(scriptUrl, { name: 'bulletin analysis' });
        worker.onmessage = (event) => events.message(event.data);
        worker.onerror = (event) => {
          event.preventDefault();
          events.error(new Error(event.message || 'the analysis worker failed'));
        };
        // A copy: the bytes read once serve every later worker.
        worker.postMessage({ type: 'model', bytes: model } satisfies WorkerRequest);
        for (const message of waiting.splice(0)) worker.postMessage(message);
      },
      (error: unknown) => {
        if (!ended) events.error(error instanceof Error ? error : new Error(String(error)));
      },
    );
    return {
      description: `${vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'worker.js').toString()} (Web Worker)`,
      post: (message) => {
        if (worker) worker.postMessage(message);
        else waiting.push(message);
      },
      terminate: () => {
        ended = true;
        worker?.terminate();
      },
    };
  };
}
