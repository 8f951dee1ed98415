// What the analysis worker answers the extension host: small, plain, ready-to-use views of the
// analysis it keeps (positions already as line/character), never the whole analysis. Crossing the
// worker_threads port costs a structured clone on the host's thread, so these stay bounded by what
// one feature needs at a time.
import type { Entity, PersonRole, PostChange } from '../../core';
import type { Quad } from '../../core/lineIndex';
import type { AnnotationKind } from '../kinds';

export type { Quad };

export interface AnalysisSummary {
  length: number;
  lineCount: number;
  articles: number;
  entities: number;
  /** Mentions per kind. */
  counts: Record<AnnotationKind, number>;
  /** Distinct persons: officials, and the others (a reader counts people, not mentions). */
  persons: { official: number; other: number };
}

/** Line windows [fromLine, toLine) a request covers. */
export type LineWindow = [number, number];

export interface DecorationSlice {
  /** Per kind, flat quads: startLine, startCharacter, endLine, endCharacter, … */
  kinds: Record<AnnotationKind, Int32Array>;
  /** Flat [line, character] pairs of article starts. */
  articleStarts: Int32Array;
  /** The windows covered (merged), or every line of the document. */
  windows: LineWindow[];
}

export interface OutlineNode {
  symbol: 'page' | 'section' | 'article' | 'person' | 'date' | 'figure';
  /** "" for an article without headline (the host names it "Article n"), or a page without masthead ("Page n"). */
  name: string;
  detail: string;
  /** Article index (for the fallback name); a page's own index for a page. */
  index: number;
  range: Quad;
  selection: Quad;
  figure?: { value: number; unit: string; counts?: string };
  /** A telephone number (a figure that names rather than counts). */
  identifier?: true;
  children?: OutlineNode[];
}

export interface Outline {
  articles: OutlineNode[];
  /**
   * When the file holds more than one page: the pages, each with the articles [first, end) it holds
   * (the host puts those articles' symbols under the page's).
   */
  pages?: Array<{ node: OutlineNode; articles: [number, number] }>;
  /** The column headings (【工作动态】), each with the articles [first, end) under it, in order. */
  sections?: Array<{ node: OutlineNode; articles: [number, number] }>;
  /** False when the page has too many entities to list them under each article. */
  withChildren: boolean;
}

export interface HoverFacts {
  entity: Entity;
  range: Quad;
  excerpt: string;
  person?: {
    name: string;
    role: PersonRole;
    titles: string[];
    /** Posts notices on the page give or take away (任命X为…), in the order they stand. */
    changes: PostChange[];
    mentions: number;
    /** The first few articles they appear in (articleCount in all). */
    articles: Array<{ index: number; headline?: string }>;
    articleCount: number;
    together: string[];
  };
  /** Name of the person a title belongs to. */
  holder?: string;
}

export interface GroupView {
  key: string;
  label: string;
  count: number;
  titles?: string[];
}

export interface MentionView {
  excerpt: string;
  line: number;
  start: number;
  end: number;
}

// The queries and their answers are derived from the views' declaration.
export type { Query, QueryAnswers, QueryOf } from './documentViews';
