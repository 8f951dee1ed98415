// A hostile or unlucky session: the analysis worker crashes or hangs (through the test hooks), a
// document is closed while it is being analysed, every feature runs on a document that must stay
// untouched, export meets an existing file, and the manifest's promise about untrusted workspaces.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { BulletinApi } from '../../../src/extension/api';
import { activate, closeAllEditors, extensionId, openAnalysed, openUntitled, sampleCopy, sleep } from './support/bulletin';

const ARTICLE = '本报讯 10月6日下午，区党工委书记王新亭到高新投控集团调研，\n听取了项目进展情况的汇报。项目总投资30亿元。\n记者 孙明\n\n';

async function waitFor(what: string, condition: () => boolean | Promise<boolean>, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`${what}: not reached within ${ms / 1000} s`);
    await sleep(25);
  }
}

/** Types a character and waits for the new version's analysis. */
async function editAndAnalyse(api: BulletinApi, editor: vscode.TextEditor): Promise<void> {
  await editor.edit((b) => b.insert(new vscode.Position(0, 0), '　'));
  await api.whenAnalyzed(editor.document.uri);
  const stored = api.summaryOf(editor.document.uri);
  assert.equal(stored?.version, editor.document.version, 'no analysis of the edited version arrived');
}

suite('robustness', () => {
  let api: BulletinApi;

  suiteSetup(async () => {
    api = await activate();
  });
  suiteTeardown(closeAllEditors);

  test('a crashed worker is restarted, the crash is logged, and a later analysis arrives', async () => {
    const editor = await openUntitled(api, ARTICLE.repeat(3));
    const restarts = api.workerRestarts();
    await api.testing.crashWorker();
    await waitFor('restart after the crash', () => api.workerRestarts() > restarts);
    assert.ok(api.testing.logLines().some((l) => l.startsWith('[error] Analysis worker crashed')), api.testing.logLines().join('\n'));
    // The analyses the dead worker held are gone: the unchanged document is analysed again and answers.
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(0, 20));
    assert.ok(hovers.length > 0, 'no hover on the unchanged document after the restart');
    await api.whenAnalyzed(editor.document.uri);
    assert.ok(api.decorationRanges(editor.document.uri)?.official.length, 'no decorations after the restart');
    await editAndAnalyse(api, editor);
  });

  test('after a crash the document on screen is analysed again at once, one loaded behind it only when asked', async () => {
    const hidden = await openUntitled(api, ARTICLE.repeat(4));
    const shown = await openUntitled(api, ARTICLE.repeat(2));
    assert.ok(!vscode.window.visibleTextEditors.some((e) => e.document === hidden.document), 'the first document is still on screen');
    const restarts = api.workerRestarts();
    await api.testing.crashWorker();
    await waitFor('restart after the crash', () => api.workerRestarts() > restarts);
    await waitFor('the document on screen analysed again', () => api.summaryOf(shown.document.uri)?.version === shown.document.version);
    await sleep(1000);
    assert.equal(api.summaryOf(hidden.document.uri), undefined, 'the document behind was analysed again unasked');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', hidden.document.uri);
    assert.ok(symbols?.length, 'no outline of the document behind when asked');
  });

  test('a hung worker is restarted after the timeout, the hang is logged, and a later analysis arrives', async function () {
    this.timeout(60_000);
    const config = vscode.workspace.getConfiguration('bulletin');
    await config.update('analysisTimeoutSeconds', 2, vscode.ConfigurationTarget.Global);
    let editor: vscode.TextEditor;
    try {
      await sleep(100);
      editor = await openUntitled(api, ARTICLE.repeat(2));
      // The worker has answered: the short timeout applies (a fresh one gets more time to start).
      await api.testing.workerMemory();
      const restarts = api.workerRestarts();
      await api.testing.hangWorker();
      await waitFor('restart after the hang', () => api.workerRestarts() > restarts);
      assert.ok(api.testing.logLines().some((l) => l.includes('Analysis worker restarted: no answer for 2 s')), api.testing.logLines().join('\n'));
    } finally {
      await config.update('analysisTimeoutSeconds', undefined, vscode.ConfigurationTarget.Global);
    }
    await editAndAnalyse(api, editor);
  });

  test('a document closed while it is being analysed leaves nothing behind', async function () {
    this.timeout(60_000);
    const parts: string[] = [];
    for (let i = 0; i < 400; i++) parts.push(ARTICLE.replace('30亿元', `${i + 3}亿元`));
    const document = await vscode.workspace.openTextDocument({ language: 'bulletin', content: parts.join('') });
    await vscode.window.showTextDocument(document, { preview: false });
    const key = document.uri.toString();
    // Ask for the outline (analysis starts at once), then close before the answer.
    void vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', document.uri);
    await sleep(20);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('the document closed', () => document.isClosed);
    await sleep(500);
    await waitFor('the extension forgot it', () => !api.testing.heldDocuments().includes(key), 10_000);
    await waitFor('the worker forgot it', async () => !(await api.testing.workerDocuments()).includes(key), 30_000);
    assert.equal(api.decorationRanges(document.uri), undefined);
    assert.equal(api.summaryOf(document.uri), undefined);
  });

  test('no feature ever edits the document', async () => {
    const copy = sampleCopy();
    try {
      const editor = await openAnalysed(api, copy.file);
      const document = editor.document;
      const original = document.getText();
      const version = document.version;
      let changes = 0;
      const listener = vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === document && e.contentChanges.length > 0) changes++;
      });
      try {
        const uri = document.uri;
        const middle = document.positionAt(Math.floor(original.length / 2));
        await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri);
        await vscode.commands.executeCommand('vscode.executeFoldingRangeProvider', uri);
        await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, middle);
        await vscode.commands.executeCommand('vscode.executeReferenceProvider', uri, middle);
        await vscode.commands.executeCommand('bulletin.nextArticle');
        await vscode.commands.executeCommand('bulletin.previousArticle');
        await vscode.commands.executeCommand('bulletin.toggleKind', 'figure', false);
        await vscode.commands.executeCommand('bulletin.toggleKind', 'figure', true);
        await vscode.commands.executeCommand('bulletin.exportAnnotations', uri, { format: 'json', overwrite: true });
        await vscode.commands.executeCommand('bulletin.exportAnnotations', uri, { format: 'csv', overwrite: true });
        await vscode.commands.executeCommand('bulletin.entities.focus');
        await api.whenAnalyzed(uri);
      } finally {
        listener.dispose();
      }
      assert.equal(changes, 0, 'the document was edited');
      assert.equal(document.version, version);
      assert.equal(document.isDirty, false);
      assert.equal(document.getText(), original);
      assert.equal(fs.readFileSync(copy.file, 'utf8'), original, 'the file on disk changed');
    } finally {
      await closeAllEditors();
      copy.remove();
    }
  });

  test('export asks before overwriting an existing file and keeps it when the answer is no', async () => {
    const copy = sampleCopy();
    try {
      const editor = await openAnalysed(api, copy.file);
      const target = path.join(copy.dir, 'existing.json');
      fs.writeFileSync(target, 'keep me');
      const asked = api.testing.overwritePromptsShown();
      api.testing.answerOverwritePrompt(false);
      const declined = await vscode.commands.executeCommand<vscode.Uri | undefined>('bulletin.exportAnnotations', editor.document.uri, { format: 'json', target });
      assert.equal(declined, undefined);
      assert.equal(api.testing.overwritePromptsShown(), asked + 1, 'no question was asked');
      assert.equal(fs.readFileSync(target, 'utf8'), 'keep me');
      api.testing.answerOverwritePrompt(true);
      const accepted = await vscode.commands.executeCommand<vscode.Uri | undefined>('bulletin.exportAnnotations', editor.document.uri, { format: 'json', target });
      assert.equal(accepted?.fsPath, target);
      assert.equal(api.testing.overwritePromptsShown(), asked + 2);
      assert.ok(JSON.parse(fs.readFileSync(target, 'utf8')).entities.length > 0);
      // A new file needs no question.
      const fresh = path.join(copy.dir, 'fresh.csv');
      await vscode.commands.executeCommand('bulletin.exportAnnotations', editor.document.uri, { format: 'csv', target: fresh });
      assert.equal(api.testing.overwritePromptsShown(), asked + 2);
      assert.ok(fs.existsSync(fresh));
    } finally {
      api.testing.answerOverwritePrompt(undefined);
      await closeAllEditors();
      copy.remove();
    }
  });

  test('the manifest declares limited support in untrusted workspaces, with the user dictionary restricted', () => {
    const manifest = vscode.extensions.getExtension(extensionId)!.packageJSON;
    const untrusted = manifest.capabilities.untrustedWorkspaces;
    assert.equal(untrusted.supported, 'limited');
    assert.deepEqual(untrusted.restrictedConfigurations, ['bulletin.userDictionary']);
    // Every setting that names a file is restricted.
    const settings = Object.entries(manifest.contributes.configuration.properties as Record<string, { type: unknown }>);
    for (const [name, spec] of settings) if (spec.type === 'string' && /dictionary|path|file/i.test(name)) assert.ok(untrusted.restrictedConfigurations.includes(name), name);
  });
});
