// Bundles the command line, the extension and the analysis worker. nodejieba stays external:
// it is a native addon with dictionary files, loaded from node_modules at run time.
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';

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
  external: ['vscode', 'nodejieba'],
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
} else {
  await esbuild.build(options);
}
// The learned name model travels beside the bundles (src/core/nodeResources.ts finds it there).
if (existsSync('model/names.bin')) {
  mkdirSync('dist', { recursive: true });
  copyFileSync('model/names.bin', 'dist/names.bin');
}
