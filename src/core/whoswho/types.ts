// What the who's who of a folder is made of. A bulletin is read once into a digest (kept by content
// hash, so it is independent of the file's path); the folder's who's who is merged from the digests
// with each file's path, which gives dates their year when the page does not.
import type { Quad } from '../lineIndex';
import type { PersonRole } from '../types';

export type { Quad };

export interface DigestTitle {
  value: string;
  organization: string;
  post: string;
  /** Given or taken away by a notice here (任命, 选举, 免去), rather than named beside the name. */
  change?: 'appointed' | 'elected' | 'removed';
}

/** One person in one article of one bulletin. */
export interface Appearance {
  name: string;
  role: PersonRole;
  /** Index of the article (-1 outside every article). */
  article: number;
  /** Titles given to the person in this article, distinct, in order. */
  titles: DigestTitle[];
  /**
   * The article's date as the bulletin gives it: the dateline's, else the page's masthead date;
   * "YYYY-MM-DD", "YYYY-MM", "YYYY", "--MM-DD" (no year on the page) or "" (none).
   */
  date: string;
  /** The mentions of the person in this article. */
  mentions: Quad[];
}

/** What one bulletin contributes to the folder's view; a function of its text alone. */
export interface DocumentDigest {
  articles: Array<{ headline: string; range: Quad }>;
  appearances: Appearance[];
}

/** A digest with the file it was read from. */
export interface FolderDocument {
  /** The path or URI of the file; dates are completed from it. */
  path: string;
  digest: DocumentDigest;
}

export interface WhoMentions {
  /** Index into the documents given to whosWho. */
  document: number;
  date: string;
  mentions: Quad[];
}

export interface WhoPost {
  /** The whole title ("" for the appearances that give the person none). */
  title: string;
  organization: string;
  post: string;
  firstSeen: string;
  lastSeen: string;
  mentions: number;
  documents: number;
  /** The first date a notice appointed or elected the person to it ("" if none was seen). */
  appointed: string;
  /** The last date a notice removed the person from it ("" if none was seen). */
  removed: string;
  /** Where the post is given, by document then article. */
  seen: WhoMentions[];
}

export interface WhoPerson {
  /** The name, or "name#n" when the folder holds several persons of that name. */
  key: string;
  name: string;
  role: PersonRole;
  mentions: number;
  documents: number;
  firstSeen: string;
  lastSeen: string;
  /** Keys of the other persons of the same name (clearly different organizations: possibly the same). */
  possiblySame: string[];
  posts: WhoPost[];
}

export interface WhosWhoOptions {
  /** The year of dates that neither the page nor the file's path give one. */
  referenceYear?: number;
}
