// Hovers over annotated spans: a card for the entity under the pointer.
import * as vscode from 'vscode';
import type { Analysis, Entity } from '../../core';
import type { AnalysisStore } from '../analysis/analysisStore';
import { entityAt, toRange } from '../ranges';
import { unwrap } from '../text';
import { Card, excerpt } from './card';
import { dateCard } from './dateCard';
import { figureCard } from './figureCard';
import { personCard } from './personCard';

export class BulletinHoverProvider implements vscode.HoverProvider {
  constructor(private readonly store: AnalysisStore) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const analysis = await this.store.analysisFor(document, token);
    if (!analysis || token.isCancellationRequested) return undefined;
    const entity = entityAt(analysis, document.offsetAt(position));
    if (!entity) return undefined;
    return new vscode.Hover(cardOf(analysis, entity, document.getText()), toRange(document, entity));
  }
}

export function cardOf(analysis: Analysis, entity: Entity, text: string): vscode.MarkdownString {
  switch (entity.kind) {
    case 'person':
      return personCard(analysis, entity, text);
    case 'date':
      return dateCard(entity, text);
    case 'figure':
      return figureCard(entity, text);
    case 'title': {
      const card = new Card(entity.value, vscode.l10n.t('title'));
      card.line(vscode.l10n.t('Organization'), entity.organization).line(vscode.l10n.t('Post'), entity.post);
      const holder = entity.personId ? analysis.persons.find((p) => p.id === entity.personId) : undefined;
      if (holder) card.line(vscode.l10n.t('Held by'), holder.name);
      return card.quote(excerpt(text, entity.start, entity.end)).markdown;
    }
    case 'organization':
      return new Card(unwrap(entity.name), vscode.l10n.t('organization')).quote(excerpt(text, entity.start, entity.end)).markdown;
  }
}
