// Find All References on a person: every mention of that person on the page. On a title,
// organization, date or figure: every mention of the same value.
import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysis/analysisStore';
import { entityAt, toRange } from '../ranges';
import { groupEntities } from './entityGroups';
import { entityKinds } from '../kinds';

export class BulletinReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly store: AnalysisStore) {}

  async provideReferences(document: vscode.TextDocument, position: vscode.Position, _context: vscode.ReferenceContext, token: vscode.CancellationToken): Promise<vscode.Location[]> {
    const analysis = await this.store.analysisFor(document, token);
    if (!analysis) return [];
    const entity = entityAt(analysis, document.offsetAt(position));
    if (!entity) return [];
    const index = analysis.entities.indexOf(entity);
    const person = entity.kind === 'person' ? analysis.persons.find((p) => p.id === entity.id) : undefined;
    const kind = entityKinds(analysis)[index];
    const mentions = person?.mentions ?? groupEntities(analysis).get(kind)?.find((g) => g.mentions.includes(index))?.mentions ?? [index];
    return mentions.map((i) => new vscode.Location(document.uri, toRange(document, analysis.entities[i])));
  }
}
