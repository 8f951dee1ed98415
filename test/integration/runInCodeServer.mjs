// Runs the integration suite (out/test/suite/index.js, built by scripts/build-tests.mjs) inside
// code-server, a real VS Code, with the extension of this repository in development mode.
// Prints the extension host's console (mocha's report), exits with the suite's exit code, and
// ends code-server and the browser on exit and on timeout.
//
//   node test/integration/runInCodeServer.mjs [--timeout SECONDS] [--verbose] [--web]
//
// --web: the extension in code-server's browser extension host (a Web Worker, no Node) and the web
// suite (out/test/web/index.js: the host check, symbols, hover, decorations).
//
// Environment: BULLETIN_TEST_GREP (mocha grep), BULLETIN_TEST_TIMEOUT_MS (per test),
// CHROMIUM_PATH, BULLETIN_SAMPLES_DIR (default ../shared/samples, copied into a throwaway folder).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import config from '../../.vscode-test.mjs';
import {
  extensionHostLogs, formatAutomationLog, launchChromium, makeSampleWorkspace, makeTempRoot,
  repoRoot, startCodeServer, watchdog, webHostSettings, workbenchUrl,
} from '../../scripts/vscode-test/codeServer.mjs';

const { values: options } = parseArgs({
  options: {
    timeout: { type: 'string', default: String(config.timeoutSeconds) },
    verbose: { type: 'boolean', default: false },
    web: { type: 'boolean', default: false },
  },
});

const suiteEntry = join(repoRoot, options.web ? config.webExtensionTestsPath : config.extensionTestsPath);
if (!existsSync(suiteEntry)) {
  console.error(`${suiteEntry} is missing: run npm run build:tests first`);
  process.exit(2);
}

const started = Date.now();
const temp = makeTempRoot('itest');
let server;
let browser;
let exthostLogsShown = false;

function showExtensionHostLogs() {
  if (exthostLogsShown || !server) return;
  exthostLogsShown = true;
  for (const { path, text } of extensionHostLogs(server.userDataDir)) {
    console.log(`\n----- ${path.slice(server.userDataDir.length + 1)} -----\n${text.trimEnd()}`);
  }
}

async function cleanUp() {
  await browser?.close().catch(() => {});
  await server?.stop();
  temp.remove();
}

const timer = watchdog(Number(options.timeout) * 1000, async () => {
  showExtensionHostLogs();
  await cleanUp();
});

let exitCode = 1;
try {
  const workspace = makeSampleWorkspace(temp.dir);
  server = await startCodeServer({
    folder: workspace,
    stateDir: temp.dir,
    settings: options.web ? webHostSettings : {},
    env: {
      BULLETIN_TEST_GREP: process.env.BULLETIN_TEST_GREP ?? '',
      BULLETIN_TEST_TIMEOUT_MS: process.env.BULLETIN_TEST_TIMEOUT_MS ?? String(config.mocha.timeout),
    },
  });
  console.log(`[vscode-test] code-server ${server.origin} (started in ${((Date.now() - started) / 1000).toFixed(1)} s), ` +
    `extension in the ${options.web ? 'browser (web worker)' : 'Node'} extension host`);

  browser = await launchChromium();
  const page = await browser.newPage();
  let resolveExit;
  const suiteExit = new Promise((resolve) => { resolveExit = resolve; });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = formatAutomationLog(type, args);
    if (line !== undefined) console.log(line);
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
  page.on('pageerror', (err) => console.error(`[workbench] ${err.message}`));
  if (options.verbose) page.on('console', (msg) => console.log(`[workbench ${msg.type()}] ${msg.text()}`));
  page.on('crash', () => resolveExit(3));

  const url = workbenchUrl(server, {
    folder: workspace,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: suiteEntry,
  });
  const suiteStart = Date.now();
  await page.goto(url);
  exitCode = await suiteExit;
  console.log(`[vscode-test] suite exited with ${exitCode} after ${((Date.now() - suiteStart) / 1000).toFixed(1)} s ` +
    `(${((Date.now() - started) / 1000).toFixed(1)} s in all)`);
  if (exitCode !== 0 || options.verbose) showExtensionHostLogs();
} catch (err) {
  if (!timer.timedOut()) {
    console.error(err);
    showExtensionHostLogs();
  }
} finally {
  timer.cancel();
  await cleanUp();
}
process.exit(timer.timedOut() ? 124 : exitCode);
