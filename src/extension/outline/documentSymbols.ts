// The outline: one symbol per article, named by its headline, with its persons, dates and figures.
import * as vscode from 'vscode';
import type { Analysis, Entity, PersonMention } from '../../core';
import type { AnalysisStore } from '../analysis/analysisStore';
import { toRange } from '../ranges';
import { unwrap } from '../text';
import { articleDetail, articleName } from './articleLabels';
import { formatFigure } from '../hover/figureFormat';

export class BulletinSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly store: AnalysisStore) {}

  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[] | undefined> {
    const analysis = await this.store.analysisFor(document, token);
    if (!analysis || document.isClosed) return undefined;
    return articleSymbols(document, analysis);
  }
}

export function articleSymbols(document: vscode.TextDocument, analysis: Analysis): vscode.DocumentSymbol[] {
  const byArticle = analysis.articles.map((): Entity[] => []);
  for (const e of analysis.entities) if (e.article >= 0 && e.article < byArticle.length) byArticle[e.article].push(e);
  return analysis.articles.map((article, index) => {
    const range = toRange(document, article);
    const headline = article.headline;
    const headlineInside = headline && headline.start >= article.start && headline.end <= article.end;
    const selection = headlineInside ? toRange(document, headline) : document.lineAt(range.start.line).range.intersection(range) ?? range;
    const symbol = new vscode.DocumentSymbol(articleName(article, index), articleDetail(article), vscode.SymbolKind.Module, range, selection);
    symbol.children = childSymbols(document, analysis, byArticle[index]);
    return symbol;
  });
}

function childSymbols(document: vscode.TextDocument, analysis: Analysis, entities: Entity[]): vscode.DocumentSymbol[] {
  const children: vscode.DocumentSymbol[] = [];
  const seenPersons = new Set<string>();
  for (const e of entities) {
    const range = toRange(document, e);
    if (e.kind === 'person') {
      // One child per person per article, at their first mention in it.
      if (seenPersons.has(e.id)) continue;
      seenPersons.add(e.id);
      children.push(new vscode.DocumentSymbol(e.name, personDetail(analysis, e), vscode.SymbolKind.Object, range, range));
    } else if (e.kind === 'date') {
      children.push(new vscode.DocumentSymbol(unwrap(e.text), e.value, vscode.SymbolKind.Event, range, range));
    } else if (e.kind === 'figure') {
      children.push(new vscode.DocumentSymbol(unwrap(e.text), formatFigure(e), vscode.SymbolKind.Number, range, range));
    }
  }
  return children;
}

function personDetail(analysis: Analysis, mention: PersonMention): string {
  const person = analysis.persons.find((p) => p.id === mention.id);
  return (person?.titles ?? []).join('、');
}
