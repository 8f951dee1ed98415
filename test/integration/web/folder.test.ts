// The folder index in the browser's extension host: it runs there too (vscode.workspace.fs on the
// host, the index in the nested Web Worker), so Go to Symbol in Workspace finds the sample's reporter
// and the Who's who view lists them.
import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { activate } from '../suite/support/bulletin';

suite('the folder index in the browser', () => {
  test('Go to Symbol in Workspace and the Who\'s who view answer from the indexed folder', async () => {
    const api = await activate();
    // Indexing starts a moment after activation; wait for it to have run.
    for (const until = Date.now() + 30_000; ; ) {
      await api.whenFolderIndexed();
      const tree = await api.testing.whosWhoTree('孙庆辉');
      if (tree.some((p) => p.label === '孙庆辉')) break;
      if (Date.now() > until) assert.fail(`孙庆辉 not in the Who's who view: ${JSON.stringify(tree)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '孙庆辉');
    assert.ok(symbols.some((s) => s.name === '孙庆辉' && s.location.uri.path.endsWith('gaoxin-bulletin.txt')), JSON.stringify(symbols.map((s) => s.name)));
  });
});
