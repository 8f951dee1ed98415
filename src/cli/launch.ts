#!/usr/bin/env node
// dist/cli.js: starts the command line's bundle (dist/cli-bundle.js) from V8's code cache
// (dist/cli-bundle.js.cache), which npm run build writes after a warm-up run, so it holds the
// bytecode of the functions an analysis runs: a cold `bulletin analyze` then compiles almost
// nothing. A missing or rejected cache (another Node or V8, a bundle built since) only means the
// bundle is compiled as usual. BULLETIN_WRITE_CODE_CACHE=1 writes the cache when the run ends.
// V8 checks a cache against the source's length only, so the file starts with the bundle's
// modification time and size (two float64): a cache of another build of the bundle is never used.
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';
import Module from 'node:module';

const bundle = join(__dirname, 'cli-bundle.js');
const cacheFile = `${bundle}.cache`;

const HEADER_BYTES = 16;

/** The bundle's modification time and size, as the cache file's header. */
function stamp(): Float64Array {
  const { mtimeMs, size } = statSync(bundle);
  return new Float64Array([mtimeMs, size]);
}

/** The cached code, when the cache file was written for this very bundle. */
function readCache(): Buffer | undefined {
  try {
    const file = readFileSync(cacheFile);
    if (file.byteLength <= HEADER_BYTES) return undefined;
    const header = new Float64Array(file.buffer.slice(file.byteOffset, file.byteOffset + HEADER_BYTES));
    const now = stamp();
    return header[0] === now[0] && header[1] === now[1] ? file.subarray(HEADER_BYTES) : undefined;
  } catch {
    return undefined;
  }
}

const source = readFileSync(bundle, 'utf8');
const script = new Script(Module.wrap(source), { filename: bundle, cachedData: readCache() });
if (process.env.BULLETIN_WRITE_CODE_CACHE === '1') {
  process.on('exit', () => {
    const code = script.createCachedData();
    const file = new Uint8Array(HEADER_BYTES + code.byteLength);
    file.set(new Uint8Array(stamp().buffer));
    file.set(code, HEADER_BYTES);
    // Whole or not at all: V8 trusts a cache of the right length and version.
    writeFileSync(`${cacheFile}.tmp`, file);
    renameSync(`${cacheFile}.tmp`, cacheFile);
  });
}
// The bundle runs as the CommonJS module it is, with its own file name (the worker threads of
// `bulletin people` start it by that name) and a require that resolves from it.
const mod = new Module(bundle, module);
mod.filename = bundle;
const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
run.call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, __dirname);
