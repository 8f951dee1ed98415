// Runs the same integration suite in desktop VS Code through @vscode/test-electron, for machines
// that can download VS Code (or have it: set VSCODE_EXECUTABLE_PATH). Not usable offline; there,
// use runInCodeServer.mjs. Needs a display (xvfb-run on a headless Linux).
//   node test/integration/runInElectron.mjs
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import config from '../../.vscode-test.mjs';
import { makeSampleWorkspace, makeTempRoot, repoRoot } from '../../scripts/vscode-test/codeServer.mjs';

const temp = makeTempRoot('electron');
let exitCode = 1;
try {
  const workspace = makeSampleWorkspace(temp.dir);
  exitCode = await runTests({
    version: process.env.VSCODE_EXECUTABLE_PATH ? undefined : config.version,
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: join(repoRoot, config.extensionTestsPath),
    extensionTestsEnv: {
      BULLETIN_TEST_TIMEOUT_MS: String(config.mocha.timeout),
      BULLETIN_TEST_GREP: process.env.BULLETIN_TEST_GREP ?? '',
    },
    launchArgs: [
      workspace,
      '--disable-extensions', // other installed extensions must not interfere
      '--disable-workspace-trust',
      '--user-data-dir', join(temp.dir, 'user-data'),
      '--extensions-dir', join(temp.dir, 'extensions'),
    ],
  });
} catch (err) {
  console.error('integration tests failed to run:', err);
} finally {
  temp.remove();
}
process.exit(exitCode);
