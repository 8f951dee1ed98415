// `npm run package`: builds bulletin-annotator.vsix with @vscode/vsce (production bundle and compiled
// model through the vscode:prepublish script) and checks what it carries: the bundles and the model
// must be in; sources, tests, node_modules and any native binary must not. No native code and no
// target platform: the same .vsix installs on Windows, macOS and Linux, on any CPU.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { repoRoot } from './vscode-test/codeServer.mjs';

export const vsixPath = join(repoRoot, 'bulletin-annotator.vsix');

/**
 * The entries of a zip file, read from its central directory through yauzl (a dependency of vsce),
 * with the text of those named in `read`.
 */
async function zipEntries(path, read = []) {
  const require = createRequire(join(repoRoot, 'node_modules/@vscode/vsce/package.json'));
  const yauzl = require('yauzl');
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const entries = [];
      zip.on('entry', (entry) => {
        const item = { name: entry.fileName, size: entry.uncompressedSize };
        entries.push(item);
        if (!read.includes(entry.fileName)) return zip.readEntry();
        zip.openReadStream(entry, (error, stream) => {
          if (error) return reject(error);
          const chunks = [];
          stream.on('data', (c) => chunks.push(c));
          stream.on('end', () => { item.text = Buffer.concat(chunks).toString('utf8'); zip.readEntry(); });
        });
      });
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
    'extension/dist/model.bin',
    'extension/dist/web/extension.js',
    'extension/dist/web/worker.js',
  ];
  for (const name of required) if (!names.includes(name)) problems.push(`missing ${name}`);
  const forbidden = [/^extension\/src\//, /^extension\/test\//, /^extension\/out\//, /^extension\/bench\//,
    /\.ts$/, /\.map$/, /^extension\/node_modules\//, /\.node$/, /\.vscode-test/];
  for (const name of names) {
    if (forbidden.some((re) => re.test(name)) && !name.endsWith('.d.ts')) problems.push(`should not carry ${name}`);
  }
  return problems;
}

/** Whether the manifest inside the .vsix names a target platform (it must not). */
function targetPlatform(manifest) {
  return /TargetPlatform="([^"]+)"/.exec(manifest)?.[1];
}

async function main() {
  const vsce = join(repoRoot, 'node_modules/@vscode/vsce/vsce');
  const args = ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license',
    '--no-rewrite-relative-links', '--out', vsixPath];
  execFileSync(process.execPath, [vsce, ...args], { cwd: repoRoot, stdio: 'inherit' });

  const entries = await zipEntries(vsixPath, ['extension.vsixmanifest']);
  const problems = checkContents(entries.map((e) => e.name));
  const target = targetPlatform(entries.find((e) => e.name === 'extension.vsixmanifest')?.text ?? '');
  if (target) problems.push(`it is for one platform (${target})`);
  const size = statSync(vsixPath).size;
  const unpacked = entries.reduce((sum, e) => sum + e.size, 0);
  console.log(`${vsixPath}: ${(size / 1e6).toFixed(2)} MB, ${entries.length} files, ${(unpacked / 1e6).toFixed(2)} MB unpacked` +
    `, ${target ? `target ${target}` : 'no target platform'}, ${entries.filter((e) => e.name.endsWith('.node')).length} .node files`);
  if (problems.length) {
    console.error(`the .vsix is not right:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
