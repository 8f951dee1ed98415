// The analysis engine's public surface. No `vscode` import anywhere under src/core.
export { analyze, Analyzer, analyzeSegment } from './analyze';
export { compact, rawSpan } from './compact';
export type * from './types';
