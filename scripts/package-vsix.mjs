// `npm run package`: builds bulletin-annotator.vsix with @vscode/vsce (production bundle through the
// vscode:prepublish script, dependencies on) and checks what it carries: nodejieba's native binary
// and dictionaries must be in, sources and tests must not. The .vsix is platform-specific because
// of that binary, so it is packaged for the platform it was built on.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { repoRoot } from './vscode-test/codeServer.mjs';

export const vsixPath = join(repoRoot, 'bulletin-annotator.vsix');

const targets = { 'linux-x64': 'linux-x64', 'linux-arm64': 'linux-arm64', 'darwin-x64': 'darwin-x64',
  'darwin-arm64': 'darwin-arm64', 'win32-x64': 'win32-x64', 'win32-arm64': 'win32-arm64' };

/** The entries of a zip file, read from its central directory through yauzl (a dependency of vsce). */
async function zipEntries(path) {
  const require = createRequire(join(repoRoot, 'node_modules/@vscode/vsce/package.json'));
  const yauzl = require('yauzl');
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const entries = [];
      zip.on('entry', (entry) => { entries.push({ name: entry.fileName, size: entry.uncompressedSize }); zip.readEntry(); });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

export function checkContents(names) {
  const problems = [];
  const required = [
    'extension/package.json',
    'extension/dist/extension.js',
    'extension/dist/worker.js',
    'extension/node_modules/nodejieba/index.js',
    'extension/node_modules/nodejieba/build/Release/nodejieba.node',
    'extension/node_modules/nodejieba/submodules/cppjieba/dict/jieba.dict.utf8',
    'extension/node_modules/nodejieba/submodules/cppjieba/dict/hmm_model.utf8',
    'extension/node_modules/nodejieba/submodules/cppjieba/dict/user.dict.utf8',
    'extension/node_modules/nodejieba/submodules/cppjieba/dict/idf.utf8',
    'extension/node_modules/nodejieba/submodules/cppjieba/dict/stop_words.utf8',
  ];
  for (const name of required) if (!names.includes(name)) problems.push(`missing ${name}`);
  const forbidden = [/^extension\/src\//, /^extension\/test\//, /^extension\/out\//, /^extension\/bench\//,
    /\.ts$/, /\.map$/, /^extension\/node_modules\/(?!nodejieba\/)/, /\/obj\.target\//, /\.vscode-test/];
  for (const name of names) {
    if (forbidden.some((re) => re.test(name)) && !name.endsWith('.d.ts')) problems.push(`should not carry ${name}`);
  }
  return problems;
}

async function main() {
  const target = targets[`${process.platform}-${process.arch}`];
  const vsce = join(repoRoot, 'node_modules/@vscode/vsce/vsce');
  const args = ['package', '--dependencies', '--allow-missing-repository', '--skip-license',
    '--no-rewrite-relative-links', '--out', vsixPath];
  if (target) args.push('--target', target);
  execFileSync(process.execPath, [vsce, ...args], { cwd: repoRoot, stdio: 'inherit' });

  const entries = await zipEntries(vsixPath);
  const problems = checkContents(entries.map((e) => e.name));
  const size = statSync(vsixPath).size;
  const unpacked = entries.reduce((sum, e) => sum + e.size, 0);
  console.log(`${vsixPath}: ${(size / 1e6).toFixed(2)} MB, ${entries.length} files, ${(unpacked / 1e6).toFixed(2)} MB unpacked` +
    (target ? `, target ${target}` : ''));
  if (problems.length) {
    console.error(`the .vsix is not right:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
