// The extension's log: one OutputChannel ("Bulletin Annotator") for worker restarts and failures.
import * as vscode from 'vscode';

export type Log = vscode.LogOutputChannel;

export function createLog(): Log {
  return vscode.window.createOutputChannel('Bulletin Annotator', { log: true });
}
