// A status-bar item with the active bulletin's counts (articles, officials, persons, dates, figures);
// clicking it opens the entity view.
import * as vscode from 'vscode';
import type { AnalysisStore } from './analysis/analysisStore';
import { ANNOTATION_KINDS } from './kinds';
import { KIND_ICONS, kindLabel } from './kindLabels';

export class BulletinStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('bulletin.counts', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly store: AnalysisStore,
    private readonly isBulletin: (document: vscode.TextDocument) => boolean,
  ) {
    this.item.name = vscode.l10n.t('Bulletin annotations');
    this.item.command = 'bulletin.entities.focus';
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
    const active = !!document && this.isBulletin(document);
    void vscode.commands.executeCommand('setContext', 'bulletin.active', active);
    const analysis = active ? this.store.current(document) : undefined;
    if (!active) {
      this.item.hide();
      return;
    }
    if (!analysis) {
      this.item.text = `$(loading~spin) ${vscode.l10n.t('Bulletin')}`;
      this.item.tooltip = vscode.l10n.t('Analysing…');
      this.item.show();
      return;
    }
    const counts = new Map(ANNOTATION_KINDS.map((k) => [k, analysis.summary.counts[k]]));
    const shown = ANNOTATION_KINDS.filter((k) => k !== 'title' && k !== 'organization');
    this.item.text = [`$(book) ${analysis.summary.articles}`, ...shown.map((k) => `$(${KIND_ICONS[k]}) ${counts.get(k)}`)].join(' ');
    this.item.tooltip = [vscode.l10n.t('{0} articles', analysis.summary.articles), ...ANNOTATION_KINDS.map((k) => `${kindLabel(k)}: ${counts.get(k)}`)].join('\n');
    this.item.show();
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.item.dispose();
  }
}
