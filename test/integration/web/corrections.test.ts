// Corrections in the browser's extension host: bulletin.correct writes the corrections file beside
// the document through vscode.workspace.fs (no Node there), the worker applies it, undo removes it.
import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { activate, closeAllEditors, hoverText, sampleUri } from '../suite/support/bulletin';

suite('corrections in the browser host', () => {
  test('marking an organization writes the corrections file, shows in the hover, and undo takes it back', async () => {
    const api = await activate();
    const document = await vscode.workspace.openTextDocument(sampleUri());
    await vscode.window.showTextDocument(document, { preview: false });
    await api.whenAnalyzed(document.uri);
    const words = '解放军信息工程大学';
    const start = document.getText().indexOf(words);
    assert.ok(start >= 0);
    const range = new vscode.Range(document.positionAt(start), document.positionAt(start + words.length));
    assert.equal(await vscode.commands.executeCommand('bulletin.correct', document.uri, range, 'organization'), true);
    await api.whenAnalyzed(document.uri);
    const file = vscode.Uri.joinPath(document.uri, '..', 'gaoxin-bulletin.txt.corrections.json');
    const saved = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
    assert.deepEqual(saved.corrections.map((c: { action: string; text: string }) => [c.action, c.text]), [['organization', words]]);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(start + 2));
    assert.ok(hoverText(hovers).includes(words));
    assert.equal(await vscode.commands.executeCommand('bulletin.undoCorrection', document.uri), true);
    const left = await Promise.resolve(vscode.workspace.fs.stat(file)).then(() => true, () => false);
    assert.equal(left, false, 'no corrections left: no file');
    await closeAllEditors();
  });
});
