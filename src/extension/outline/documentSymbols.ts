// The outline: one symbol per article, named by its headline, with its persons, dates and figures;
// when the file holds several pages (issues), one symbol per page above its articles.
// The worker builds the tree with positions; the host only turns it into DocumentSymbols, a slice
// at a time so that a bulletin of thousands of articles never holds the event loop for long.
import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysis/analysisStore';
import { formatFigure } from '../hover/figureFormat';
import type { Outline, OutlineNode, Quad } from '../views/viewTypes';
import { timed } from '../hostTimings';

/** Time spent turning articles into symbols per turn of the event loop. */
const SLICE_MS = 8;

/** One icon per kind: a page, an article (text), a person, a date (event), a figure (number). */
const SYMBOL_KINDS: Record<OutlineNode['symbol'], vscode.SymbolKind> = {
  page: vscode.SymbolKind.File,
  section: vscode.SymbolKind.Namespace,
  article: vscode.SymbolKind.String,
  person: vscode.SymbolKind.Field,
  date: vscode.SymbolKind.Event,
  figure: vscode.SymbolKind.Number,
};

export class BulletinSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly store: AnalysisStore) {}

  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[] | undefined> {
    const outline = await this.store.query(document, { what: 'outline' }, token);
    if (!outline || document.isClosed) return undefined;
    const symbols: vscode.DocumentSymbol[] = [];
    let next = 0;
    while (next < outline.articles.length) {
      if (next > 0) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (token.isCancellationRequested) return undefined;
      }
      // A turn of the event loop builds symbols for at most SLICE_MS, whatever the articles hold.
      timed('outline symbols built', () => {
        const until = performance.now() + SLICE_MS;
        do symbols.push(toSymbol(outline.articles[next++]));
        while (next < outline.articles.length && performance.now() < until);
      });
    }
    const sections = outline.sections ?? [];
    if (!outline.pages) return underSections(symbols, sections, 0, symbols.length);
    // Several pages: each page's columns and articles under it.
    return outline.pages.map(({ node, articles: [first, end] }) => {
      const page = toSymbol(node);
      page.children = underSections(symbols, sections, first, end);
      return page;
    });
  }
}

/** The symbols of articles [from, to), those under a column heading as the heading's children. */
function underSections(articles: vscode.DocumentSymbol[], sections: NonNullable<Outline['sections']>, from: number, to: number): vscode.DocumentSymbol[] {
  const out: vscode.DocumentSymbol[] = [];
  let at = from;
  for (const { node, articles: [first, end] } of sections) {
    if (end <= from || first >= to) continue;
    out.push(...articles.slice(at, first));
    const section = toSymbol(node);
    section.children = articles.slice(first, end);
    out.push(section);
    at = end;
  }
  out.push(...articles.slice(at, to));
  return out;
}

function toSymbol(node: OutlineNode): vscode.DocumentSymbol {
  const name = node.name || (node.symbol === 'article' ? vscode.l10n.t('Article {0}', node.index + 1) : node.symbol === 'page' ? vscode.l10n.t('Page {0}', node.index + 1) : '…');
  const detail = node.figure ? formatFigure(node.figure) : node.identifier ? vscode.l10n.t('telephone number') : node.detail;
  const symbol = new vscode.DocumentSymbol(name, detail, SYMBOL_KINDS[node.symbol], range(node.range), range(node.selection));
  if (node.children) symbol.children = node.children.map(toSymbol);
  return symbol;
}

function range(q: Quad): vscode.Range {
  return new vscode.Range(q[0], q[1], q[2], q[3]);
}
