// Where jieba's dictionary comes from at build time: the text file shipped with nodejieba (a
// devDependency: the source of the dictionary and the baseline of the bench, never loaded by the
// extension). $BULLETIN_JIEBA_DICT names another file in the same format.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export function jiebaDictionaryPath(): string {
  const env = process.env.BULLETIN_JIEBA_DICT;
  if (env) return env;
  let packageJson: string;
  try {
    packageJson = createRequire(__filename).resolve('nodejieba/package.json');
  } catch {
    throw new Error('nodejieba is not installed (its dictionary is the source of the lexicon): run npm ci');
  }
  return join(dirname(packageJson), 'submodules', 'cppjieba', 'dict', 'jieba.dict.utf8');
}

export function readJiebaDictionary(): string {
  const path = jiebaDictionaryPath();
  if (!existsSync(path)) throw new Error(`jieba dictionary not found at ${path}: run npm ci`);
  return readFileSync(path, 'utf8');
}
