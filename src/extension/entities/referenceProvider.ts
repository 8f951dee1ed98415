// Find All References on a person: every mention of that person on the page, then in the other
// bulletins of the folder (from its index). On a title, organization, date or figure: every mention
// of the same value on the page.
import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysis/analysisStore';
import type { FolderLookup } from '../folder/folderLookup';
import { quadRange } from '../ranges';

export class BulletinReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly store: AnalysisStore, private readonly folder?: FolderLookup) {}

  async provideReferences(document: vscode.TextDocument, position: vscode.Position, _context: vscode.ReferenceContext, token: vscode.CancellationToken): Promise<vscode.Location[]> {
    const quads = await this.store.query(document, { what: 'references', offset: document.offsetAt(position) }, token);
    if (!quads) return [];
    const locations: vscode.Location[] = [];
    for (let i = 0; i + 3 < quads.length; i += 4) locations.push(new vscode.Location(document.uri, quadRange(quads, i)));
    const person = this.folder && (await this.store.query(document, { what: 'personAt', offset: document.offsetAt(position) }, token));
    if (person && !token.isCancellationRequested) locations.push(...(await this.folder!.references(person.name, document.uri)));
    return locations;
  }
}
