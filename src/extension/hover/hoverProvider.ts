// Hovers over annotated spans: a card for the entity under the pointer, from the facts the worker
// gathers for that offset (the host holds no analysis to search).
import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysis/analysisStore';
import type { FolderLookup, FolderPersonFacts } from '../folder/folderLookup';
import { quadRange } from '../ranges';
import { unwrap } from '../../core/plainText';
import type { HoverFacts } from '../views/viewTypes';
import { Card } from './card';
import { dateCard } from './dateCard';
import { figureCard } from './figureCard';
import { personCard } from './personCard';

export class BulletinHoverProvider implements vscode.HoverProvider {
  constructor(private readonly store: AnalysisStore, private readonly folder?: FolderLookup) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const facts = await this.store.query(document, { what: 'hover', offset: document.offsetAt(position) }, token);
    if (!facts || token.isCancellationRequested) return undefined;
    // The person's posts across the folder's bulletins, when a folder is indexed.
    const folder = facts.entity.kind === 'person' && this.folder ? await this.folder.personFacts(facts.entity.name, document.uri) : undefined;
    if (token.isCancellationRequested) return undefined;
    return new vscode.Hover(cardOf(facts, folder), quadRange(facts.range));
  }
}

export function cardOf(facts: HoverFacts, folder?: FolderPersonFacts): vscode.MarkdownString {
  const entity = facts.entity;
  switch (entity.kind) {
    case 'person':
      return personCard(entity, facts, folder);
    case 'date':
      return dateCard(entity, facts.excerpt);
    case 'figure':
      return figureCard(entity, facts.excerpt);
    case 'title': {
      const card = new Card(entity.value, vscode.l10n.t('title'));
      if (entity.resolved) card.line(vscode.l10n.t('In full'), entity.resolved);
      card.line(vscode.l10n.t('Organization'), entity.resolvedOrganization ?? entity.organization).line(vscode.l10n.t('Post'), entity.post);
      if (facts.holder) card.line(vscode.l10n.t('Held by'), facts.holder);
      return card.quote(facts.excerpt).markdown;
    }
    case 'organization':
      return new Card(unwrap(entity.name), vscode.l10n.t('organization')).quote(facts.excerpt).markdown;
  }
}
