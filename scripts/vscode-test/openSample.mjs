// Serves the sample bulletin in code-server with the extension loaded from this repository, prints
// the URL to open, and runs until interrupted. The samples are copied into .vscode-test/sample-workspace
// (once: later runs keep your edits) because the shared folder may be read-only.
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, samplesDir, startCodeServer, workbenchUrl } from './codeServer.mjs';

const stateDir = join(repoRoot, '.vscode-test', 'open-sample');
const workspace = join(repoRoot, '.vscode-test', 'sample-workspace');
mkdirSync(stateDir, { recursive: true });
if (!existsSync(workspace)) cpSync(samplesDir, workspace, { recursive: true });

const server = await startCodeServer({
  folder: workspace,
  stateDir,
  port: process.env.PORT ? Number(process.env.PORT) : undefined,
});
const url = workbenchUrl(server, {
  folder: workspace,
  extensionDevelopmentPath: repoRoot,
  openFile: join(workspace, 'gaoxin-bulletin.txt'),
});
console.log(`\ncode-server (VS Code 1.100.3) is serving the sample bulletin with the extension from ${repoRoot}.`);
console.log(`Open this URL in a browser on this machine (forward port ${server.port} to reach it from elsewhere):\n\n  ${url}\n`);
console.log('Press Ctrl-C to stop.');
// Ctrl-C ends code-server with this process (startCodeServer's signal handlers).
setInterval(() => {}, 1 << 30);
