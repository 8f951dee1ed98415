// Indexes every bulletin of the workspace in the background: the host only lists, stats and reads
// files (asynchronously) and hands each file's bytes to the analysis worker, one file at a time, so
// documents the user opens are analysed in between (that is its low priority). Files whose time and
// size match the stored index are not read at all; the worker skips the analysis of content it has
// seen (keyed by hash). Follows created, changed, deleted and renamed files through a watcher. The
// index is stored in the extension's workspace storage (whoswho-index.bin).
import * as vscode from 'vscode';
import type { AnalysisWorkerClient } from '../analysis/workerClient';
import { timed } from '../hostTimings';
import type { Log } from '../log';

export const INDEX_FILE = 'whoswho-index.bin';
const BULLETIN_GLOB = '**/*.{bulletin,txt}';
const MAX_FILES = 20_000;
const SAVE_DELAY_MS = 2_000;
const CHANGE_DELAY_MS = 300;
/** Files stat'ed at once when the folder is checked against the stored index. */
const STAT_CONCURRENCY = 32;
/** How long new files the watcher reports are gathered before one search checks them against files.exclude. */
const UNLISTED_DELAY_MS = 300;
/** When a new folder is searched after it appears (its files are being written). */
const NEW_FOLDER_DELAYS_MS = [1000, 5000];

export interface IndexerSettings {
  enabled: boolean;
  /** Largest file indexed, in bytes. */
  maxBytes: number;
  /** Whether .txt files are looked at (bulletin.detectInPlainText). */
  plainText: boolean;
}

export class FolderIndexer implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires (debounced) when the folder's who's who may have changed. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Files to read, in order (with their stat when the scan took it already). */
  private readonly pending = new Map<string, { uri: vscode.Uri; stat?: vscode.FileStat }>();
  /** Every file found by the last full scan, to drop the index's files that are gone. */
  private retainAfter: string[] | undefined;
  private loaded: Promise<void> | undefined;
  private pumping: Promise<void> | undefined;
  private cancel: vscode.CancellationTokenSource | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  /** The file (and version) the worker is analysing, and those that crashed or hung it. */
  private current: string | undefined;
  private readonly failed = new Set<string>();
  /** Problems reported, by file and version: each is reported once. */
  private readonly reported = new Set<string>();
  /** Counts of the latest pass, for the log and the tests. */
  readonly counts = { read: 0, analysed: 0, reused: 0, skipped: 0, problems: 0 };

  constructor(
    private readonly client: AnalysisWorkerClient,
    private readonly log: Log,
    private readonly storage: vscode.Uri | undefined,
    private readonly settings: () => IndexerSettings,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(BULLETIN_GLOB);
    const folders = vscode.workspace.createFileSystemWatcher('**/*', false, true, true);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.watched(uri)),
      watcher.onDidChange((uri) => this.watched(uri)),
      watcher.onDidDelete((uri) => void this.forget(uri)),
      // VS Code's watcher can miss files written into a folder created moments before (seen on
      // Linux): a new folder is searched a moment after it appears, and the whole folder is checked
      // again (by time and size only) when the window regains focus.
      folders,
      folders.onDidCreate((uri) => this.folderCreated(uri)),
      vscode.window.onDidChangeWindowState((state) => {
        if (state.focused && this.loaded && !this.pumping) void this.scan();
      }),
    );
    // The worker's index is gone with a restarted worker: read it again from storage.
    const previous = client.onRestart;
    client.onRestart = () => {
      previous();
      // A file whose analysis crashed or hung the worker is not handed to it again until it changes.
      if (this.current) this.failed.add(this.current);
      if (this.loaded) void this.restart();
    };
  }

  get active(): boolean {
    return !!this.storage && (vscode.workspace.workspaceFolders?.length ?? 0) > 0 && this.settings().enabled;
  }

  private started: Promise<void> | undefined;

  /** Whether indexing has been started (the stored index read, or being read). */
  get hasStarted(): boolean {
    return this.started !== undefined;
  }

  /** Loads the stored index and indexes the folder (what changed since). */
  start(): Promise<void> {
    if (!this.active) return Promise.resolve();
    this.started = (async () => {
      await this.ensureLoaded();
      await this.scan();
    })().catch((error) => this.log.warn(`Folder index: ${error instanceof Error ? error.message : String(error)}`));
    return this.started;
  }

  /** Resolves once the stored index is read (at once when indexing has not started). */
  async ready(): Promise<void> {
    await this.loaded?.catch(() => undefined);
  }

  /** Resolves once the folder has been indexed since start (and nothing is left to read). */
  async whenIndexed(): Promise<void> {
    await this.started;
    await this.whenIdle();
  }

  /** As when the window is reopened: the worker drops its index, reads it from storage, and the folder is checked against it. */
  async reopen(): Promise<void> {
    this.stop();
    await this.whenIdle();
    this.loaded = undefined;
    this.known.clear();
    await this.start();
  }

  /** Forgets the stored index (and the worker's) and indexes the folder afresh. */
  async clear(): Promise<void> {
    this.stop();
    if (this.storage) await vscode.workspace.fs.delete(vscode.Uri.joinPath(this.storage, INDEX_FILE)).then(undefined, () => undefined);
    this.known.clear();
    this.loaded = this.client.folder({ what: 'load' }).then(() => undefined);
    await this.loaded;
    this.fireChanged(0);
    await this.scan();
  }

  /** Stops the files still to be read (they are read at the next start or change). */
  stop(): void {
    this.cancel?.cancel();
    this.pending.clear();
    this.retainAfter = undefined;
  }

  /** Resolves when nothing is left to read and the index is saved. */
  async whenIdle(): Promise<void> {
    while (this.pumping || this.pending.size > 0 || this.saveTimer) {
      if (this.pumping) await this.pumping;
      else if (this.pending.size > 0) this.pump();
      else if (this.saveTimer) await this.saveNow();
    }
  }

  private async restart(): Promise<void> {
    // The pass under way stops first, so that nothing it sends lands before the index is read again.
    this.stop();
    await this.pumping;
    this.loaded = undefined;
    this.known.clear();
    await this.start();
  }

  private ensureLoaded(): Promise<void> {
    this.loaded ??= (async () => {
      let bytes: Uint8Array | undefined;
      if (this.storage) bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.storage, INDEX_FILE)).then((b) => b, () => undefined);
      const answer = await this.client.folder({ what: 'load', ...(bytes ? { bytes } : {}) }, transferable(bytes));
      if (answer.outcome === 'corrupted') this.log.warn('The stored folder index was unreadable or corrupted: the folder is indexed afresh');
      if (answer.outcome === 'stale') this.log.info('The stored folder index was made by another version of the engine or another user dictionary: the folder is indexed afresh');
      this.log.info(`Folder index loaded: ${answer.entries.length} files`);
      this.known = new Map(answer.entries.map(([uri, mtime, size]) => [uri, { mtime, size }]));
      this.firstLoaded();
    })();
    return this.loaded;
  }

  /** Versions of the files as the stored index has them (the worker is asked again for a file only when it differs). */
  private known = new Map<string, { mtime: number; size: number }>();

  private async scan(): Promise<void> {
    const files = await vscode.workspace.findFiles(BULLETIN_GLOB, undefined, MAX_FILES);
    const keyed = timed('folder index: files listed', () => {
      const plain = this.settings().plainText;
      const wanted = files.filter((f) => plain || !f.path.toLowerCase().endsWith('.txt'));
      const sorted = wanted.map((u) => [u.toString(), u] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
      this.retainAfter = sorted.map(([key]) => key);
      return sorted;
    });
    // Stat'ed many at a time (each is a round trip to the file system); only files whose time or
    // size differ from the stored index's are read.
    let next = 0;
    const statOne = async (): Promise<void> => {
      while (next < keyed.length) {
        const [key, uri] = keyed[next++];
        const stat = await vscode.workspace.fs.stat(uri).then((s) => s, () => undefined);
        const known = this.known.get(key);
        if (stat && known && known.mtime === stat.mtime && known.size === stat.size) continue;
        if (stat) this.pending.set(key, { uri, stat });
      }
    };
    await Promise.all(Array.from({ length: STAT_CONCURRENCY }, statOne));
    if (this.pending.size === 0 && this.retainAfter) this.pending.set('', { uri: vscode.Uri.parse('bulletin-index:none') });
    this.pump();
    await this.whenIdle();
  }

  private readonly folderTimers = new Set<ReturnType<typeof setTimeout>>();

  private folderCreated(uri: vscode.Uri): void {
    // Names with a dot are taken for files: only folders are searched, once soon and once when
    // their files have likely been written.
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    if (!this.active || name.includes('.')) return;
    for (const delay of NEW_FOLDER_DELAYS_MS) {
      const timer = setTimeout(() => {
        this.folderTimers.delete(timer);
        void this.searchFolder(uri);
      }, delay);
      this.folderTimers.add(timer);
    }
  }

  private async searchFolder(folder: vscode.Uri): Promise<void> {
    await this.loadedOnce;
    const stat = await vscode.workspace.fs.stat(folder).then((s) => s, () => undefined);
    if (!stat || !(stat.type & vscode.FileType.Directory)) return;
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, BULLETIN_GLOB), undefined, MAX_FILES);
    for (const file of files) this.enqueue(file);
  }

  /** Reads the file again (a change the watcher reported, or a test). */
  fileChanged(uri: vscode.Uri): void {
    this.enqueue(uri);
  }

  /** Resolves once an index was first read: changes seen before wait for it (the scan may have missed them). */
  private firstLoaded!: () => void;
  private readonly loadedOnce = new Promise<void>((resolve) => (this.firstLoaded = resolve));
  private readonly unlisted = new Map<string, vscode.Uri>();
  private unlistedTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * A file the watcher reports. One the index holds is read again; a new one only when VS Code's
   * search lists it (so that files.exclude applies), checked for all new files at once.
   */
  private watched(uri: vscode.Uri): void {
    if (!this.active) return;
    if (this.loaded && this.known.has(uri.toString())) return this.enqueue(uri);
    this.unlisted.set(uri.toString(), uri);
    clearTimeout(this.unlistedTimer);
    this.unlistedTimer = setTimeout(() => void this.listNew(), UNLISTED_DELAY_MS);
  }

  private async listNew(): Promise<void> {
    await this.loadedOnce;
    const files = await vscode.workspace.findFiles(BULLETIN_GLOB, undefined, MAX_FILES);
    for (const file of files) if (this.unlisted.has(file.toString())) this.enqueue(file);
    this.unlisted.clear();
  }

  private enqueue(uri: vscode.Uri): void {
    if (!this.active || !this.loaded) return;
    if (!this.settings().plainText && uri.path.toLowerCase().endsWith('.txt')) return;
    this.pending.set(uri.toString(), { uri });
    this.pump();
  }

  private async forget(uri: vscode.Uri): Promise<void> {
    if (!this.loaded) return;
    await this.loaded;
    this.pending.delete(uri.toString());
    this.known.delete(uri.toString());
    // A deleted folder reports only itself: drop every file under it.
    const removed = await this.client.folder({ what: 'forget', uri: uri.toString() }).catch(() => false);
    const prefix = uri.toString() + '/';
    const under = [...this.knownUris()].filter((u) => u.startsWith(prefix));
    for (const u of under) {
      this.known.delete(u);
      await this.client.folder({ what: 'forget', uri: u }).catch(() => false);
    }
    if (removed || under.length) {
      this.scheduleSave();
      this.fireChanged();
    }
  }

  private knownUris(): Iterable<string> {
    return this.known.keys();
  }

  private pump(): void {
    if (this.pumping || this.pending.size === 0) return;
    this.cancel = new vscode.CancellationTokenSource();
    const token = this.cancel.token;
    this.pumping = Promise.resolve(
      vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Indexing bulletins') }, async (progress) => {
        let done = 0;
        while (this.pending.size > 0 && !token.isCancellationRequested) {
          const [key, { uri, stat }] = this.pending.entries().next().value as [string, { uri: vscode.Uri; stat?: vscode.FileStat }];
          this.pending.delete(key);
          // The empty key only carries the scan to the step below, that drops the files gone.
          if (!key) continue;
          progress.report({ message: vscode.l10n.t('{0} files left', this.pending.size) });
          await this.indexFile(uri, stat);
          if (++done % 50 === 0) this.fireChanged();
        }
        if (!token.isCancellationRequested && this.retainAfter) {
          const uris = this.retainAfter;
          this.retainAfter = undefined;
          const dropped = await this.client.folder({ what: 'retain', uris }).catch(() => 0);
          const kept = new Set(uris);
          for (const u of [...this.known.keys()]) if (!kept.has(u)) this.known.delete(u);
          if (dropped) this.log.info(`Folder index: ${dropped} files gone since last time`);
        }
      }),
    ).finally(() => {
      this.pumping = undefined;
      this.cancel?.dispose();
      this.cancel = undefined;
      this.scheduleSave();
      this.fireChanged();
      if (this.pending.size > 0) this.pump();
    });
  }

  private async indexFile(uri: vscode.Uri, given?: vscode.FileStat): Promise<void> {
    const key = uri.toString();
    let stat: vscode.FileStat;
    try {
      stat = given ?? (await vscode.workspace.fs.stat(uri));
    } catch {
      return; // Gone meanwhile: the watcher's delete takes it out.
    }
    if (stat.type & vscode.FileType.Directory) return;
    const known = this.known.get(key);
    if (known && known.mtime === stat.mtime && known.size === stat.size) return;
    const version = `${key}|${stat.mtime}|${stat.size}`;
    if (this.failed.has(version)) {
      this.report(uri, stat, vscode.l10n.t('its analysis stopped the worker'));
      return;
    }
    if (stat.size > this.settings().maxBytes) {
      this.report(uri, stat, vscode.l10n.t('larger than the folder index reads ({0} KB)', Math.round(this.settings().maxBytes / 1024)));
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (error) {
      this.report(uri, stat, error instanceof Error ? error.message : String(error));
      return;
    }
    this.counts.read++;
    const path = vscode.workspace.asRelativePath(uri, false);
    const plainText = !uri.path.toLowerCase().endsWith('.bulletin');
    this.current = version;
    try {
      const outcome = await timed('folder index: file handed to the worker', () =>
        this.client.folder({ what: 'file', uri: key, path, mtime: stat.mtime, size: stat.size, bytes, plainText }, transferable(bytes)),
      );
      this.known.set(key, { mtime: stat.mtime, size: stat.size });
      if (typeof outcome === 'object') this.report(uri, stat, outcome.problem);
      else if (outcome === 'analysed') this.counts.analysed++;
      else if (outcome === 'reused') this.counts.reused++;
      else this.counts.skipped++;
    } catch (error) {
      this.report(uri, stat, error instanceof Error ? error.message : String(error));
    } finally {
      this.current = undefined;
    }
  }

  private report(uri: vscode.Uri, stat: vscode.FileStat, problem: string): void {
    this.counts.problems++;
    const key = `${uri.toString()}|${stat.mtime}|${stat.size}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.log.warn(`Folder index skips ${vscode.workspace.asRelativePath(uri, false)}: ${problem}`);
  }

  private scheduleSave(): void {
    if (!this.storage || this.saveTimer) return;
    this.saveTimer = setTimeout(() => void this.saveNow(), SAVE_DELAY_MS);
  }

  private async saveNow(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (!this.storage) return;
    try {
      const bytes = await this.client.folder({ what: 'save' });
      if (!bytes) return;
      await vscode.workspace.fs.createDirectory(this.storage);
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(this.storage, INDEX_FILE), bytes);
    } catch (error) {
      this.log.warn(`Folder index not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private fireChanged(delay = CHANGE_DELAY_MS): void {
    clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => this.changed.fire(), delay);
  }

  dispose(): void {
    this.stop();
    clearTimeout(this.saveTimer);
    clearTimeout(this.changeTimer);
    for (const timer of this.folderTimers) clearTimeout(timer);
    clearTimeout(this.unlistedTimer);
    for (const d of this.disposables) d.dispose();
  }
}

/** The buffer of bytes that own it whole, to be moved rather than copied. */
function transferable(bytes: Uint8Array | undefined): ArrayBuffer[] | undefined {
  return bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : undefined;
}
