// The outline: one symbol per article, named by its headline, with its persons, dates and figures.
// The worker builds the tree with positions; the host only turns it into DocumentSymbols, a slice
// at a time so that a bulletin of thousands of articles never holds the event loop for long.
import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysis/analysisStore';
import { formatFigure } from '../hover/figureFormat';
import type { OutlineNode, Quad } from '../views/viewTypes';
import { yieldEvery } from '../yielding';

const SYMBOL_KINDS: Record<OutlineNode['symbol'], vscode.SymbolKind> = {
  article: vscode.SymbolKind.Module,
  person: vscode.SymbolKind.Object,
  date: vscode.SymbolKind.Event,
  figure: vscode.SymbolKind.Number,
};

export class BulletinSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly store: AnalysisStore) {}

  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[] | undefined> {
    const outline = await this.store.query(document, { what: 'outline' }, token);
    if (!outline || document.isClosed) return undefined;
    const pause = yieldEvery(2000);
    const symbols: vscode.DocumentSymbol[] = [];
    for (const node of outline.articles) {
      symbols.push(toSymbol(node));
      if (await pause()) if (token.isCancellationRequested) return undefined;
    }
    return symbols;
  }
}

function toSymbol(node: OutlineNode): vscode.DocumentSymbol {
  const name = node.name || (node.symbol === 'article' ? vscode.l10n.t('Article {0}', node.index + 1) : '…');
  const detail = node.figure ? formatFigure(node.figure) : node.detail;
  const symbol = new vscode.DocumentSymbol(name, detail, SYMBOL_KINDS[node.symbol], range(node.range), range(node.selection));
  if (node.children) symbol.children = node.children.map(toSymbol);
  return symbol;
}

function range(q: Quad): vscode.Range {
  return new vscode.Range(q[0], q[1], q[2], q[3]);
}
