// Folding: each article folds to its first line; a block of gathered headlines folds too.
import * as vscode from 'vscode';
import type { Span } from '../../core';
import type { AnalysisStore } from '../analysis/analysisStore';

export class BulletinFoldingProvider implements vscode.FoldingRangeProvider {
  constructor(private readonly store: AnalysisStore) {}

  // Undefined (not []) for a plain-text file that is no bulletin: VS Code then keeps its
  // indentation-based folding for it.
  async provideFoldingRanges(document: vscode.TextDocument, _context: vscode.FoldingContext, token: vscode.CancellationToken): Promise<vscode.FoldingRange[] | undefined> {
    const analysis = await this.store.analysisFor(document, token);
    if (!analysis || document.isClosed) return undefined;
    const ranges: vscode.FoldingRange[] = [];
    const add = (span: Span) => {
      const start = document.positionAt(span.start).line;
      // A span ending right after a line break ends on the previous line.
      const end = document.positionAt(Math.max(span.start, span.end - 1)).line;
      if (end > start) ranges.push(new vscode.FoldingRange(start, end, vscode.FoldingRangeKind.Region));
    };
    analysis.articles.forEach(add);
    analysis.headlineBlocks.forEach(add);
    return ranges;
  }
}
