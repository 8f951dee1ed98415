// The views of one document's analysis the worker answers, declared once: each view is its own
// function of the held analysis and its arguments. The query messages (`Query`), their answers
// (`QueryAnswers`), the worker's dispatch (answerQuery) and the host's typed `query` calls are all
// derived from this object, so a new view is a function here and nothing else in the protocol.
import type { ExportFormat } from '../export/researchFormats';
import type { AnnotationKind } from '../kinds';
import type { HeldAnalysis } from './heldAnalysis';
import { personAt } from './personAt';
import type { LineWindow } from './viewTypes';

export const documentViews = {
  decorations: (h: HeldAnalysis, q: { windows: LineWindow[] | 'all'; kinds: AnnotationKind[] }) => h.decorations(q.windows, q.kinds),
  outline: (h: HeldAnalysis) => h.outline(),
  /** Flat [startLine, endLine] pairs. */
  folding: (h: HeldAnalysis) => h.folding(),
  hover: (h: HeldAnalysis, q: { offset: number }) => h.hover(q.offset),
  /** Flat quads. */
  references: (h: HeldAnalysis, q: { offset: number }) => h.references(q.offset),
  groups: (h: HeldAnalysis) => h.groups(),
  mentions: (h: HeldAnalysis, q: { kind: AnnotationKind; key: string; limit: number }) => h.mentions(q.kind, q.key, q.limit),
  /** Offset of the article start to go to, or -1. */
  article: (h: HeldAnalysis, q: { offset: number; direction: 1 | -1 }) => h.articleFrom(q.offset, q.direction),
  /** The file's bytes (UTF-8), transferred, not copied. */
  export: (h: HeldAnalysis, q: { format: ExportFormat; file: string }) => h.exported(q.format, q.file),
  analysis: (h: HeldAnalysis) => h.analysis,
  /** Entities overlapping [from, to) (at most 5000), for tests that check a region of a large document. */
  entities: (h: HeldAnalysis, q: { from: number; to: number }) => h.entitiesIn(q.from, q.to),
  /** The persons of the document, by name, for the folder's views (references and hover across files). */
  personAt,
};

type Views = typeof documentViews;
type ArgsOf<F> = F extends (h: HeldAnalysis, q: infer A) => unknown ? A : object;

/** A query message: the view's name and its arguments. */
export type Query = { [W in keyof Views]: { what: W } & ArgsOf<Views[W]> }[keyof Views];
export type QueryAnswers = { [W in keyof Views]: ReturnType<Views[W]> };
export type QueryOf<W extends Query['what']> = Extract<Query, { what: W }>;

/** The worker's dispatch: the view the query names, on the held analysis. */
export function answerQuery(h: HeldAnalysis, query: Query): QueryAnswers[keyof QueryAnswers] {
  const view = documentViews[query.what] as (h: HeldAnalysis, q: Query) => QueryAnswers[keyof QueryAnswers];
  return view(h, query);
}
