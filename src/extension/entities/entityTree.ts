// The entity view: the active bulletin's entities by kind → entity → mentions, with counts.
// Selecting a mention reveals it in the editor. The worker groups the entities; mentions are asked
// for when a group is expanded, at most MENTION_LIMIT of them.
import * as vscode from 'vscode';
import type { AnalysisStore, StoredAnalysis } from '../analysis/analysisStore';
import { type AnnotationKind } from '../kinds';
import { KIND_ICONS, kindLabel } from '../kindLabels';
import type { GroupView, MentionView } from '../views/viewTypes';

const MENTION_LIMIT = 500;

type Node =
  | { type: 'kind'; kind: AnnotationKind; groups: GroupView[] }
  | { type: 'group'; kind: AnnotationKind; group: GroupView }
  | { type: 'mention'; mention: MentionView }
  | { type: 'more'; count: number };

export class EntityTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private document: vscode.TextDocument | undefined;
  private stored: StoredAnalysis | undefined;
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
    this.stored = this.store.current(document);
    if (!this.stored) void this.store.analysisFor(document);
    this.changed.fire(undefined);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    const stored = this.stored;
    if (!stored) return [];
    if (!node) {
      const kinds = (await this.store.queryStored(stored, { what: 'groups' })) ?? [];
      return kinds.map(({ kind, groups }) => ({ type: 'kind', kind, groups }));
    }
    if (node.type === 'kind') return node.groups.map((group) => ({ type: 'group', kind: node.kind, group }));
    if (node.type === 'group') {
      const answer = await this.store.queryStored(stored, { what: 'mentions', kind: node.kind, key: node.group.key, limit: MENTION_LIMIT });
      if (!answer) return [];
      const nodes: Node[] = answer.items.map((mention) => ({ type: 'mention', mention }));
      if (answer.total > answer.items.length) nodes.push({ type: 'more', count: answer.total - answer.items.length });
      return nodes;
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    if (node.type === 'kind') {
      const count = node.groups.reduce((n, g) => n + g.count, 0);
      const item = new vscode.TreeItem(kindLabel(node.kind), node.kind === 'official' ? vscode.TreeItemCollapsibleState.Expanded : collapsed);
      item.description = vscode.l10n.t('{0} entities, {1} mentions', node.groups.length, count);
      item.iconPath = new vscode.ThemeIcon(KIND_ICONS[node.kind], new vscode.ThemeColor(`bulletin.${node.kind}Foreground`));
      return item;
    }
    if (node.type === 'group') {
      const item = new vscode.TreeItem(node.group.label, collapsed);
      item.description = String(node.group.count);
      if (node.group.titles?.length) item.tooltip = node.group.titles.join('\n');
      return item;
    }
    if (node.type === 'more') return new vscode.TreeItem(vscode.l10n.t('… {0} more', node.count), vscode.TreeItemCollapsibleState.None);
    const mention = node.mention;
    const item = new vscode.TreeItem(mention.excerpt, vscode.TreeItemCollapsibleState.None);
    item.description = vscode.l10n.t('line {0}', mention.line + 1);
    item.command = {
      command: 'bulletin.revealMention',
      title: vscode.l10n.t('Reveal'),
      arguments: [this.document?.uri, mention.start, mention.end],
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
