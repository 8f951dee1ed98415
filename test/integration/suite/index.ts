// The test entry point VS Code loads as `extensionTestsPath` (the @vscode/test-electron contract,
// also honoured by code-server's workbench): exports run(), which resolves when every test passed.
// Loads each compiled `*.test.js` beside this file with mocha's tdd UI (suite/test).
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

const defaultTimeoutMs = 30_000;

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    reporter: 'spec',
    color: false,
    timeout: Number(process.env.BULLETIN_TEST_TIMEOUT_MS) || defaultTimeoutMs,
    grep: process.env.BULLETIN_TEST_GREP || undefined,
  });
  const files = fs.readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort();
  if (files.length === 0) return Promise.reject(new Error(`no *.test.js files beside ${__filename}`));
  for (const name of files) mocha.addFile(path.join(__dirname, name));

  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
    } catch (err) {
      // A test file that throws while loading lands here, not in a failure count.
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
