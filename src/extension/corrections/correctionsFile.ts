// The corrections file of a document, through vscode.workspace.fs (so the same code serves the
// desktop, remote and the browser): beside the document as NAME.corrections.json. Writes are atomic:
// a temporary file beside it, then renamed over it, so a crash never leaves half a file.
import * as vscode from 'vscode';
import { correctionsFileName, parseCorrections, serializeCorrections, type Correction } from '../../core/corrections';

export type ReadOutcome = { kind: 'none' } | { kind: 'ok'; corrections: Correction[] } | { kind: 'broken'; error: string };

/** Where the document's corrections live, or undefined for a document that is no file (untitled). */
export function correctionsUri(document: vscode.Uri): vscode.Uri | undefined {
  if (document.scheme === 'untitled') return undefined;
  return vscode.Uri.joinPath(document, '..', correctionsFileName(baseName(document.path)));
}

export async function readCorrectionsFile(uri: vscode.Uri): Promise<ReadOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return { kind: 'none' };
    return { kind: 'broken', error: error instanceof Error ? error.message : String(error) };
  }
  const parsed = parseCorrections(new TextDecoder().decode(bytes));
  return parsed.ok ? { kind: 'ok', corrections: parsed.corrections } : { kind: 'broken', error: parsed.error };
}

export async function writeCorrectionsFile(uri: vscode.Uri, document: vscode.Uri, corrections: readonly Correction[]): Promise<void> {
  const fs = vscode.workspace.fs;
  if (corrections.length === 0) {
    // No corrections left (all undone): no file, rather than an empty list beside the document.
    await fs.delete(uri).then(undefined, () => undefined);
    return;
  }
  const bytes = new TextEncoder().encode(serializeCorrections(baseName(document.path), corrections));
  const temporary = vscode.Uri.joinPath(uri, '..', `.${baseName(uri.path)}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.tmp`);
  await fs.writeFile(temporary, bytes);
  try {
    await fs.rename(temporary, uri, { overwrite: true });
  } catch (error) {
    await fs.delete(temporary).then(undefined, () => undefined);
    throw error;
  }
}

/** The last segment of a URI path (node:path is not there in the browser's extension host). */
export function baseName(uriPath: string): string {
  return uriPath.slice(uriPath.lastIndexOf('/') + 1);
}
