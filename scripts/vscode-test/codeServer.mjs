// Starts code-server (a real VS Code: server + web workbench, installed by ./install.sh) on a free
// loopback port with throwaway user-data, extensions and config, and drives its workbench with
// Debian's Chromium through playwright-core. Shared by the integration runner, the UI check,
// the vsix check and open-sample.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const codeServerEntry = join(repoRoot, '.vscode-test/code-server/node_modules/code-server/out/node/entry.js');
// Relative to the repo so that CI's fresh clone finds the read-only shared folder beside it.
export const samplesDir = resolve(repoRoot, process.env.BULLETIN_SAMPLES_DIR ?? '../shared/samples');
export const extensionId = 'bulletin-tools.bulletin-annotator';

/**
 * The user setting that runs this extension, in development mode too, in the browser's web worker
 * extension host instead of the Node one (an extension with both entries runs in Node by default).
 */
export const webHostSettings = { 'remote.extensionKind': { [extensionId]: ['web'] } };

const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
];

// User settings that keep the workbench quiet: no welcome page, no update or extension-gallery checks.
const quietSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'git.enabled': false,
  'chat.disableAIFeatures': true,
  'window.commandCenter': false,
};

export function assertInstalled() {
  if (!existsSync(codeServerEntry)) {
    throw new Error(`code-server is not installed (${codeServerEntry}); run: bash scripts/vscode-test/install.sh`);
  }
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** A throwaway folder under the OS temp dir, removed by the returned function. */
export function makeTempRoot(label) {
  const dir = mkdtempSync(join(tmpdir(), `bulletin-${label}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Copies the sample bulletins into a writable workspace folder (the shared folder is read-only in CI). */
export function makeSampleWorkspace(parentDir) {
  if (!existsSync(samplesDir)) throw new Error(`sample folder not found: ${samplesDir}`);
  const workspace = join(parentDir, 'samples');
  cpSync(samplesDir, workspace, { recursive: true });
  return workspace;
}

/**
 * Starts code-server and waits until it answers. `folder` is the workspace it opens by default;
 * `settings` go into the user settings beside the quiet ones.
 * Returns { port, origin, authority, userDataDir, extensionsDir, output(), stop() }.
 */
export async function startCodeServer({ folder, stateDir, extensionsDir, env = {}, echo = false, port, settings = {} }) {
  assertInstalled();
  port ??= await freePort();
  const userDataDir = join(stateDir, 'user-data');
  extensionsDir ??= join(stateDir, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...quietSettings, ...settings }, null, 2));
  // Its own config file: code-server would otherwise write ~/.config/code-server/config.yaml.
  const configFile = join(stateDir, 'config.yaml');
  writeFileSync(configFile, 'auth: none\ncert: false\n');

  const args = [
    codeServerEntry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--config', configFile,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    folder,
  ];
  // Its own process group, so stop() also ends the extension host and other helpers it forks.
  const child = spawn(process.execPath, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let output = '';
  const collect = (chunk) => {
    output += chunk;
    if (echo) process.stdout.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let exited = false;
  child.on('exit', () => { exited = true; });

  const killGroup = (signal) => {
    try { process.kill(-child.pid, signal); } catch { /* already gone */ }
  };
  // Last resort when the runner itself ends or is interrupted: never leave a server behind.
  const onExit = () => killGroup('SIGKILL');
  const onSignal = (signal) => {
    killGroup('SIGKILL');
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('exit', onExit);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const stop = async () => {
    process.off('exit', onExit);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (exited) return;
    killGroup('SIGTERM');
    const deadline = Date.now() + 5000;
    while (!exited && Date.now() < deadline) await sleep(100);
    killGroup('SIGKILL');
  };

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited while starting:\n${output}`);
    try {
      const res = await fetch(`${origin}/healthz`);
      if (res.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${origin} within 60 s:\n${output}`);
    }
    await sleep(200);
  }
  return { port, origin, authority: `127.0.0.1:${port}`, userDataDir, extensionsDir, output: () => output, stop };
}

/** The workbench URL that opens `folder`, optionally with an extension in development mode and its tests. */
export function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath, openFile }) {
  const remote = (path) => `vscode-remote://${server.authority}${path}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (openFile) payload.push(['openFile', remote(openFile)]);
  let url = `${server.origin}/?folder=${encodeURIComponent(folder)}`;
  if (payload.length) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}; run: bash scripts/vscode-test/install.sh`);
  }
  return chromium.launch({ executablePath, headless: true, args: chromiumArgs });
}

/** The extension host's own log files (activation errors land there), newest session only. */
export function extensionHostLogs(userDataDir) {
  const logsRoot = join(userDataDir, 'logs');
  if (!existsSync(logsRoot)) return [];
  const sessions = readdirSync(logsRoot).sort();
  const found = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/exthost/i.test(path) && name.endsWith('.log')) found.push({ path, text: readFileSync(path, 'utf8') });
    }
  };
  if (sessions.length) walk(join(logsRoot, sessions[sessions.length - 1]));
  return found;
}

/**
 * Gives up after `ms`: calls `onTimeout` (which should clean up) and exits with 124.
 * Returns { cancel(), timedOut() } so the interrupted flow can stay quiet about the errors it causes.
 */
export function watchdog(ms, onTimeout) {
  let fired = false;
  const timer = setTimeout(async () => {
    fired = true;
    console.error(`\n[vscode-test] timed out after ${Math.round(ms / 1000)} s`);
    try { await onTimeout(); } finally { process.exit(124); }
  }, ms);
  return { cancel: () => clearTimeout(timer), timedOut: () => fired };
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Formats what the workbench hands to codeAutomationLog: a type and the console call's arguments,
 * printf-style (mocha's reporter logs '%s' patterns). Returns undefined for known harmless noise.
 */
export function formatAutomationLog(type, args) {
  const text = format(...(Array.isArray(args) ? args : [args]));
  // No internet here: the extension gallery (open-vsx.org) cannot be reached, which changes nothing.
  if (text.includes('open-vsx.org')) return undefined;
  // The workbench's own start-up timing complaints on a slow, shared machine.
  if (/^Creation of workbench contribution .* took \d+ms/.test(text)) return undefined;
  return type === 'error' || type === 'warn' ? `[${type}] ${text}` : text;
}
