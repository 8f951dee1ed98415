// Go to Symbol in Workspace (Ctrl+T): persons and articles of every bulletin the folder index holds,
// opened or not, answered by the worker from the index.
import * as vscode from 'vscode';
import type { AnalysisWorkerClient } from '../analysis/workerClient';
import { quadRange } from '../ranges';

const SYMBOL_LIMIT = 1000;

export class FolderSymbolProvider implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly client: AnalysisWorkerClient, private readonly active: () => boolean) {}

  async provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): Promise<vscode.SymbolInformation[]> {
    if (!this.active()) return [];
    const symbols = await this.client.folder({ what: 'symbols', query, limit: SYMBOL_LIMIT }).catch(() => []);
    if (token.isCancellationRequested) return [];
    return symbols.map(
      (s) =>
        new vscode.SymbolInformation(
          s.name,
          s.kind === 'person' ? vscode.SymbolKind.Object : vscode.SymbolKind.Module,
          s.detail,
          new vscode.Location(vscode.Uri.parse(s.uri), quadRange(s.range)),
        ),
    );
  }
}
