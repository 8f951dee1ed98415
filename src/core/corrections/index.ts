// Corrections of the analysis by the user, kept as standoff annotations (see file.ts for where).
export * from './types';
export { makeAnchor, resolveAnchor, CONTEXT_LENGTH } from './anchor';
export { applyCorrections, type CorrectionOutcome } from './apply';
export { parseCorrections, serializeCorrections, correctionsFileName, CORRECTIONS_SUFFIX, type ParsedCorrections } from './file';
