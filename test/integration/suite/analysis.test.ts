// The analysis store: a result for a version the document has left is never applied; plain-text
// files are annotated only when they look like bulletins.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { BulletinApi } from '../../../src/extension/api';
import { activate, closeAllEditors, openUntitled, sleep } from './support/bulletin';

const ARTICLE = '本报讯 10月6日下午，区党工委书记王新亭到高新投控集团调研，\n听取了项目进展情况的汇报。项目总投资30亿元。\n记者 孙明\n\n';

/** A long page of articles that differ (so the engine's per-article cache cannot answer at once). */
function longPage(count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    parts.push(`本报讯 ${(i % 12) + 1}月${(i % 28) + 1}日上午，区党工委副书记王${'新明华'[i % 3]}亭到第${i + 1}产业园调研，\n听取了${i + 3}个项目进展情况的汇报。项目总投资${i + 7}亿元，占地${i * 3 + 20}亩。\n记者 孙明\n\n`);
  }
  return parts.join('');
}

suite('analysis', () => {
  let api: BulletinApi;

  suiteSetup(async () => {
    api = await activate();
  });
  suiteTeardown(closeAllEditors);

  test('a result for an old version is never applied while the document is being edited', async function () {
    // Several analyses of a long page in a row: slow on a loaded machine.
    this.timeout(90_000);
    const document = await vscode.workspace.openTextDocument({ language: 'bulletin', content: longPage(120) });
    const editor = await vscode.window.showTextDocument(document);
    const applied: Array<{ analysed: number; current: number; length: number; textLength: number }> = [];
    const listener = api.onDidAnalyze((e) => {
      if (e.uri.toString() !== document.uri.toString()) return;
      const stored = api.summaryOf(document.uri)!;
      applied.push({ analysed: e.version, current: document.version, length: stored.summary.length, textLength: document.getText().length });
    });
    const droppedBefore = api.staleResultsDropped();
    // Each analysis holds the worker a while, as a long page on a slow machine does: the second
    // edit of each round then reaches the worker while it analyses the version before it.
    await api.testing.slowAnalyses(1000);
    try {
      // After an edit, ask for the analysis of the new version and the outline, then edit again
      // before the answer is back: that answer is for a version the document has left. (The
      // outline alone does not do it: VS Code may run its provider after the edit.)
      for (let i = 0; i < 6; i++) {
        await editor.edit((b) => b.insert(new vscode.Position(0, 0), ARTICLE));
        const analysed = api.whenAnalyzed(document.uri);
        const outline = vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
        await editor.edit((b) => b.insert(new vscode.Position(0, 0), ARTICLE));
        await Promise.all([analysed, outline]);
        await sleep(i % 2 ? 5 : 60);
      }
      await api.whenAnalyzed(document.uri);
    } finally {
      listener.dispose();
      await api.testing.slowAnalyses(0);
    }
    assert.ok(api.staleResultsDropped() > droppedBefore, 'no analysis was overtaken by an edit: the test proved nothing');
    for (const a of applied) {
      assert.equal(a.analysed, a.current, `analysis of v${a.analysed} applied to v${a.current}`);
      assert.equal(a.length, a.textLength);
    }
    const final = (await api.analysisOf(document.uri))!;
    assert.equal(final.version, document.version);
    assert.equal(final.analysis.length, document.getText().length);
    const ranges = api.decorationRanges(document.uri)!;
    assert.equal(ranges.articleStart.length, final.analysis.articles.length);
  });

  test('a plain-text file that looks like a bulletin is annotated', async () => {
    const editor = await openUntitled(api, ARTICLE, 'plaintext');
    const stored = api.summaryOf(editor.document.uri);
    assert.ok(stored, 'plain-text bulletin was not analysed');
    assert.equal(stored.version, editor.document.version);
  });

  test('a plain-text file that does not look like a bulletin is left alone', async () => {
    const editor = await openUntitled(api, 'Shopping list\n- milk\n- bread\n', 'plaintext');
    assert.equal(api.summaryOf(editor.document.uri), undefined);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.equal(symbols?.length ?? 0, 0);
  });

  test('with detectInPlainText off, a plain-text bulletin is left alone', async () => {
    const config = vscode.workspace.getConfiguration('bulletin');
    await config.update('detectInPlainText', false, vscode.ConfigurationTarget.Global);
    try {
      const editor = await openUntitled(api, ARTICLE, 'plaintext');
      assert.equal(api.summaryOf(editor.document.uri), undefined);
    } finally {
      await config.update('detectInPlainText', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
