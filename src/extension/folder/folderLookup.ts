// What the editor's person features ask the folder index: a person's mentions in the other
// bulletins (Find All References) and their posts over time (the hover). Empty when no folder is indexed.
import * as vscode from 'vscode';
import type { AnalysisWorkerClient } from '../analysis/workerClient';
import { quadRange } from '../ranges';
import type { FolderAnswers } from './folderViews';

export type FolderPersonFacts = FolderAnswers['personFacts'];

export class FolderLookup {
  constructor(private readonly client: AnalysisWorkerClient, private readonly active: () => boolean) {}

  async references(name: string, uri: vscode.Uri): Promise<vscode.Location[]> {
    if (!this.active()) return [];
    const found = await this.client.folder({ what: 'references', name, uri: uri.toString() }).catch(() => []);
    return found.map((r) => new vscode.Location(vscode.Uri.parse(r.uri), quadRange(r.range)));
  }

  async personFacts(name: string, uri: vscode.Uri): Promise<FolderPersonFacts> {
    if (!this.active()) return [];
    return this.client.folder({ what: 'personFacts', name, uri: uri.toString() }).catch(() => []);
  }
}
