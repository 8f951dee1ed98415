// Proves the harness itself: the suite runs inside a real VS Code with the extension under
// development loaded and the sample workspace open.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';

const extensionId = 'bulletin-tools.bulletin-annotator';

suite('the integration harness', () => {
  test('runs inside VS Code 1.100 or newer', () => {
    const [major, minor] = vscode.version.split('.').map(Number);
    assert.ok(major > 1 || (major === 1 && minor >= 100), `VS Code ${vscode.version}`);
  });

  test('loads the extension under development', () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is not among the loaded extensions`);
  });

  test('opens a workspace folder holding the sample bulletin', () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'no workspace folder is open');
    assert.ok(fs.existsSync(path.join(folder.uri.fsPath, 'gaoxin-bulletin.txt')), folder.uri.fsPath);
  });

  test('activates the extension without an error', async function () {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension);
    // Until the extension's entry point exists there is nothing to activate.
    if (!fs.existsSync(path.join(extension.extensionPath, 'src/extension/extension.ts'))) this.skip();
    await extension.activate();
    assert.equal(extension.isActive, true);
  });
});
