// Compiles dist/model.bin (src/core/modelFile.ts) from its sources: jieba's dictionary, the learned
// name model (model/names.bin) and the code that shapes the file. esbuild.mjs bundles this script
// and calls compileModelIfChanged on every build; the file is written again only when the digest
// of those sources differs from the one it holds.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { compileJiebaText } from '../../src/core/lexicon';
import { modelFileDigest, writeModelFile } from '../../src/core/modelFile';
import { jiebaDictionaryPath, readJiebaDictionary } from './jiebaDictionary';

export interface CompileRequest {
  /** Where the file goes (dist/model.bin). */
  out: string;
  /** The learned name model (model/names.bin). */
  nameModel: string;
  /** Files of code whose change must compile the file again (this script's bundle). */
  code: string[];
}

export interface CompileOutcome {
  compiled: boolean;
  bytes: number;
  millis: number;
}

function digestOf(files: string[]): Uint8Array {
  const hash = createHash('sha256');
  for (const file of files) {
    const bytes = readFileSync(file);
    hash.update(`${file.split('/').pop()}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return new Uint8Array(hash.digest());
}

/** The digest in the header of the file at `path`, if it is a model file. */
function digestOnDisk(path: string): Uint8Array | undefined {
  if (!existsSync(path)) return undefined;
  const head = new Uint8Array(64);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return modelFileDigest(head);
}

export function compileModelIfChanged(request: CompileRequest): CompileOutcome {
  const started = performance.now();
  if (!existsSync(request.nameModel)) throw new Error(`${request.nameModel} not found: run npm run train`);
  const digest = digestOf([jiebaDictionaryPath(), request.nameModel, ...request.code]);
  const current = digestOnDisk(request.out);
  if (current && Buffer.from(current).equals(Buffer.from(digest))) {
    return { compiled: false, bytes: 0, millis: performance.now() - started };
  }
  const bytes = writeModelFile({ lexicon: compileJiebaText(readJiebaDictionary()), nameModel: readFileSync(request.nameModel) }, digest);
  mkdirSync(dirname(request.out), { recursive: true });
  // Written whole, then renamed: an interrupted build never leaves a file whose digest looks current.
  writeFileSync(`${request.out}.partial`, bytes);
  renameSync(`${request.out}.partial`, request.out);
  return { compiled: true, bytes: bytes.length, millis: performance.now() - started };
}
