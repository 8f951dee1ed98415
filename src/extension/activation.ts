// Wires the extension together, in either extension host: settings, the analysis worker and store,
// decorations, outline, hovers, references, the entity view, the status bar and commands; the
// workspace folder's index (who's who view, symbols and references across bulletins).
// Activation only registers things; the engine runs in a worker started by the first analysis.
// What differs between Node and the browser comes in as a Platform (extension.ts, webExtension.ts).
import * as vscode from 'vscode';
import type { BulletinApi, BulletinTesting, TreeSnapshot } from './api';
import { AnalysisStore } from './analysis/analysisStore';
import { AnalysisWorkerClient } from './analysis/workerClient';
import type { StartWorker } from './analysis/workerPort';
import { AnnotateOffer, annotateDocument } from './annotateOffer';
import { BULLETIN_SELECTOR, BulletinDocuments } from './bulletinDocuments';
import { affectsBulletin, readConfig, type BulletinConfig } from './config';
import { CorrectionCodeActions } from './corrections/codeActions';
import { correct, undoCorrection } from './corrections/correctCommand';
import { CorrectionsManager } from './corrections/correctionsManager';
import { createDecorationTypes } from './decorations/decorationTypes';
import { Decorator } from './decorations/decorator';
import { EntityTreeProvider, revealMention } from './entities/entityTree';
import { BulletinReferenceProvider } from './entities/referenceProvider';
import { exportAnnotations, prompts, type ExportOptions } from './export/exportCommand';
import { exportWhosWho } from './folder/exportWhosWho';
import { FolderIndexer } from './folder/folderIndexer';
import { FolderLookup } from './folder/folderLookup';
import { WhosWhoTreeProvider } from './folder/whosWhoTree';
import { FolderSymbolProvider } from './folder/workspaceSymbols';
import { BulletinHoverProvider } from './hover/hoverProvider';
import { ImportedLayers } from './layers/importedLayers';
import { compareLayer, importLayer } from './layers/layerCommands';
import { ExtensionLog } from './log';
import { hostTimings } from './hostTimings';
import { goToArticle } from './outline/articleNavigation';
import { BulletinSymbolProvider } from './outline/documentSymbols';
import { BulletinFoldingProvider } from './outline/foldingRanges';
import { BulletinStatusBar } from './statusBar';
import { toggleKind } from './toggleKind';
import type { Log } from './log';
import type { UserDictionary } from './userDictionary';

export interface Platform {
  /** How the analysis worker is started (given the extension's log). */
  worker(log: Log): StartWorker;
  /** Reads the file the `bulletin.userDictionary` setting names, where files can be read. */
  loadUserDictionary(setting: string, log: Log): Promise<UserDictionary | undefined>;
}

/** How long after activation the folder's index starts. */
const FOLDER_INDEX_DELAY_MS = 1500;

/** The tree's items to `depth` levels: labels and descriptions (for the tests). */
async function treeSnapshot<T>(tree: vscode.TreeDataProvider<T>, element: T | undefined, depth: number): Promise<TreeSnapshot[]> {
  const children = (await tree.getChildren(element)) ?? [];
  return Promise.all(
    children.map(async (child) => {
      const item = await tree.getTreeItem(child);
      const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
      const node: TreeSnapshot = { label, description: typeof item.description === 'string' ? item.description : '' };
      if (depth > 1 && item.collapsibleState !== vscode.TreeItemCollapsibleState.None) node.children = await treeSnapshot(tree, child, depth - 1);
      return node;
    }),
  );
}

export function activateBulletin(context: vscode.ExtensionContext, platform: Platform): BulletinApi {
  const activationStarted = performance.now();
  const own = <T extends vscode.Disposable>(d: T): T => {
    context.subscriptions.push(d);
    return d;
  };
  const log = own(new ExtensionLog());
  let config: BulletinConfig = readConfig();
  const documents = new BulletinDocuments(() => config.detectInPlainText);
  const isBulletin = (d: vscode.TextDocument) => documents.isBulletin(d);

  const client = own(new AnalysisWorkerClient(platform.worker(log), log, () => config.analysisTimeoutSeconds * 1000));
  const store = own(new AnalysisStore(client, isBulletin, log));
  const decorator = own(new Decorator(store, own(createDecorationTypes(context.extensionUri)), () => config, isBulletin));
  client.onPreview = (uri, version, slice) => decorator.preview(uri, version, slice);

  // The folder's index starts a moment after activation, so the documents on screen go first.
  const indexer = own(
    new FolderIndexer(client, log, context.storageUri, () => ({ enabled: config.folderIndex, maxBytes: config.folderIndexMaxFileKB * 1024, plainText: config.detectInPlainText })),
  );

  // Engine options: the reference year now, the user dictionary once read (trusted workspaces only).
  const engineOptions = () => ({ referenceYear: config.referenceYear, relativeDates: config.showRelativeDates });
  client.configure(engineOptions());
  let dictionaryRead = JSON.stringify(null);
  const configureOnce = async () => {
    const userDictionary = await platform.loadUserDictionary(config.userDictionary, log);
    client.configure({ ...engineOptions(), userDictionary });
    store.invalidate();
    // The folder's digests were made with the dictionary before: its bulletins are read anew.
    const read = JSON.stringify(userDictionary ?? null);
    const changed = read !== dictionaryRead;
    dictionaryRead = read;
    if (changed && indexer.hasStarted) await indexer.reopen();
  };
  // One configuration at a time, in the order asked, so the last dictionary read is the engine's.
  let configuring: Promise<void> = Promise.resolve();
  const configureEngine = (): Promise<void> => {
    const next = configuring.then(configureOnce).catch((error) => log.warn(`Configuring the engine: ${error instanceof Error ? error.message : String(error)}`));
    configuring = next;
    return next;
  };
  if (config.userDictionary) void configureEngine();
  // The folder's index waits for the configuration under way: its stored digests were made with a dictionary.
  const startIndex = () => configuring.then(() => indexer.start());
  const folder = new FolderLookup(client, () => indexer.active);
  const indexLater = setTimeout(() => void startIndex(), FOLDER_INDEX_DELAY_MS);
  own({ dispose: () => clearTimeout(indexLater) });

  own(vscode.languages.registerDocumentSymbolProvider(BULLETIN_SELECTOR, new BulletinSymbolProvider(store), { label: 'Bulletin' }));
  own(vscode.languages.registerFoldingRangeProvider(BULLETIN_SELECTOR, new BulletinFoldingProvider(store)));
  own(vscode.languages.registerHoverProvider(BULLETIN_SELECTOR, new BulletinHoverProvider(store, folder)));
  own(vscode.languages.registerReferenceProvider(BULLETIN_SELECTOR, new BulletinReferenceProvider(store, folder)));

  const tree = own(new EntityTreeProvider(store, isBulletin));
  tree.view = own(vscode.window.createTreeView('bulletin.entities', { treeDataProvider: tree, showCollapseAll: true }));
  tree.refresh();
  const statusBar = own(new BulletinStatusBar(store, documents));
  own(new AnnotateOffer(documents, context.workspaceState));
  own(vscode.languages.registerWorkspaceSymbolProvider(new FolderSymbolProvider(client, () => indexer.active)));
  const whoTree = own(new WhosWhoTreeProvider(client, indexer));
  const whoView = own(vscode.window.createTreeView('bulletin.whoswho', { treeDataProvider: whoTree, showCollapseAll: true }));
  own(indexer.onDidChange(() => whoTree.refresh()));
  own(vscode.commands.registerCommand('bulletin.exportWhosWho', (target?: unknown, format?: unknown) => exportWhosWho(client, indexer, target, format)));
  own(vscode.commands.registerCommand('bulletin.clearFolderIndex', () => indexer.clear()));
  own(vscode.commands.registerCommand('bulletin.stopIndexing', () => indexer.stop()));
  own(
    vscode.commands.registerCommand('bulletin.filterWhosWho', async (filter?: unknown) => {
      const value = typeof filter === 'string' ? filter : await vscode.window.showInputBox({ prompt: vscode.l10n.t('Show persons whose name or post holds'), value: whoTree.filter });
      if (value === undefined) return;
      whoTree.filter = value.trim();
      whoView.message = whoTree.filter ? vscode.l10n.t('Filtered: {0}', whoTree.filter) : undefined;
      whoTree.refresh();
    }),
  );
  own(vscode.workspace.onDidChangeWorkspaceFolders(() => void startIndex()));

  own(vscode.commands.registerCommand('bulletin.toggleKind', toggleKind));
  own(vscode.commands.registerCommand('bulletin.nextArticle', () => goToArticle(store, 1)));
  own(vscode.commands.registerCommand('bulletin.previousArticle', () => goToArticle(store, -1)));
  own(vscode.commands.registerCommand('bulletin.exportAnnotations', (uri?: unknown, options?: ExportOptions) => exportAnnotations(store, uri, options)));
  own(vscode.commands.registerCommand('bulletin.revealMention', revealMention));
  own(vscode.commands.registerCommand('bulletin.showOutput', () => log.show()));
  own(vscode.commands.registerCommand('bulletin.annotateDocument', (uri?: unknown) => annotateDocument(documents, uri)));

  // Corrections (issue 11): read beside each bulletin when it opens, applied by the worker.
  let trustForTests: boolean | undefined;
  const corrections = own(new CorrectionsManager(client, store, log, () => trustForTests ?? vscode.workspace.isTrusted));
  const loadCorrections = (d: vscode.TextDocument) => void (isBulletin(d) && corrections.load(d));
  own(vscode.languages.registerCodeActionsProvider(BULLETIN_SELECTOR, new CorrectionCodeActions(store), { providedCodeActionKinds: [CorrectionCodeActions.kind] }));
  own(vscode.commands.registerCommand('bulletin.correct', (uri?: unknown, range?: unknown, action?: unknown, other?: unknown) => correct(store, corrections, uri, range, action, other)));
  own(vscode.commands.registerCommand('bulletin.undoCorrection', (uri?: unknown) => undoCorrection(corrections, uri)));
  own(vscode.workspace.onDidSaveTextDocument((d) => corrections.reportUnresolved(d)));
  const layers = own(new ImportedLayers(log));
  own(vscode.commands.registerCommand('bulletin.importLayer', (uri?: unknown, layer?: unknown) => importLayer(layers, uri, layer)));
  own(vscode.commands.registerCommand('bulletin.compareLayer', (uri?: unknown, options?: { quiet?: boolean }) => compareLayer(store, layers, log, uri, options)));
  vscode.workspace.textDocuments.forEach(loadCorrections);

  const opened = (d: vscode.TextDocument) => {
    store.schedule(d, 0);
    loadCorrections(d);
  };
  const closed = (d: vscode.TextDocument) => {
    store.forget(d.uri);
    decorator.forget(d.uri);
    corrections.forget(d.uri);
  };
  own(vscode.workspace.onDidOpenTextDocument(opened));
  own(
    vscode.workspace.onDidChangeTextDocument((e) => store.edited(e)),
  );
  own(
    vscode.workspace.onDidCloseTextDocument(closed),
  );
  own(vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => store.schedule(e.document, 0))));
  own(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('bulletin')) return;
      config = readConfig();
      if (['referenceYear', 'userDictionary', 'showRelativeDates'].some((key) => affectsBulletin(e, key))) void configureEngine().then(() => whoTree.refresh());
      if (affectsBulletin(e, 'detectInPlainText') || affectsBulletin(e, 'annotateAllPlainText')) {
        documents.reset();
        vscode.window.visibleTextEditors.forEach((ed) => store.schedule(ed.document, 0));
        tree.refresh();
      }
      if (affectsBulletin(e, 'folderIndex') || affectsBulletin(e, 'detectInPlainText')) {
        if (config.folderIndex) void startIndex();
        else indexer.stop();
        whoTree.refresh();
      }
      decorator.refreshAll();
      statusBar.update();
    }),
  );
  own(vscode.workspace.onDidGrantWorkspaceTrust(() => void configureEngine()));

  for (const editor of vscode.window.visibleTextEditors) store.schedule(editor.document, 0);

  const analyzed = own(new vscode.EventEmitter<{ uri: vscode.Uri; version: number }>());
  own(store.onDidChange((e) => analyzed.fire({ uri: e.uri, version: e.version })));
  const realPrompt = prompts.confirmOverwrite;
  let promptsShown = 0;
  const testing: BulletinTesting = {
    crashWorker: () => client.test('crash') as Promise<void>,
    hangWorker: () => client.test('hang') as Promise<void>,
    slowAnalyses: async (millis) => void (await client.test('slow', millis)),
    coldWorker: () => client.restart('asked for a cold start (test hook)'),
    workerMemory: () => client.test('memory') as Promise<{ heapUsed: number; heapTotal: number; heapLimit: number }>,
    analysisMillis: (uri) => store.get(uri)?.millis,
    heldDocuments: () => store.heldUris(),
    workerDocuments: () => client.test('documents') as Promise<string[]>,
    logLines: () => [...log.lines],
    answerOverwritePrompt: (answer) => {
      prompts.confirmOverwrite =
        answer === undefined
          ? realPrompt
          : async () => {
              promptsShown++;
              return answer;
            };
    },
    overwritePromptsShown: () => promptsShown,
    activationMillis: 0,
    paintTimes: (uri) => decorator.paints.get(uri.toString()),
    hostTimings: () => Object.fromEntries(hostTimings),
    corrections: async (uri) => {
      const document = await vscode.workspace.openTextDocument(uri);
      await corrections.load(document);
      return { list: await corrections.list(uri), unresolved: corrections.unresolved(document) };
    },
    pretendTrusted: (trusted) => {
      trustForTests = trusted;
    },
    reopen: async (uri) => {
      const document = await vscode.workspace.openTextDocument(uri);
      closed(document);
      opened(document);
      await corrections.load(document);
      await store.whenAnalyzed(uri);
    },
    entityView: () => tree.snapshot(),
    folderIndexCounts: () => ({ ...indexer.counts }),
    resetFolderIndexCounts: () => {
      for (const k of Object.keys(indexer.counts) as Array<keyof typeof indexer.counts>) indexer.counts[k] = 0;
    },
    reopenFolderIndex: () => indexer.reopen(),
    folderFileChanged: (uri) => indexer.fileChanged(uri),
    whosWhoTree: async (filter) => {
      const saved = whoTree.filter;
      whoTree.filter = filter ?? '';
      try {
        return await treeSnapshot(whoTree, undefined, 3);
      } finally {
        whoTree.filter = saved;
      }
    },
  };
  const api: BulletinApi = {
    whenAnalyzed: async (uri) => {
      await store.whenAnalyzed(uri);
      await decorator.flushed();
    },
    decorationRanges: (uri) => decorator.rangesOf(uri)?.ranges,
    decorationWindows: (uri) => {
      const applied = decorator.rangesOf(uri);
      return applied && { version: applied.version, windows: applied.windows };
    },
    summaryOf: (uri) => {
      const s = store.get(uri);
      return s && { version: s.version, summary: s.summary };
    },
    analysisOf: async (uri) => {
      const s = store.get(uri);
      const analysis = s && (await store.queryStored(s, { what: 'analysis' }));
      return s && analysis && { version: s.version, analysis };
    },
    entitiesIn: async (uri, from, to) => {
      const s = store.get(uri);
      const entities = s && (await store.queryStored(s, { what: 'entities', from, to }));
      return s && entities && { version: s.version, entities };
    },
    onDidAnalyze: analyzed.event,
    whenFolderIndexed: () => indexer.whenIndexed(),
    staleResultsDropped: () => store.staleDropped,
    workerRestarts: () => client.restarts,
    testing,
  };
  testing.activationMillis = performance.now() - activationStarted;
  return api;
}
