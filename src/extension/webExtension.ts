// The extension's entry in the browser's extension host (VS Code for the Web, code-server's web
// worker host): the analysis runs in a Web Worker started from a Blob URL and fed the compiled
// model read through vscode.workspace.fs. No user dictionary: it is a file named by a path, and
// the browser host reads only what the workspace's file systems serve. Everything else works as in Node.
import * as vscode from 'vscode';
import { activateBulletin } from './activation';
import { webWorker } from './analysis/webWorker';
import type { BulletinApi } from './api';

export function activate(context: vscode.ExtensionContext): BulletinApi {
  return activateBulletin(context, {
    worker: (log) => webWorker(context.extensionUri, log),
    loadUserDictionary: async (setting, log) => {
      if (setting) log.info('User dictionary not read: VS Code for the Web does not read files by path.');
      return undefined;
    },
  });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
