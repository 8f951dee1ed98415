// The one module of the engine that touches Node: finds and reads jieba's dictionary (shipped with
// nodejieba) and the name model (model/names.bin, copied to dist/ by the build), once.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { lexiconFromJiebaText } from './lexicon';
import type { EngineResources } from './resources';
import { readNameModel } from './tagger/model';

const DICTIONARY = join('node_modules', 'nodejieba', 'submodules', 'cppjieba', 'dict', 'jieba.dict.utf8');
const MODEL_PLACES = ['names.bin', join('dist', 'names.bin'), join('model', 'names.bin')];

/** The first of `relatives` that exists in a folder at or above this file or the working directory. */
function findUpwards(relatives: string[]): string | undefined {
  const starts = [typeof __dirname === 'string' ? __dirname : '', process.cwd()].filter(Boolean);
  for (const start of starts) {
    for (let dir = start; ; ) {
      for (const r of relatives) if (existsSync(join(dir, r))) return join(dir, r);
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  return undefined;
}

/** Path of jieba.dict.utf8: $BULLETIN_JIEBA_DICT, else node_modules above this file or the working directory. */
export function findJiebaDictionary(): string | undefined {
  const env = process.env.BULLETIN_JIEBA_DICT;
  if (env && existsSync(env)) return env;
  return findUpwards([DICTIONARY]);
}

/** Path of the name model: $BULLETIN_NAME_MODEL, else names.bin beside the bundle or in the repository. */
export function findNameModel(): string | undefined {
  const env = process.env.BULLETIN_NAME_MODEL;
  if (env && existsSync(env)) return env;
  return findUpwards(MODEL_PLACES);
}

export function readJiebaDictionary(): string | undefined {
  const path = findJiebaDictionary();
  return path ? readFileSync(path, 'utf8') : undefined;
}

/** Reads the dictionary and the model. Throws, naming what is missing, when either is absent. */
export function loadNodeResources(): EngineResources {
  const dict = readJiebaDictionary();
  if (dict === undefined) throw new Error(`jieba dictionary not found (${DICTIONARY}); run npm ci`);
  const modelPath = findNameModel();
  if (!modelPath) throw new Error('name model not found (model/names.bin); run npm run train');
  return { lexicon: lexiconFromJiebaText(dict), model: readNameModel(new Uint8Array(readFileSync(modelPath))) };
}
