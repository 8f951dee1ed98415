// The entity view: the active bulletin's entities by kind → entity → mentions, with counts.
// Selecting a mention reveals it in the editor.
import * as vscode from 'vscode';
import type { Analysis } from '../../core';
import type { AnalysisStore } from '../analysis/analysisStore';
import { excerpt } from '../hover/card';
import { ANNOTATION_KINDS, type AnnotationKind } from '../kinds';
import { KIND_ICONS, kindLabel } from '../kindLabels';
import { groupEntities, type EntityGroup } from './entityGroups';

type Node =
  | { type: 'kind'; kind: AnnotationKind; groups: EntityGroup[] }
  | { type: 'group'; group: EntityGroup }
  | { type: 'mention'; index: number };

export class EntityTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private document: vscode.TextDocument | undefined;
  private analysis: Analysis | undefined;
  /** The document text the analysis is of (read once, not per tree item). */
  private text = '';
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly store: AnalysisStore,
    private readonly isBulletin: (document: vscode.TextDocument) => boolean,
  ) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((e) => this.follow(e?.document)),
      store.onDidChange((e) => {
        if (this.document && e.uri.toString() === this.document.uri.toString()) this.follow(this.document);
      }),
    );
    this.follow(vscode.window.activeTextEditor?.document);
  }

  /** Shows the given document's entities (keeps the last bulletin when focus leaves for a non-bulletin). */
  private follow(document: vscode.TextDocument | undefined): void {
    if (!document || !this.isBulletin(document)) return;
    this.document = document;
    this.analysis = this.store.current(document);
    if (this.analysis) this.text = document.getText();
    else void this.store.analysisFor(document);
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    const analysis = this.analysis;
    if (!analysis) return [];
    if (!node) {
      const groups = groupEntities(analysis);
      return ANNOTATION_KINDS.filter((k) => groups.get(k)!.length > 0).map((kind) => ({ type: 'kind', kind, groups: groups.get(kind)! }));
    }
    if (node.type === 'kind') return node.groups.map((group) => ({ type: 'group', group }));
    if (node.type === 'group') return node.group.mentions.map((index) => ({ type: 'mention', index }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    if (node.type === 'kind') {
      const count = node.groups.reduce((n, g) => n + g.mentions.length, 0);
      const item = new vscode.TreeItem(kindLabel(node.kind), node.kind === 'official' ? vscode.TreeItemCollapsibleState.Expanded : collapsed);
      item.description = vscode.l10n.t('{0} entities, {1} mentions', node.groups.length, count);
      item.iconPath = new vscode.ThemeIcon(KIND_ICONS[node.kind], new vscode.ThemeColor(`bulletin.${node.kind}Foreground`));
      return item;
    }
    if (node.type === 'group') {
      const item = new vscode.TreeItem(node.group.label, collapsed);
      item.description = String(node.group.mentions.length);
      const first = this.analysis?.entities[node.group.mentions[0]];
      if (first?.kind === 'person') {
        const person = this.analysis?.persons.find((p) => p.id === first.id);
        if (person?.titles.length) item.tooltip = person.titles.join('\n');
      }
      return item;
    }
    const entity = this.analysis!.entities[node.index];
    const document = this.document!;
    const item = new vscode.TreeItem(excerpt(this.text, entity.start, entity.end, 10), vscode.TreeItemCollapsibleState.None);
    item.description = vscode.l10n.t('line {0}', document.positionAt(entity.start).line + 1);
    item.command = {
      command: 'bulletin.revealMention',
      title: vscode.l10n.t('Reveal'),
      arguments: [document.uri, entity.start, entity.end],
    };
    return item;
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.changed.dispose();
  }
}

/** Selects a span of a document in an editor and scrolls to it. */
export async function revealMention(uri: vscode.Uri, start: number, end: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, { preserveFocus: false, preview: false });
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
