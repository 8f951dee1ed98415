// Compiles the integration suite (test/integration/suite/*.ts) into out/test/suite/, one bundle per
// file so index.js can find each *.test.js. vscode is provided by the extension host; mocha stays
// external so the suite and index.js share one mocha instance.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const sourceDir = 'test/integration/suite';
const outdir = 'out/test/suite';

const entryPoints = readdirSync(sourceDir)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
  .map((name) => join(sourceDir, name));

// A test deleted from the source must not keep running from a stale bundle.
rmSync(outdir, { recursive: true, force: true });

await esbuild.build({
  entryPoints,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  outdir,
  external: ['vscode', 'mocha'],
  sourcemap: true,
  logLevel: 'warning',
});
