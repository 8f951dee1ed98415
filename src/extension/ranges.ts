// Positions from the worker (flat line/character numbers) to VS Code ranges.
import * as vscode from 'vscode';
import type { Quad } from './views/viewTypes';

export function quadRange(q: Quad | Int32Array, at = 0): vscode.Range {
  return new vscode.Range(q[at], q[at + 1], q[at + 2], q[at + 3]);
}
