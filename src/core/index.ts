// The analysis engine's public surface. No `vscode` import anywhere under src/core.
export { analyze, Analyzer } from './analyze';
export { analyzeSegment } from './segmentAnalysis';
export { compact, rawSpan } from './compact';
export type * from './types';
export { defaultResources, setDefaultResources, type EngineResources } from './resources';
export { readNameModel, type NameModel } from './tagger/model';
export { lexiconFromJiebaText, type Lexicon } from './lexicon';
export { readModelFile } from './modelFile';
export { pathDate, yearFromPath, type PathDate } from './pathDate';
export { textOfBytes, type FileEncoding, type FileText } from './fileText';
