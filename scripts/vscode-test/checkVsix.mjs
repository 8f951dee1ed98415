// Installs the packaged .vsix into a throwaway code-server extensions folder with --install-extension,
// checks that code-server lists it, and that nodejieba loads its dictionaries and segments from the
// installed copy (the native binary and dictionary files came through packaging).
//   node scripts/vscode-test/checkVsix.mjs [path/to/extension.vsix]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { assertInstalled, codeServerEntry, extensionId, makeTempRoot, repoRoot } from './codeServer.mjs';

const vsix = resolve(process.argv[2] ?? join(repoRoot, 'bulletin-annotator.vsix'));
if (!existsSync(vsix)) {
  console.error(`${vsix} not found: run npm run package first`);
  process.exit(2);
}
assertInstalled();

const temp = makeTempRoot('vsix');
try {
  const configFile = join(temp.dir, 'config.yaml');
  writeFileSync(configFile, 'auth: none\ncert: false\n');
  const extensionsDir = join(temp.dir, 'extensions');
  const codeServer = (...args) => execFileSync(process.execPath, [codeServerEntry, '--config', configFile,
    '--user-data-dir', join(temp.dir, 'user-data'), '--extensions-dir', extensionsDir, ...args],
  { encoding: 'utf8', timeout: 120_000 });

  console.log(codeServer('--install-extension', vsix).trim());
  const listed = codeServer('--list-extensions', '--show-versions').trim().split('\n');
  const entry = listed.find((line) => line.toLowerCase().startsWith(`${extensionId}@`));
  if (!entry) throw new Error(`code-server does not list ${extensionId}; it lists: ${listed.join(', ')}`);

  const folder = readdirSync(extensionsDir).find((name) => name.toLowerCase().startsWith(`${extensionId}-`));
  if (!folder) throw new Error(`no ${extensionId}-* folder in ${extensionsDir}`);
  const installed = join(extensionsDir, folder);
  // Loading the dictionaries is what fails when a file is missing; tagging proves the binary runs.
  const probe = `const j = require(${JSON.stringify(join(installed, 'node_modules/nodejieba'))}); j.load();
    const tags = j.tag('市长今天在会上讲话'); if (!tags.length) throw new Error('no tags'); console.log(tags.length);`;
  const tagCount = execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' }).trim();
  console.log(`installed ${entry} into code-server; nodejieba from the installed copy tagged ${tagCount} words`);
} catch (err) {
  console.error(`vsix check failed: ${err.message}`);
  process.exitCode = 1;
} finally {
  temp.remove();
}
