// The entity view: the active bulletin's entities by kind → entity → mentions, with counts.
// It follows the active editor: its description names the file shown, and it empties (with a
// message) when the active file is not a bulletin. Selecting a mention reveals it in the editor.
// The worker groups the entities; mentions are asked for when a group is expanded, at most
// MENTION_LIMIT of them.
import * as vscode from 'vscode';
import type { EntityViewSnapshot } from '../api';
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
  /** The tree view showing this provider (its description and message name the file shown). */
  view: vscode.TreeView<Node> | undefined;

  constructor(
    private readonly store: AnalysisStore,
    private readonly isBulletin: (document: vscode.TextDocument) => boolean,
  ) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((e) => this.follow(e?.document)),
      store.onDidChange((e) => {
        if (this.document && e.uri.toString() === this.document.uri.toString()) this.follow(this.document);
        else if (!this.document) {
          const active = vscode.window.activeTextEditor?.document;
          if (active && e.uri.toString() === active.uri.toString()) this.follow(active);
        }
      }),
    );
    this.follow(vscode.window.activeTextEditor?.document);
  }

  /** Follows the active editor again (after a change of settings that decide what a bulletin is). */
  refresh(): void {
    this.follow(vscode.window.activeTextEditor?.document);
  }

  /**
   * Shows the given document's entities; nothing for a document that is not a bulletin. A view or
   * panel taking focus (no active editor) keeps the last file.
   */
  private follow(document: vscode.TextDocument | undefined): void {
    if (!document && vscode.window.visibleTextEditors.some((e) => e.document === this.document)) return;
    const bulletin = document && this.isBulletin(document) ? document : undefined;
    this.document = bulletin;
    this.stored = bulletin && this.store.current(bulletin);
    if (bulletin && !this.stored) void this.store.analysisFor(bulletin);
    this.describe();
    this.changed.fire(undefined);
  }

  private describe(): void {
    if (!this.view) return;
    const document = this.document;
    // The title too: a container of one view shows the view's title in its header, not its description.
    this.view.title = document ? vscode.l10n.t('Entities · {0}', fileName(document.uri)) : vscode.l10n.t('Entities');
    this.view.description = document ? fileName(document.uri) : undefined;
    this.view.message = document && !this.stored ? vscode.l10n.t('Analysing {0}…', fileName(document.uri)) : undefined;
  }

  /** What the view shows now (for tests): the file, the view's texts and the kinds with their entities. */
  async snapshot(): Promise<EntityViewSnapshot> {
    const kinds = await this.getChildren();
    const items = await Promise.all(
      kinds.map(async (node) => {
        const item = this.getTreeItem(node);
        const children = (await this.getChildren(node)).map((child) => String(this.getTreeItem(child).label ?? ''));
        return { label: String(item.label ?? ''), description: String(item.description ?? ''), children };
      }),
    );
    return { uri: this.document?.uri.toString(), title: this.view?.title, description: this.view?.description, message: this.view?.message, items };
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

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}

/** Selects a span of a document in an editor and scrolls to it. */
export async function revealMention(uri: vscode.Uri, start: number, end: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, { preserveFocus: false, preview: false });
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
