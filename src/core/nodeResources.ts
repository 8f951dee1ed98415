// The one module of the engine that touches Node: finds the compiled model (dist/model.bin, written
// by npm run build) and reads it with one read, once. Every other module of src/core runs in a
// browser too (test/unit/coreImports.test.ts checks it).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readModelFile } from './modelFile';
import type { EngineResources } from './resources';
import { readNameModel } from './tagger/model';

const MODEL_PLACES = ['model.bin', join('dist', 'model.bin')];

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

/** A file's bytes in one read (a view of Node's buffer, not a copy). */
function readBytes(path: string): Uint8Array {
  const buffer = readFileSync(path);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Path of the compiled model: $BULLETIN_MODEL, else model.bin beside the bundle or dist/model.bin above the working directory. */
export function findModelFile(): string | undefined {
  const env = process.env.BULLETIN_MODEL;
  if (env && existsSync(env)) return env;
  return findUpwards(MODEL_PLACES);
}

/**
 * Reads the compiled model. $BULLETIN_NAME_MODEL, when set, names another name model file
 * (a names.bin of npm run train) to use instead of the compiled one. Throws when a file is missing.
 */
export function loadNodeResources(): EngineResources {
  const path = findModelFile();
  if (!path) throw new Error('compiled model not found (dist/model.bin): run npm run build');
  const resources = readModelFile(readBytes(path));
  const nameModel = process.env.BULLETIN_NAME_MODEL;
  if (nameModel) {
    if (!existsSync(nameModel)) throw new Error(`BULLETIN_NAME_MODEL: ${nameModel} not found`);
    resources.model = readNameModel(readBytes(nameModel));
  }
  return resources;
}
