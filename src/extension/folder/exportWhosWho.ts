// Exports the folder's who's who (one row per person and post) to CSV, with a byte order mark so
// spreadsheets read it as UTF-8, or JSON. Asks for the format and the file unless given them.
import * as vscode from 'vscode';
import type { AnalysisWorkerClient } from '../analysis/workerClient';
import type { FolderIndexer } from './folderIndexer';

export async function exportWhosWho(client: AnalysisWorkerClient, indexer: FolderIndexer, target?: unknown, format?: unknown): Promise<vscode.Uri | undefined> {
  if (!indexer.active) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder of bulletins to export its who\'s who.'));
    return undefined;
  }
  let chosen: 'csv' | 'json' | undefined = format === 'csv' || format === 'json' ? format : undefined;
  if (!chosen) {
    const pick = await vscode.window.showQuickPick(['CSV', 'JSON'], { placeHolder: vscode.l10n.t("Export the folder's who's who as") });
    if (!pick) return undefined;
    chosen = pick === 'CSV' ? 'csv' : 'json';
  }
  let file = target instanceof vscode.Uri ? target : undefined;
  if (!file) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    file = await vscode.window.showSaveDialog({
      defaultUri: folder && vscode.Uri.joinPath(folder, `whoswho.${chosen}`),
      filters: chosen === 'csv' ? { CSV: ['csv'] } : { JSON: ['json'] },
    });
    if (!file) return undefined;
  }
  await indexer.whenIdle();
  const bytes = await client.folder({ what: 'export', format: chosen });
  await vscode.workspace.fs.writeFile(file, bytes);
  void vscode.window.showInformationMessage(vscode.l10n.t("Who's who written to {0}", vscode.workspace.asRelativePath(file)));
  return file;
}
