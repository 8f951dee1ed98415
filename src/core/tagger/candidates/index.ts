// The candidate generators the tagger consults, each a plug-in of its own.
import { chineseNames } from './chinese';
import { namesInContext } from './context';
import { foreignNames } from './foreign';
import { japaneseNames } from './japanese';
import type { CandidateGenerator } from './types';

export const GENERATORS: readonly CandidateGenerator[] = [chineseNames, foreignNames, japaneseNames, namesInContext];
export type { CandidateGenerator, CandidateSink } from './types';
