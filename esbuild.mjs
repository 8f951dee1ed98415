// Bundles the command line, the extension and the analysis worker for Node (dist/), the extension
// and the worker again for the browser's extension host (dist/web/), and compiles the model file
// (dist/model.bin: jieba's dictionary, name statistics and the learned name model, read by the
// engine in one piece) when its sources changed. Nothing native is bundled or loaded at run time.
// The browser bundles resolve no Node module: one imported by the engine or the extension fails
// the build.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// dist/cli.js is a small launcher that runs dist/cli-bundle.js from V8's code cache (src/cli/launch.ts).
const entryPoints = { cli: 'src/cli/launch.ts', 'cli-bundle': 'src/cli/bulletin.ts' };
if (existsSync('src/extension/extension.ts')) entryPoints.extension = 'src/extension/extension.ts';
if (existsSync('src/extension/worker/analysisWorker.ts')) entryPoints.worker = 'src/extension/worker/analysisWorker.ts';

/**
 * Which build of the engine this is: a hash of what an analysis depends on (the engine's code, the
 * learned model and the code that compiles the model file, jieba's version). Analyses stored by
 * another build (the folder index) are made again. Computed once: a watch build keeps its start's.
 */
function engineBuild() {
  const files = (d) =>
    readdirSync(d, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .flatMap((e) => (e.isDirectory() ? files(join(d, e.name)) : [join(d, e.name)]));
  const hash = createHash('sha256');
  for (const f of [...files('src/core'), ...files('scripts/model'), 'model/names.bin']) hash.update(f).update(readFileSync(f));
  const jieba = createRequire(import.meta.url).resolve('nodejieba/package.json');
  hash.update(JSON.parse(readFileSync(jieba, 'utf8')).version);
  return hash.digest('hex').slice(0, 16);
}
const define = { __ENGINE_BUILD__: JSON.stringify(engineBuild()) };

const options = {
  entryPoints,
  define,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  outdir: 'dist',
  external: ['vscode'],
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

/** The code that shapes the model file: a change to any of it compiles the file again. */
function modelCode() {
  const dir = (d) => readdirSync(d).filter((n) => n.endsWith('.ts')).map((n) => join(d, n));
  return [...dir('src/core/lexicon'), 'src/core/language/surnames.ts', 'src/core/modelFile.ts', ...dir('scripts/model')].sort();
}

/** Bundles scripts/model/compileModel.ts and runs it. */
async function compileModel() {
  const compiler = resolve('out/compileModel.cjs');
  await esbuild.build({
    entryPoints: ['scripts/model/compileModel.ts'],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outfile: compiler,
    logLevel: 'warning',
  });
  const { compileModelIfChanged } = createRequire(import.meta.url)(compiler);
  const outcome = compileModelIfChanged({ out: resolve('dist/model.bin'), nameModel: resolve('model/names.bin'), code: modelCode() });
  if (outcome.compiled) console.log(`compiled dist/model.bin: ${(outcome.bytes / 1e6).toFixed(2)} MB in ${(outcome.millis / 1000).toFixed(1)} s`);
}

await compileModel();
// Left by builds before the model was compiled into one file.
rmSync('dist/names.bin', { force: true });
// The browser's extension host wants CommonJS; the worker is a plain script started from a Blob URL.
const browser = {
  define,
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  external: ['vscode'],
  inject: ['src/extension/browserSetImmediate.ts'],
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};
const builds = [
  options,
  { ...browser, format: 'cjs', entryPoints: { extension: 'src/extension/webExtension.ts' }, outdir: 'dist/web' },
  { ...browser, format: 'iife', entryPoints: { worker: 'src/extension/worker/webAnalysisWorker.ts' }, outdir: 'dist/web' },
];
/**
 * Writes V8's code cache of the command line (dist/cli-bundle.js.cache) after a run of it on a
 * warm-up page, so the cache holds the functions an analysis runs (see src/cli/launch.ts). A failed
 * run leaves no cache: the command line then compiles its bundle as usual.
 */
function writeCliCodeCache() {
  const cache = 'dist/cli-bundle.js.cache';
  rmSync(cache, { force: true });
  const page = readFileSync('scripts/warmupPage.txt', 'utf8');
  const run = spawnSync(process.execPath, ['dist/cli.js', 'analyze', '--jsonl'], {
    input: JSON.stringify({ id: 'warm-up', text: page }) + '\n',
    env: { ...process.env, BULLETIN_WRITE_CODE_CACHE: '1' },
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    rmSync(cache, { force: true });
    console.warn(`no code cache for dist/cli.js: the warm-up run failed (${run.status}): ${run.stderr.slice(0, 500)}`);
  }
}

if (watch) {
  // A rebuilt bundle no longer matches the cache, which launch.ts then ignores.
  for (const build of builds) await (await esbuild.context(build)).watch();
} else {
  await Promise.all(builds.map((build) => esbuild.build(build)));
  writeCliCodeCache();
}
