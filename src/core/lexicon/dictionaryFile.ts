// Finds and reads the jieba dictionary that ships with nodejieba (Node only; read once, at load).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const RELATIVE = join('node_modules', 'nodejieba', 'submodules', 'cppjieba', 'dict', 'jieba.dict.utf8');

/** Path of jieba.dict.utf8: $BULLETIN_JIEBA_DICT, else node_modules above this file or the working directory. */
export function findJiebaDictionary(): string | undefined {
  const env = process.env.BULLETIN_JIEBA_DICT;
  if (env && existsSync(env)) return env;
  const starts = [typeof __dirname === 'string' ? __dirname : '', process.cwd()].filter(Boolean);
  for (const start of starts) {
    let dir = start;
    for (;;) {
      const candidate = join(dir, RELATIVE);
      if (existsSync(candidate)) return candidate;
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  return undefined;
}

export function readJiebaDictionary(): string | undefined {
  const path = findJiebaDictionary();
  return path ? readFileSync(path, 'utf8') : undefined;
}
