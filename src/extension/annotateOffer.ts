// A plain-text file of Chinese prose that does not read as news is not annotated, but the extension
// offers once (per file, remembered in the workspace) to annotate it, or every plain-text file of its
// folder. The command "Annotate This File as a Bulletin" does the same for any open text file.
import * as vscode from 'vscode';
import type { BulletinDocuments } from './bulletinDocuments';

const OFFERED_KEY = 'bulletin.offeredFiles';
/** Files remembered as offered; the oldest are forgotten beyond this. */
const OFFERED_LIMIT = 500;

export class AnnotateOffer implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly documents: BulletinDocuments,
    private readonly state: vscode.Memento,
  ) {
    this.subscriptions.push(vscode.window.onDidChangeActiveTextEditor((e) => e && void this.consider(e.document)));
    const active = vscode.window.activeTextEditor;
    if (active) void this.consider(active.document);
  }

  private async consider(document: vscode.TextDocument): Promise<void> {
    if (!this.documents.mayOffer(document)) return;
    const key = document.uri.toString();
    const offered = this.state.get<string[]>(OFFERED_KEY, []);
    if (offered.includes(key)) return;
    await this.state.update(OFFERED_KEY, [...offered, key].slice(-OFFERED_LIMIT));
    const annotate = vscode.l10n.t('Annotate');
    const always = vscode.l10n.t('Always for this folder');
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('{0} is Chinese text but does not read as a news bulletin. Annotate it?', vscode.workspace.asRelativePath(document.uri)),
      ...(folder ? [annotate, always] : [annotate]),
    );
    if (choice === annotate) await annotateDocument(this.documents, document.uri);
    else if (choice === always && folder) {
      await vscode.workspace.getConfiguration('bulletin', folder.uri).update('annotateAllPlainText', true, vscode.ConfigurationTarget.WorkspaceFolder);
    }
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
  }
}

/** Annotates an open text file (the active one when no uri is given) by giving it the bulletin language. */
export async function annotateDocument(documents: BulletinDocuments, uri?: unknown): Promise<boolean> {
  const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a text file to annotate it.'));
    return false;
  }
  const bulletin = document.languageId === 'bulletin' ? document : await vscode.languages.setTextDocumentLanguage(document, 'bulletin');
  const refused = documents.refusal(bulletin);
  if (refused) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} is not analysed: {1}.', vscode.workspace.asRelativePath(bulletin.uri), refused));
    return false;
  }
  return true;
}
