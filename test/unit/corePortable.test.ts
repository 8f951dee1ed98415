// The engine (src/core) runs in a browser's Web Worker as well as in Node: no module of it may import
// a Node module or use a Node global, except nodeResources.ts, the one loader of files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');
const core = join(root, 'src', 'core');
const LOADER = 'nodeResources.ts';
const NODE_GLOBALS = /\b(process|Buffer|__dirname|__filename|setImmediate|require)\s*[.(]/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Module names a source imports (import … from, import(…), export … from, require(…)). */
export function importedModules(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g)) found.push(m[1]);
  return found;
}

const builtins = new Set(builtinModules);
const isNodeModule = (name: string) => name.startsWith('node:') || builtins.has(name) || builtins.has(name.split('/')[0]);

test('the import scan sees Node modules however they are imported', () => {
  const sample = `import { readFileSync } from 'node:fs';\nimport * as path from "path";\nexport { x } from 'os';\nconst w = require('worker_threads');\nimport type { A } from './a';`;
  assert.deepEqual(importedModules(sample).filter(isNodeModule), ['node:fs', 'path', 'os', 'worker_threads']);
});

test(`no module of src/core but ${LOADER} imports a Node module or uses a Node global`, () => {
  const files = sources(core);
  assert.ok(files.length > 20, 'src/core has its sources');
  const problems: string[] = [];
  for (const file of files) {
    if (relative(core, file) === LOADER) continue;
    // Comments may name Node things freely.
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const name of importedModules(code)) if (isNodeModule(name)) problems.push(`${relative(root, file)} imports ${name}`);
    const global = code.match(NODE_GLOBALS);
    if (global) problems.push(`${relative(root, file)} uses ${global[1]}`);
  }
  assert.deepEqual(problems, []);
});
