// Shared by the integration tests: finding the sample, activating the extension, opening documents.
// The web suite bundles it too: only samplePath() and sampleCopy() need Node (fs, os, path).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { BulletinApi } from '../../../../src/extension/api';

export const extensionId = 'bulletin-tools.bulletin-annotator';

/** The sample bulletin: $BULLETIN_SAMPLE, else the workspace's copy, else the shared folder beside the repo. */
export function samplePath(): string {
  const candidates = [
    process.env.BULLETIN_SAMPLE,
    ...(vscode.workspace.workspaceFolders ?? []).map((f) => path.join(f.uri.fsPath, 'gaoxin-bulletin.txt')),
    path.resolve(__dirname, '../../../../shared/samples/gaoxin-bulletin.txt'),
    path.resolve(__dirname, '../../../../../shared/samples/gaoxin-bulletin.txt'),
  ].filter((p): p is string => !!p);
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error(`sample bulletin not found; tried ${candidates.join(', ')}`);
  return found;
}

/**
 * The sample as a URI, in either extension host: in Node the file samplePath() finds; in the
 * browser's host (no Node, no file paths) the workspace folder's copy.
 */
export function sampleUri(): vscode.Uri {
  if (typeof process !== 'undefined') return vscode.Uri.file(samplePath());
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder holds the sample');
  return vscode.Uri.joinPath(folder.uri, 'gaoxin-bulletin.txt');
}

/** The sample's text, read through VS Code's file system (either host). */
export async function sampleText(): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(sampleUri()));
}

/** The first page of a corpus file of ../shared/corpus (JSON lines {"id","text"}). */
export function corpusPage(name: string): string {
  const candidates = [
    path.resolve(__dirname, '../../../../shared/corpus', name),
    path.resolve(__dirname, '../../../../../shared/corpus', name),
    ...(vscode.workspace.workspaceFolders ?? []).map((f) => path.resolve(f.uri.fsPath, '../corpus', name)),
  ];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error(`corpus file not found; tried ${candidates.join(', ')}`);
  const first = fs.readFileSync(found, 'utf8').split('\n')[0];
  return (JSON.parse(first) as { text: string }).text;
}

export async function activate(): Promise<BulletinApi> {
  const extension = vscode.extensions.getExtension<BulletinApi>(extensionId);
  if (!extension) throw new Error(`${extensionId} is not loaded`);
  return extension.activate();
}

/** Opens a file in an editor and waits until its current version is analysed and painted. */
export async function openAnalysed(api: BulletinApi, file: string | vscode.Uri): Promise<vscode.TextEditor> {
  const uri = typeof file === 'string' ? vscode.Uri.file(file) : file;
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await api.whenAnalyzed(document.uri);
  return editor;
}

/** An untitled document of the given language, shown and analysed. */
export async function openUntitled(api: BulletinApi, content: string, language = 'bulletin'): Promise<vscode.TextEditor> {
  for (let attempt = 0; ; attempt++) {
    const document = await vscode.workspace.openTextDocument({ language, content });
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    if (document.getText() === content) {
      await api.whenAnalyzed(document.uri);
      return editor;
    }
    // An untitled document closed just before may still be alive under the same name (Untitled-1):
    // opening returns it, old text and all. Close it for good, wait until it is gone, and try again.
    if (attempt === 3) throw new Error(`${document.uri.toString()} keeps the text of an earlier untitled document`);
    const gone = new Promise<void>((resolve) => {
      const listener = vscode.workspace.onDidCloseTextDocument((d) => {
        if (d !== document) return;
        listener.dispose();
        resolve();
      });
      setTimeout(() => {
        listener.dispose();
        resolve();
      }, 5_000);
    });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await gone;
  }
}

/** A copy of the sample in a fresh temp folder (the shared folder is read-only), under the given name. */
export function sampleCopy(name = 'gaoxin-bulletin.txt'): { file: string; dir: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulletin-it-'));
  const file = path.join(dir, name);
  fs.copyFileSync(samplePath(), file);
  return { file, dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export async function closeAllEditors(): Promise<void> {
  // Untitled documents would ask to be saved: revert them first.
  for (const editor of vscode.window.visibleTextEditors) {
    if (editor.document.isUntitled) {
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Hover contents as one plain string, Markdown backslash escapes removed. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hoverMarkdown(hovers).replace(/\\(.)/g, '$1');
}

/** Hover contents as the raw Markdown source. */
export function hoverMarkdown(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** Text of a span with line breaks and spaces removed, as the engine names things. */
export function compactText(text: string): string {
  return text.replace(/\s+/g, '');
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
