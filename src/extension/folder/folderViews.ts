// The folder index's calls the worker answers, declared once like the document views: each is
// its own function of the worker's FolderIndex and its arguments; the messages, the worker's
// dispatch and the host's typed calls (AnalysisWorkerClient.folder) are derived from this object.
import { dateRange, tableRows, toCsv, toJson, type Quad, type WhoMentions, type WhoPerson, type WhoPost } from '../../core/whoswho';
import type { FolderIndex } from './folderIndex';

/** Most persons one answer lists (the tree and symbols stay small to cross the port). */
export const PERSON_LIST_LIMIT = 500;

export interface PersonSummary {
  key: string;
  name: string;
  role: WhoPerson['role'];
  mentions: number;
  documents: number;
  firstSeen: string;
  lastSeen: string;
  posts: number;
  possiblySame: string[];
}

/** A post of the who's who with its bulletins named by URI, for the tree. */
export type PostView = Omit<WhoPost, 'documents' | 'seen'> & {
  documents: Array<{ uri: string; path: string; firstSeen: string; lastSeen: string; mentions: Quad[] }>;
};

export interface FolderSymbol {
  kind: 'person' | 'article';
  name: string;
  detail: string;
  uri: string;
  range: Quad;
}

function summary(p: WhoPerson): PersonSummary {
  const { key, name, role, mentions, documents, firstSeen, lastSeen, possiblySame } = p;
  return { key, name, role, mentions, documents, firstSeen, lastSeen, possiblySame, posts: p.posts.filter((x) => x.title).length };
}

export const folderViews = {
  /** Reads the stored index (bytes of the storage file, if any); its files' versions, and whether it was usable. */
  load: (index: FolderIndex, a: { bytes?: Uint8Array }) => {
    const outcome = index.read(a.bytes);
    return { usable: outcome === 'loaded', outcome, entries: [...index.entries].map(([uri, e]) => [uri, e.mtime, e.size] as [string, number, number]) };
  },
  /** Indexes one file from its bytes. */
  file: (index: FolderIndex, a: { uri: string; path: string; mtime: number; size: number; bytes: Uint8Array; plainText: boolean }) => index.file(a.uri, a.path, a.mtime, a.size, a.bytes, a.plainText),
  forget: (index: FolderIndex, a: { uri: string }) => index.remove(a.uri),
  retain: (index: FolderIndex, a: { uris: string[] }) => index.retain(a.uris),
  /** The index to store, when it changed since last saved. */
  save: (index: FolderIndex) => (index.dirty ? index.save() : undefined),
  stats: (index: FolderIndex) => ({ files: index.entries.size, digests: index.digests.size, persons: index.whosWho().persons.length }),
  /** Persons whose name holds the filter, by appearances. */
  persons: (index: FolderIndex, a: { filter: string; limit: number }) => {
    const all = index.whosWho().persons.filter((p) => !a.filter || p.name.includes(a.filter) || p.posts.some((x) => x.title.includes(a.filter)));
    return { total: all.length, persons: all.slice(0, a.limit).map(summary) };
  },
  /** One person's posts with their dates, and where each is given. */
  person: (index: FolderIndex, a: { key: string }): PostView[] | undefined => {
    const { uris, persons } = index.whosWho();
    const p = persons.find((x) => x.key === a.key);
    return p?.posts.map((post) => ({
      title: post.title,
      organization: post.organization,
      post: post.post,
      firstSeen: post.firstSeen,
      lastSeen: post.lastSeen,
      mentions: post.mentions,
      appointed: post.appointed,
      removed: post.removed,
      documents: byDocument(post.seen).map((s) => ({ uri: uris[s.document], path: index.entries.get(uris[s.document])?.path ?? uris[s.document], firstSeen: s.firstSeen, lastSeen: s.lastSeen, mentions: s.mentions })),
    }));
  },
  /** The persons of that name seen in the file (all of that name when none is), with their posts: the hover's folder view. */
  personFacts: (index: FolderIndex, a: { name: string; uri: string }) => {
    const { uris, persons } = index.whosWho();
    const here = uris.indexOf(a.uri);
    const named = persons.filter((p) => p.name === a.name);
    const mine = named.filter((p) => p.posts.some((post) => post.seen.some((s) => s.document === here)));
    return (mine.length ? mine : named).map((p) => {
      const seen = p.posts.flatMap((post) => post.seen);
      const latest = seen.reduce((best, s) => (!best || (s.date && (!best.date || s.date > best.date)) ? s : best), seen[0]);
      return {
        ...summary(p),
        posts: p.posts.filter((post) => post.title).map((post) => ({ title: post.title, firstSeen: post.firstSeen, lastSeen: post.lastSeen, appointed: post.appointed, removed: post.removed })),
        latest: latest && { uri: uris[latest.document], path: index.entries.get(uris[latest.document])?.path ?? '', date: latest.date },
      };
    });
  },
  /** Mentions in other files of the person of that name seen in `uri` (or of every person of that name). */
  references: (index: FolderIndex, a: { name: string; uri: string }) => {
    const { uris, persons } = index.whosWho();
    const here = uris.indexOf(a.uri);
    const named = persons.filter((p) => p.name === a.name);
    const mine = named.filter((p) => p.posts.some((post) => post.seen.some((s) => s.document === here)));
    const out: Array<{ uri: string; range: Quad }> = [];
    const seen = new Set<string>();
    for (const p of mine.length ? mine : named)
      for (const post of p.posts)
        for (const s of post.seen) {
          if (s.document === here) continue;
          for (const q of s.mentions) {
            const key = `${s.document}:${q.join(',')}`;
            if (seen.has(key)) continue;
            seen.add(key);
            out.push({ uri: uris[s.document], range: q });
          }
        }
    return out;
  },
  /** Persons (one symbol per person and file, at the first mention) and articles whose name holds every character of the query in order. */
  symbols: (index: FolderIndex, a: { query: string; limit: number }) => {
    const out: FolderSymbol[] = [];
    const { uris, documents } = index.documents();
    const wanted = (name: string) => fuzzy(name, a.query);
    for (let d = 0; d < documents.length && out.length < a.limit; d++) {
      const digest = documents[d].digest;
      const persons = new Set<string>();
      for (const ap of digest.appearances) {
        if (persons.has(ap.name) || !ap.mentions.length || !wanted(ap.name)) continue;
        persons.add(ap.name);
        out.push({ kind: 'person', name: ap.name, detail: ap.titles.map((t) => t.value).join('、'), uri: uris[d], range: ap.mentions[0] });
      }
      for (const article of digest.articles) if (wanted(article.headline)) out.push({ kind: 'article', name: article.headline, detail: documents[d].path, uri: uris[d], range: article.range });
    }
    return out.slice(0, a.limit);
  },
  /** The who's who table, CSV (with a byte order mark, for spreadsheets) or JSON, as UTF-8. */
  export: (index: FolderIndex, a: { format: 'csv' | 'json' }) => {
    const rows = tableRows(index.whosWho().persons);
    return new TextEncoder().encode(a.format === 'csv' ? '\uFEFF' + toCsv(rows) : toJson(rows));
  },
};

/** One entry per bulletin (a bulletin may give the post in articles of several dates): dates as a range. */
function byDocument(seen: WhoMentions[]): Array<{ document: number; firstSeen: string; lastSeen: string; mentions: Quad[] }> {
  const out = new Map<number, { dates: string[]; mentions: Quad[] }>();
  for (const s of seen) {
    const d = out.get(s.document) ?? { dates: [], mentions: [] };
    d.dates.push(s.date);
    d.mentions.push(...s.mentions);
    out.set(s.document, d);
  }
  return [...out].map(([document, d]) => {
    const [firstSeen, lastSeen] = dateRange(d.dates);
    return { document, firstSeen, lastSeen, mentions: d.mentions };
  });
}

/** The query's characters appear in the name in order (VS Code filters symbols the same way). */
function fuzzy(name: string, query: string): boolean {
  let i = 0;
  for (let j = 0; j < name.length && i < query.length; j++) if (name[j].toLowerCase() === query[i].toLowerCase()) i++;
  return i === query.length;
}

type Views = typeof folderViews;
type ArgsOf<F> = F extends (index: FolderIndex, a: infer A) => unknown ? A : object;

export type FolderCall = { [W in keyof Views]: { what: W } & ArgsOf<Views[W]> }[keyof Views];
export type FolderAnswers = { [W in keyof Views]: ReturnType<Views[W]> };

export function answerFolder(index: FolderIndex, call: FolderCall): FolderAnswers[keyof FolderAnswers] {
  const view = folderViews[call.what] as (index: FolderIndex, a: FolderCall) => FolderAnswers[keyof FolderAnswers];
  return view(index, call);
}
