// Folding: each article folds to its first line; a block of gathered headlines folds too.
import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysis/analysisStore';

export class BulletinFoldingProvider implements vscode.FoldingRangeProvider {
  constructor(private readonly store: AnalysisStore) {}

  // Undefined (not []) for a plain-text file that is no bulletin: VS Code then keeps its
  // indentation-based folding for it.
  async provideFoldingRanges(document: vscode.TextDocument, _context: vscode.FoldingContext, token: vscode.CancellationToken): Promise<vscode.FoldingRange[] | undefined> {
    const lines = await this.store.query(document, { what: 'folding' }, token);
    if (!lines || document.isClosed) return undefined;
    const ranges: vscode.FoldingRange[] = [];
    for (let i = 0; i + 1 < lines.length; i += 2) ranges.push(new vscode.FoldingRange(lines[i], lines[i + 1], vscode.FoldingRangeKind.Region));
    return ranges;
  }
}
