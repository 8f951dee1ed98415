// The extension's entry in the browser's extension host (VS Code for the Web, code-server's web
// worker host): the analysis runs in a Web Worker started from a Blob URL and fed the compiled
// model read through vscode.workspace.fs. The user dictionary is read from the workspace (a path
// relative to its folder): the browser host reads only what the workspace's file systems serve.
import * as vscode from 'vscode';
import { activateBulletin } from './activation';
import { webWorker } from './analysis/webWorker';
import type { BulletinApi } from './api';
import { loadWorkspaceDictionary } from './userDictionary';

export function activate(context: vscode.ExtensionContext): BulletinApi {
  return activateBulletin(context, {
    worker: (log) => webWorker(context.extensionUri, log),
    loadUserDictionary: loadWorkspaceDictionary,
  });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
