// `bulletin.exportAnnotations`: writes `<name>.annotations.json|csv` beside the document, asking
// (modal) before overwriting. It never edits the document. Arguments let tests skip every prompt:
//   executeCommand('bulletin.exportAnnotations', uri, { format: 'csv', target: uri2, overwrite: true })
import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysis/analysisStore';
import type { ExportFormat } from './researchFormats';
import { bratConf, isResearchFormat, researchFileName } from './researchFormats';

export interface ExportOptions {
  format?: ExportFormat;
  /** Where to write (Uri or file path); default beside the document. */
  target?: vscode.Uri | string;
  /** true: overwrite without asking; false: never overwrite; absent: ask. */
  overwrite?: boolean;
}

/** How the user is asked before a file is overwritten (tests put a recorder here through the API). */
export const prompts = {
  async confirmOverwrite(file: string): Promise<boolean> {
    const overwrite = vscode.l10n.t('Overwrite');
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists. Overwrite it?', file), { modal: true }, overwrite);
    return answer === overwrite;
  },
};

export async function exportAnnotations(store: AnalysisStore, uriArg?: unknown, options: ExportOptions = {}): Promise<vscode.Uri | undefined> {
  const document = await documentOf(uriArg);
  if (!document) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a bulletin to export its annotations.'));
    return undefined;
  }
  const format = options.format ?? (await pickFormat());
  if (!format) return undefined;
  const stored = await store.analysisFor(document);
  if (!stored) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} is not analysed as a bulletin.', baseName(document.uri.path)));
    return undefined;
  }
  const target = targetOf(document.uri, format, options.target);
  if (await exists(target)) {
    if (options.overwrite === false) return undefined;
    if (options.overwrite !== true) {
      if (!(await prompts.confirmOverwrite(baseName(target.path)))) return undefined;
    }
  }
  // The worker writes the file's bytes (a large bulletin's export is megabytes of text).
  const bytes = await store.queryStored(stored, { what: 'export', format, file: baseName(document.uri.path) });
  if (!bytes) return undefined;
  await vscode.workspace.fs.writeFile(target, bytes);
  if (format === 'brat') await writeBratConf(target);
  if (options.format === undefined) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Annotations written to {0}', baseName(target.path)));
  }
  return target;
}

async function documentOf(uriArg: unknown): Promise<vscode.TextDocument | undefined> {
  if (uriArg instanceof vscode.Uri) return vscode.workspace.openTextDocument(uriArg);
  return vscode.window.activeTextEditor?.document;
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const items: Array<vscode.QuickPickItem & { format: ExportFormat }> = [
    { label: 'JSON', description: vscode.l10n.t('articles, entities and persons'), format: 'json' },
    { label: 'CSV', description: vscode.l10n.t('one row per entity'), format: 'csv' },
    { label: 'brat', description: vscode.l10n.t('standoff .ann beside the text, with annotation.conf'), format: 'brat' },
    { label: 'CoNLL', description: vscode.l10n.t('one character a line, BIO tags'), format: 'conll' },
    { label: 'JSONL', description: vscode.l10n.t('for doccano and Label Studio'), format: 'jsonl' },
  ];
  return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Export annotations as') }))?.format;
}

function targetOf(source: vscode.Uri, format: ExportFormat, target: vscode.Uri | string | undefined): vscode.Uri {
  if (target instanceof vscode.Uri) return target;
  if (typeof target === 'string' && target) return vscode.Uri.file(target);
  const base = baseName(source.path).replace(/\.[^.]*$/, '');
  if (isResearchFormat(format)) return vscode.Uri.joinPath(source, '..', researchFileName(base, format));
  return vscode.Uri.joinPath(source, '..', `${base}.annotations.${format}`);
}

/** brat reads the labels from annotation.conf in the same folder: written when there is none. */
async function writeBratConf(ann: vscode.Uri): Promise<void> {
  const conf = vscode.Uri.joinPath(ann, '..', 'annotation.conf');
  if (!(await exists(conf))) await vscode.workspace.fs.writeFile(conf, new TextEncoder().encode(bratConf()));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The last segment of a URI path (node:path is not there in the browser's extension host). */
function baseName(uriPath: string): string {
  return uriPath.slice(uriPath.lastIndexOf('/') + 1);
}
