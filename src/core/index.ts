// The analysis engine's public surface. No `vscode` import anywhere under src/core.
export { analyze, Analyzer } from './analyze';
export { analyzeSegment } from './segmentAnalysis';
export { compact, rawSpan } from './compact';
export type * from './types';
