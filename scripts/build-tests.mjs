// Compiles the integration suite (test/integration/suite/*.ts) into out/test/suite/, one bundle per
// file so index.js can find each *.test.js. vscode is provided by the extension host; mocha stays
// external so the suite and index.js share one mocha instance.
// Also the web suite (test/integration/web/index.ts) into out/test/web/index.js, one CommonJS bundle
// for the browser's extension host: Node's assert, the mocha module and the Node modules the shared
// support file imports are replaced by the stand-ins in test/integration/web/.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

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

const webStandIns = {
  'node:assert/strict': 'assert.ts',
  mocha: 'mochaGlobals.ts',
  'node:fs': 'nodeStub.ts',
  'node:os': 'nodeStub.ts',
  'node:path': 'nodeStub.ts',
};
rmSync('out/test/web', { recursive: true, force: true });
await esbuild.build({
  entryPoints: ['test/integration/web/index.ts'],
  bundle: true,
  format: 'cjs',
  platform: 'browser',
  target: 'es2022',
  outfile: 'out/test/web/index.js',
  external: ['vscode'],
  sourcemap: true,
  logLevel: 'warning',
  plugins: [{
    name: 'web-stand-ins',
    setup(build) {
      build.onResolve({ filter: /^(node:assert\/strict|mocha|node:fs|node:os|node:path)$/ }, (args) => ({
        path: resolve('test/integration/web', webStandIns[args.path]),
      }));
    },
  }],
});
