// Installs the packaged .vsix into a throwaway code-server extensions folder with --install-extension,
// checks that code-server lists it, that the installed copy carries the compiled model and no native
// code (no .node file, no node_modules: the same .vsix serves every platform), and that the
// installed extension annotates the sample: code-server is started on that extensions folder with no
// extensionDevelopmentPath, Chromium opens gaoxin-bulletin.txt in the workbench, hovering the first
// official shows the extension's card with a title, the breadcrumbs show the first headline, and the
// extension host ran the installed copy's worker. Screenshot: test-results/screenshots/05-installed-vsix.png.
//   node scripts/vscode-test/checkVsix.mjs [path/to/extension.vsix] [--timeout SECONDS]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  assertInstalled, codeServerEntry, extensionHostLogs, extensionId, launchChromium, makeSampleWorkspace,
  makeTempRoot, repoRoot, sleep, startCodeServer, watchdog, workbenchUrl,
} from './codeServer.mjs';
import { firstOfficial, goToLine, hoverText, openWithQuickOpen } from './workbench.mjs';

const { values: options, positionals } = parseArgs({
  allowPositionals: true, options: { timeout: { type: 'string', default: '90' } },
});
const vsix = resolve(positionals[0] ?? join(repoRoot, 'bulletin-annotator.vsix'));
if (!existsSync(vsix)) {
  console.error(`${vsix} not found: run npm run package first`);
  process.exit(2);
}
assertInstalled();

const sampleName = 'gaoxin-bulletin.txt';
const screenshotDir = join(repoRoot, 'test-results', 'screenshots');
const started = Date.now();
const temp = makeTempRoot('vsix');
let server;
let browser;

async function cleanUp() {
  await browser?.close().catch(() => {});
  await server?.stop();
  temp.remove();
}
const timer = watchdog(Number(options.timeout) * 1000, cleanUp);

/** Opens the installed build in code-server's workbench and checks that it annotates the sample. */
async function checkAnnotates(extensionsDir, installed) {
  mkdirSync(screenshotDir, { recursive: true });
  const workspace = makeSampleWorkspace(temp.dir);
  const samplePath = join(workspace, sampleName);
  const official = firstOfficial(samplePath);

  // The installed extensions folder and nothing else: no extensionDevelopmentPath pointing at the repo.
  server = await startCodeServer({ folder: workspace, stateDir: join(temp.dir, 'server'), extensionsDir });
  browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  try {
    await page.goto(workbenchUrl(server, { folder: workspace }));
    await openWithQuickOpen(page, sampleName);
    await goToLine(page, official.line, official.column);
    const hovered = await hoverText(page, official.name, 45_000);
    await page.screenshot({ path: join(screenshotDir, '05-installed-vsix.png') });

    const problems = [];
    if (!hovered.includes(official.name)) problems.push(`the hover card does not name ${official.name}`);
    if (!/official/i.test(hovered)) problems.push('the hover card does not call them an official');
    const shownTitle = official.titles.find((t) => hovered.includes(t));
    if (official.titles.length && !shownTitle) problems.push(`the hover card lists none of ${official.titles.join('; ')}`);
    const breadcrumbs = (await page.locator('.monaco-breadcrumbs').first().innerText().catch(() => '')).trim();
    if (official.headline && !breadcrumbs.includes(official.headline)) {
      problems.push(`the breadcrumbs do not show the first headline ${official.headline} (${JSON.stringify(breadcrumbs)})`);
    }
    // The extension logs where its analysis worker runs from: the installed copy, not the repo's build.
    const workerPath = join(installed, 'dist/worker.js');
    let logs = '';
    for (const deadline = Date.now() + 5000; Date.now() < deadline; await sleep(250)) {
      logs = extensionHostLogs(server.userDataDir).map((l) => l.text).join('\n');
      if (logs.includes(workerPath)) break;
    }
    if (!logs.includes(workerPath)) problems.push(`the extension host logs do not show the worker started from ${workerPath}`);
    if (logs.includes(join(repoRoot, 'dist'))) problems.push(`the extension host ran the repo's build (${join(repoRoot, 'dist')})`);
    if (problems.length) {
      throw new Error(`${problems.join('; ')}\nhover text: ${JSON.stringify(hovered)}\nextension host logs:\n${logs.slice(-3000)}`);
    }
    console.log(`the installed copy (${installed}) annotates ${sampleName} in code-server: hovering ${official.name} shows "${shownTitle ?? 'official'}", the breadcrumbs "${official.headline ?? ''}"`);
  } catch (err) {
    await page.screenshot({ path: join(screenshotDir, '05-installed-vsix.png') }).catch(() => {});
    throw err;
  }
}

/** Every file under a folder. */
function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)]));
}

let exitCode = 1;
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
  const files = filesUnder(installed);
  const native = files.filter((f) => f.endsWith('.node') || f.includes('/node_modules/'));
  if (native.length) throw new Error(`the installed copy carries native code or packages: ${native.slice(0, 5).join(', ')}`);
  if (!files.includes(join(installed, 'dist/model.bin'))) throw new Error(`the installed copy has no dist/model.bin`);
  console.log(`installed ${entry} into code-server: ${files.length} files, no .node file, no node_modules`);

  await checkAnnotates(extensionsDir, installed);
  exitCode = 0;
} catch (err) {
  if (!timer.timedOut()) console.error(`vsix check failed: ${err.message}`);
} finally {
  timer.cancel();
  await cleanUp();
}
console.log(`vsix check ${exitCode === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(timer.timedOut() ? 124 : exitCode);
