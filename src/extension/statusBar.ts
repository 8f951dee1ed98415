// A status-bar item with the active bulletin's counts, each with a short label ("5 articles ·
// 7 officials · 12 dates · 20 figures"), or why the file is not analysed (binary data); clicking it
// opens the entity view.
import * as vscode from 'vscode';
import type { AnalysisStore } from './analysis/analysisStore';
import type { BulletinDocuments } from './bulletinDocuments';
import { ANNOTATION_KINDS, type AnnotationKind } from './kinds';
import { kindLabel } from './kindLabels';
import { NOT_UTF8 } from '../core/newsDetection';

export class BulletinStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('bulletin.counts', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly store: AnalysisStore,
    private readonly documents: BulletinDocuments,
  ) {
    this.item.name = vscode.l10n.t('Bulletin annotations');
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      store.onDidChange((e) => {
        if (e.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
    );
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const active = !!document && this.documents.isBulletin(document);
    void vscode.commands.executeCommand('setContext', 'bulletin.active', active);
    const refused = document && this.documents.refusal(document);
    if (refused) {
      this.item.text = `$(warning) ${vscode.l10n.t('Not analysed')}`;
      // A file in another encoding: the click opens VS Code's own Reopen with Encoding.
      const encoding = refused === NOT_UTF8;
      this.item.tooltip = encoding ? vscode.l10n.t('This file is not analysed: {0}. Click to reopen it with its encoding.', refused) : vscode.l10n.t('This file is not analysed: {0}.', refused);
      this.item.command = encoding ? 'workbench.action.editor.changeEncoding' : undefined;
      this.item.show();
      return;
    }
    if (!active) {
      this.item.hide();
      return;
    }
    this.item.command = 'bulletin.entities.focus';
    const analysis = this.store.current(document);
    if (!analysis) {
      this.item.text = `$(loading~spin) ${vscode.l10n.t('Bulletin')}`;
      this.item.tooltip = vscode.l10n.t('Analysing…');
      this.item.show();
      return;
    }
    const { counts, persons } = analysis.summary;
    // Persons counted as people (as the entity view lists them), dates and figures as mentions.
    this.item.text = [
      `$(book) ${vscode.l10n.t('{0} articles', analysis.summary.articles)}`,
      countLabel('official', persons.official),
      countLabel('person', persons.other),
      countLabel('date', counts.date),
      countLabel('figure', counts.figure),
    ].join(' · ');
    this.item.tooltip = [
      vscode.l10n.t('{0} articles', analysis.summary.articles),
      ...ANNOTATION_KINDS.map((k) => vscode.l10n.t('{0}: {1} mentions', kindLabel(k), counts[k])),
    ].join('\n');
    this.item.show();
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.item.dispose();
  }
}

/** "7 officials", short enough for the status bar. */
function countLabel(kind: AnnotationKind, count: number): string {
  switch (kind) {
    case 'official':
      return vscode.l10n.t('{0} officials', count);
    case 'person':
      return vscode.l10n.t('{0} other persons', count);
    case 'date':
      return vscode.l10n.t('{0} dates', count);
    case 'figure':
      return vscode.l10n.t('{0} figures', count);
    case 'title':
      return vscode.l10n.t('{0} titles', count);
    case 'organization':
      return vscode.l10n.t('{0} organizations', count);
  }
}
