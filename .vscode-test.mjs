// Where the integration tests live and how they run, read by both runners:
// test/integration/runInCodeServer.mjs (code-server, works offline) and
// test/integration/runInElectron.mjs (@vscode/test-electron, downloads desktop VS Code).
// The keys follow @vscode/test-cli's configuration (label, files, version, workspaceFolder, mocha),
// written as a plain object so no extra package is needed.
export default {
  label: 'integration',
  files: 'out/test/suite/*.test.js',
  // The entry point that loads the files above (the @vscode/test-electron contract).
  extensionTestsPath: 'out/test/suite/index.js',
  // The web suite's entry, for the browser's extension host (runInCodeServer.mjs --web).
  webExtensionTestsPath: 'out/test/web/index.js',
  // The same VS Code as code-server 4.100.3, installed by scripts/vscode-test/install.sh.
  version: '1.100.3',
  // Copied into a throwaway folder before each run; relative to the repository.
  workspaceFolder: '../shared/samples',
  mocha: { ui: 'tdd', timeout: 30_000 },
  // The whole run, including start-up, is stopped after this long.
  timeoutSeconds: 600,
};
