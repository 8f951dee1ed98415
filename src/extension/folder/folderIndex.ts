// The folder's index, held by the analysis worker: for each bulletin of the workspace (by URI) its
// modification time, size and content hash, and for each content hash the bulletin's digest. The
// who's who is merged from it on demand and kept until the index changes. Stored as one file of
// the extension's storage, a line saying what made it (the engine's build and the user dictionary)
// and its checksum, then JSON; a file whose checksum or shape is wrong, or that another build of the
// engine or another user dictionary made, is dropped and the folder indexed afresh. No vscode, no
// Node: the same in the browser's worker.
import { analyze, textOfBytes, type AnalyzeOptions } from '../../core';
import { digestOf, whosWho, type DocumentDigest, type FolderDocument, type WhoPerson } from '../../core/whoswho';
import { looksLikeBulletin } from '../../core/newsDetection';
import { ENGINE_BUILD } from '../../core/engineBuild';
import { fnv64 } from './fnv';

/** The index file's format; an earlier version of the same family is stale, not corrupted. */
const INDEX_FAMILY = 'bulletin-whoswho-index/';
export const INDEX_FORMAT = `${INDEX_FAMILY}2`;

export type LoadOutcome = 'loaded' | 'none' | 'corrupted' | 'stale';

export interface IndexEntry {
  /** Path relative to the workspace folder: dates are completed from it. */
  path: string;
  mtime: number;
  size: number;
  hash: string;
}

export type FileOutcome = 'analysed' | 'reused' | 'not a bulletin' | { problem: string };

export class FolderIndex {
  readonly entries = new Map<string, IndexEntry>();
  readonly digests = new Map<string, DocumentDigest>();
  private merged: { uris: string[]; persons: WhoPerson[] } | undefined;
  private options: AnalyzeOptions = {};
  /** The year of dates neither page nor path gives one (bulletin.referenceYear): applied when merging. */
  private referenceYear: number | undefined;
  /** Changed since last saved. */
  dirty = false;
  /** What the digests are made with: the engine's build and the user dictionary (no spaces). */
  private madeWith = madeWith({});

  configure(options: AnalyzeOptions): void {
    // Digests are analysed without the reference year: dates take it at merge time, after the path's.
    this.options = { userDictionary: options.userDictionary };
    const made = madeWith(this.options);
    // Digests made with another dictionary are dropped, so that none is stored under the new one.
    if (made !== this.madeWith && this.entries.size > 0) this.rebuild('stale');
    this.madeWith = made;
    if (options.referenceYear !== this.referenceYear) this.merged = undefined;
    this.referenceYear = options.referenceYear;
  }

  /** Reads a stored index; false (and an empty index) when it is missing, corrupted or of another format. */
  load(bytes: Uint8Array | undefined): boolean {
    return this.read(bytes) === 'loaded';
  }

  /** Reads a stored index, and says why it was not used: none, corrupted, or made by another engine build or dictionary. */
  read(bytes: Uint8Array | undefined): LoadOutcome {
    this.entries.clear();
    this.digests.clear();
    this.merged = undefined;
    this.dirty = false;
    if (!bytes || bytes.length === 0) return 'none';
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      const newline = text.indexOf('\n');
      const [format, made, checksum] = text.slice(0, newline).split(' ');
      const body = text.slice(newline + 1);
      // An index of an earlier format was written by an earlier version: stale, not corrupted.
      if (format !== INDEX_FORMAT) return this.rebuild(format.startsWith(INDEX_FAMILY) ? 'stale' : 'corrupted');
      if (checksum !== fnv64(body)) return this.rebuild('corrupted');
      if (made !== this.madeWith) return this.rebuild('stale');
      const stored = JSON.parse(body) as { entries: Array<[string, IndexEntry]>; digests: Array<[string, DocumentDigest]> };
      for (const [hash, digest] of stored.digests) {
        if (!Array.isArray(digest.appearances) || !Array.isArray(digest.articles)) return this.rebuild('corrupted');
        this.digests.set(hash, digest);
      }
      for (const [uri, entry] of stored.entries) {
        if (typeof entry.hash !== 'string' || !this.digests.has(entry.hash) && entry.hash !== '') return this.rebuild('corrupted');
        this.entries.set(uri, entry);
      }
      return 'loaded';
    } catch {
      return this.rebuild('corrupted');
    }
  }

  private rebuild<T extends LoadOutcome>(why: T): T {
    this.entries.clear();
    this.digests.clear();
    this.merged = undefined;
    this.dirty = true;
    return why;
  }

  save(): Uint8Array {
    // Digests no file refers to any more are left out.
    const used = new Set([...this.entries.values()].map((e) => e.hash));
    const body = JSON.stringify({ entries: [...this.entries], digests: [...this.digests].filter(([hash]) => used.has(hash)) });
    this.dirty = false;
    return new TextEncoder().encode(`${INDEX_FORMAT} ${this.madeWith} ${fnv64(body)}\n${body}`);
  }

  /** Whether the stored entry is for that version of the file (then it need not be read). */
  isCurrent(uri: string, mtime: number, size: number): boolean {
    const e = this.entries.get(uri);
    return !!e && e.mtime === mtime && e.size === size;
  }

  /**
   * Indexes a file from its bytes. `plainText`: a .txt file, indexed only when it looks like a
   * bulletin. A file that cannot be read as text is dropped from the index, with why.
   */
  file(uri: string, path: string, mtime: number, size: number, bytes: Uint8Array, plainText: boolean): FileOutcome {
    const read = textOfBytes(bytes);
    if ('problem' in read) {
      this.remove(uri);
      return { problem: read.problem };
    }
    const { text } = read;
    if (plainText && !looksLikeBulletin(text)) {
      this.remove(uri);
      // Remembered with no digest, so it is not read again until it changes.
      this.entries.set(uri, { path, mtime, size, hash: '' });
      this.dirty = true;
      return 'not a bulletin';
    }
    const hash = fnv64(text);
    const reused = this.digests.has(hash);
    if (!reused) this.digests.set(hash, digestOf(text, analyze(text, this.options)));
    const before = this.entries.get(uri);
    this.entries.set(uri, { path, mtime, size, hash });
    this.dirty = true;
    if (before?.hash !== hash || before.path !== path) this.merged = undefined;
    return reused ? 'reused' : 'analysed';
  }

  remove(uri: string): boolean {
    const had = this.entries.delete(uri);
    if (had) {
      this.dirty = true;
      this.merged = undefined;
    }
    return had;
  }

  /** Drops every file not in `uris` (deleted while the folder was closed). */
  retain(uris: string[]): number {
    const keep = new Set(uris);
    let dropped = 0;
    for (const uri of [...this.entries.keys()]) if (!keep.has(uri) && this.remove(uri)) dropped++;
    return dropped;
  }

  /** The documents with a digest, in URI order (so the who's who does not depend on indexing order). */
  documents(): { uris: string[]; documents: FolderDocument[] } {
    const uris = [...this.entries.keys()].filter((u) => this.entries.get(u)!.hash !== '').sort();
    return { uris, documents: uris.map((u) => ({ path: this.entries.get(u)!.path, digest: this.digests.get(this.entries.get(u)!.hash)! })) };
  }

  whosWho(): { uris: string[]; persons: WhoPerson[] } {
    if (!this.merged) {
      const { uris, documents } = this.documents();
      this.merged = { uris, persons: whosWho(documents, { referenceYear: this.referenceYear }) };
    }
    return this.merged;
  }
}

/** What digests depend on besides the text: the engine's build and the user dictionary. */
function madeWith(options: AnalyzeOptions): string {
  return `${ENGINE_BUILD}.${fnv64(JSON.stringify(options.userDictionary ?? null))}`;
}
