// The extension's entry in Node extension hosts (desktop VS Code, VS Code Server): the analysis runs
// in a worker thread (dist/worker.js) that reads dist/model.bin itself, and the user dictionary is
// read from disk.
import * as vscode from 'vscode';
import { activateBulletin } from './activation';
import { nodeWorker } from './analysis/nodeWorker';
import type { BulletinApi } from './api';
import { loadUserDictionary } from './nodeUserDictionary';

export function activate(context: vscode.ExtensionContext): BulletinApi {
  const workerPath = vscode.Uri.joinPath(context.extensionUri, 'dist', 'worker.js').fsPath;
  return activateBulletin(context, { worker: () => nodeWorker(workerPath), loadUserDictionary });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
