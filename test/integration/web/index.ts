// The web suite's entry (extensionTestsPath with the extension in code-server's browser extension
// host, run by test/integration/runInCodeServer.mjs --web): mocha's browser build, tdd interface;
// the host check first, then the shared suites that need no file system beyond open documents
// (symbols, hover, decorations), the user dictionary, and the folder index. Node's assert, mocha and fs are replaced at bundling
// (scripts/build-tests.mjs).
import 'mocha/mocha.js';

declare const mocha: {
  setup(options: { ui: string; reporter: string; timeout: number; color: boolean }): void;
  run(done: (failures: number) => void): void;
};

export function run(): Promise<void> {
  mocha.setup({ ui: 'tdd', reporter: 'spec', timeout: 60_000, color: false });
  return new Promise((resolve, reject) => {
    try {
      // Loaded here, after setup: their suite() and test() calls need mocha's globals.
      require('./host.test');
      require('../suite/outline.test');
      require('../suite/hover.test');
      require('../suite/decorations.test');
      require('./corrections.test');
      require('../suite/userDictionary.test');
      require('./folder.test');
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} web test(s) failed`)) : resolve()));
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
