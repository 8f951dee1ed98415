// The "Who's who" view: the folder's persons (filterable, by appearances), then their posts with
// the first and last dates seen, then the bulletins giving each post, then the mentions there.
// Selecting a bulletin or a mention opens it there.
import * as vscode from 'vscode';
import type { Quad } from '../../core/whoswho';
import type { AnalysisWorkerClient } from '../analysis/workerClient';
import { roleLabel } from '../hover/personCard';
import { quadRange } from '../ranges';
import type { FolderIndexer } from './folderIndexer';
import type { PersonSummary, PostView } from './folderViews';
import { PERSON_LIST_LIMIT } from './folderViews';
import { dateSpan } from './dateSpan';

export type WhoNode =
  | { type: 'person'; person: PersonSummary }
  | { type: 'post'; person: string; post: PostView }
  | { type: 'document'; document: PostView['documents'][number] }
  | { type: 'mention'; uri: string; range: Quad }
  | { type: 'more'; count: number };

export class WhosWhoTreeProvider implements vscode.TreeDataProvider<WhoNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<WhoNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  filter = '';

  constructor(private readonly client: AnalysisWorkerClient, private readonly indexer: FolderIndexer) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  async getChildren(element?: WhoNode): Promise<WhoNode[]> {
    try {
      if (!element) {
        if (!this.indexer.active) return [];
        await this.indexer.ready();
        const { total, persons } = await this.client.folder({ what: 'persons', filter: this.filter, limit: PERSON_LIST_LIMIT });
        const nodes: WhoNode[] = persons.map((person) => ({ type: 'person', person }));
        if (total > persons.length) nodes.push({ type: 'more', count: total - persons.length });
        return nodes;
      }
      switch (element.type) {
        case 'person': {
          const posts = (await this.client.folder({ what: 'person', key: element.person.key })) ?? [];
          return posts.map((post) => ({ type: 'post', person: element.person.key, post }));
        }
        case 'post':
          return element.post.documents.map((document) => ({ type: 'document', document }));
        case 'document':
          return element.document.mentions.map((range) => ({ type: 'mention', uri: element.document.uri, range }));
        default:
          return [];
      }
    } catch {
      // The worker restarted meanwhile: the index is read again and the view refreshed.
      return [];
    }
  }

  getTreeItem(node: WhoNode): vscode.TreeItem {
    const Collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    switch (node.type) {
      case 'person': {
        const p = node.person;
        const item = new vscode.TreeItem(p.name, Collapsed);
        item.id = `person:${p.key}`;
        const parts = [roleLabel(p.role), mentionsIn(p.mentions, p.documents), dateSpan(p.firstSeen, p.lastSeen)];
        if (p.possiblySame.length) parts.push(vscode.l10n.t('possibly the same as {0}', p.possiblySame.join(', ')));
        item.description = parts.join(' · ');
        item.tooltip = item.description;
        item.iconPath = new vscode.ThemeIcon('person');
        item.contextValue = 'bulletinWhoPerson';
        return item;
      }
      case 'post': {
        const item = new vscode.TreeItem(node.post.title || vscode.l10n.t('(no post)'), Collapsed);
        item.id = `post:${node.person}:${node.post.title}`;
        item.description = `${dateSpan(node.post.firstSeen, node.post.lastSeen)} · ${node.post.documents.length === 1 ? vscode.l10n.t('1 bulletin') : vscode.l10n.t('{0} bulletins', node.post.documents.length)}`;
        // What notices did to the post (任命…, 免去…).
        if (node.post.appointed) item.description += ` · ${vscode.l10n.t('appointed {0}', node.post.appointed)}`;
        if (node.post.removed) item.description += ` · ${vscode.l10n.t('removed {0}', node.post.removed)}`;
        item.iconPath = new vscode.ThemeIcon('briefcase');
        return item;
      }
      case 'document': {
        const d = node.document;
        const item = new vscode.TreeItem(d.path, Collapsed);
        item.description = `${dateSpan(d.firstSeen, d.lastSeen)} · ${vscode.l10n.t('{0} mentions', d.mentions.length)}`;
        item.resourceUri = vscode.Uri.parse(d.uri);
        item.iconPath = vscode.ThemeIcon.File;
        if (d.mentions[0]) item.command = openCommand(d.uri, d.mentions[0]);
        return item;
      }
      case 'mention': {
        const item = new vscode.TreeItem(vscode.l10n.t('line {0}', node.range[0] + 1), vscode.TreeItemCollapsibleState.None);
        item.command = openCommand(node.uri, node.range);
        item.iconPath = new vscode.ThemeIcon('location');
        return item;
      }
      case 'more':
        return new vscode.TreeItem(vscode.l10n.t('{0} more; filter to find them', node.count), vscode.TreeItemCollapsibleState.None);
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function openCommand(uri: string, range: Quad): vscode.Command {
  return { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [vscode.Uri.parse(uri), { selection: quadRange(range), preview: true }] };
}

/** "3 mentions in 2 bulletins", in the singular where a count is one. */
function mentionsIn(mentions: number, documents: number): string {
  if (documents === 1) return mentions === 1 ? vscode.l10n.t('1 mention in 1 bulletin') : vscode.l10n.t('{0} mentions in 1 bulletin', mentions);
  return vscode.l10n.t('{0} mentions in {1} bulletins', mentions, documents);
}
