// The user dictionary named by `bulletin.userDictionary`, a path relative to the workspace folder,
// read through vscode.workspace.fs: in Node and in the browser's extension host alike.
import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { activate, closeAllEditors, sleep } from './support/bulletin';

suite('the user dictionary', () => {
  test('a name listed in the workspace\'s dictionary file is found once the setting names the file', async () => {
    const api = await activate();
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the suite runs with a workspace folder');
    const file = vscode.Uri.joinPath(folder.uri, 'dictionaries', 'names.json');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify({ names: ['布和朝鲁'] })));
    const settings = vscode.workspace.getConfiguration('bulletin');
    const document = await vscode.workspace.openTextDocument({ language: 'bulletin', content: '本报讯 项目由布和朝鲁牵头完成。' });
    try {
      await vscode.window.showTextDocument(document, { preview: false });
      await api.whenAnalyzed(document.uri);
      const names = async () => ((await api.analysisOf(document.uri))?.analysis.persons ?? []).map((p) => p.name);
      assert.deepEqual(await names(), [], 'the engine alone finds the name: the test would show nothing');
      await settings.update('userDictionary', 'dictionaries/names.json', vscode.ConfigurationTarget.Workspace);
      // Under the suite's timeout, so that a miss says what was found.
      const until = Date.now() + 20_000;
      while (!(await names()).includes('布和朝鲁')) {
        if (Date.now() > until) assert.fail(`the dictionary's name is not found: ${JSON.stringify(await names())}`);
        await sleep(200);
      }
    } finally {
      await settings.update('userDictionary', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder.uri, 'dictionaries'), { recursive: true });
      await closeAllEditors();
    }
  });
});
