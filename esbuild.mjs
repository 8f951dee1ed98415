// Bundles the command line, the extension and the analysis worker for Node (dist/), the extension
// and the worker again for the browser's extension host (dist/web/), and compiles the model file
// (dist/model.bin: jieba's dictionary, name statistics and the learned name model, read by the
// engine in one piece) when its sources changed. Nothing native is bundled or loaded at run time.
// The browser bundles resolve no Node module: one imported by the engine or the extension fails
// the build.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const entryPoints = { cli: 'src/cli/bulletin.ts' };
if (existsSync('src/extension/extension.ts')) entryPoints.extension = 'src/extension/extension.ts';
if (existsSync('src/extension/worker/analysisWorker.ts')) entryPoints.worker = 'src/extension/worker/analysisWorker.ts';

const options = {
  entryPoints,
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
if (watch) {
  for (const build of builds) await (await esbuild.context(build)).watch();
} else {
  await Promise.all(builds.map((build) => esbuild.build(build)));
}
