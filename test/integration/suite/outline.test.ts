// The outline, folding and article navigation on the sample bulletin, through VS Code's commands.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { BulletinApi } from '../../../src/extension/api';
import { activate, closeAllEditors, openAnalysed, openUntitled, sampleText, sampleUri } from './support/bulletin';

suite('outline of the sample bulletin', () => {
  let api: BulletinApi;
  let editor: vscode.TextEditor;

  suiteSetup(async () => {
    api = await activate();
    editor = await openAnalysed(api, sampleUri());
  });
  suiteTeardown(closeAllEditors);

  test('the outline lists five articles, each named by its headline', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.ok(symbols, 'no document symbols');
    const analysis = (await api.analysisOf(editor.document.uri))!.analysis;
    assert.equal(symbols.length, 5, symbols.map((s) => s.name).join(' | '));
    assert.equal(analysis.articles.length, 5);
    symbols.forEach((symbol, i) => {
      const headline = analysis.articles[i].headline?.text;
      assert.ok(headline, `article ${i + 1} has no headline`);
      assert.equal(symbol.name, headline.replace(/[\r\n]+/g, '').trim());
      assert.equal(symbol.kind, vscode.SymbolKind.String);
    });
  });

  test('an article symbol spans its article and holds its persons, dates and figures', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const withChildren = symbols.filter((s) => s.children.length > 0);
    assert.ok(withChildren.length > 0, 'no article has children');
    for (const s of symbols) for (const c of s.children) assert.ok(s.range.contains(c.range), `${c.name} lies outside ${s.name}`);
    const kinds = new Set(symbols.flatMap((s) => s.children.map((c) => c.kind)));
    assert.ok(kinds.has(vscode.SymbolKind.Field), 'no person in the outline');
    assert.ok(kinds.has(vscode.SymbolKind.Event), 'no date in the outline');
    // Each kind its own icon: an article never looks like a person.
    assert.ok(!kinds.has(vscode.SymbolKind.String), 'an entity has the article icon');
  });

  test('each article folds from its first line', async () => {
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', editor.document.uri);
    const analysis = (await api.analysisOf(editor.document.uri))!.analysis;
    const starts = new Set(ranges.map((r) => r.start));
    for (const article of analysis.articles) {
      const line = editor.document.positionAt(article.start).line;
      const last = editor.document.positionAt(article.end - 1).line;
      if (last > line) assert.ok(starts.has(line), `no folding range starts at line ${line + 1}`);
    }
  });

  test('next and previous article move the cursor from one article start to the next', async () => {
    const analysis = (await api.analysisOf(editor.document.uri))!.analysis;
    const starts = analysis.articles.map((a) => a.start).sort((a, b) => a - b);
    const text = editor.document.getText();
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('bulletin.nextArticle');
    // From the top, an article that starts after nothing but white space is where the reader is
    // already: the first jump goes to the one after it, never one column along.
    const firstTarget = text.slice(0, starts[0]).trim() === '' ? 1 : 0;
    assert.equal(editor.document.offsetAt(editor.selection.active), starts[firstTarget]);
    await vscode.commands.executeCommand('bulletin.nextArticle');
    assert.equal(editor.document.offsetAt(editor.selection.active), starts[firstTarget + 1]);
    await vscode.commands.executeCommand('bulletin.previousArticle');
    assert.equal(editor.document.offsetAt(editor.selection.active), starts[firstTarget]);
  });
});

suite('outline of a file of several issues', () => {
  test('each issue is a page symbol named by its masthead, its articles under it, and each page folds', async () => {
    const api = await activate();
    const sample = await sampleText();
    const masthead = (n: number, day: number) => `高新区简报\n第 ${n} 期\n高新区党政办公室编      2019年10月${day}日\n\n`;
    const text = masthead(35, 15) + sample + '\n\f' + masthead(36, 22) + sample;
    const editor = await openUntitled(api, text);
    try {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
      assert.deepEqual(
        symbols.map((s) => [s.name, s.kind, s.children.length]),
        [
          ['高新区简报 第35期', vscode.SymbolKind.File, 5],
          ['高新区简报 第36期', vscode.SymbolKind.File, 5],
        ],
      );
      for (const page of symbols) for (const article of page.children) assert.ok(page.range.contains(article.range), `${article.name} lies outside ${page.name}`);
      const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', editor.document.uri);
      const second = editor.document.positionAt(text.indexOf('高新区简报', 10)).line;
      assert.ok(ranges.some((r) => r.start === 0), 'the first page folds');
      assert.ok(ranges.some((r) => r.start === second), 'the second page folds from its masthead');
    } finally {
      await closeAllEditors();
    }
  });

  test('a column heading is a symbol under its page, its articles under it', async () => {
    const api = await activate();
    const sample = await sampleText();
    const masthead = (n: number, day: number) => `高新区简报\n第 ${n} 期\n高新区党政办公室编      2019年10月${day}日\n\n`;
    const text = masthead(35, 15) + sample + '\n\f' + masthead(36, 22) + '【工作动态】\n\n' + sample;
    const editor = await openUntitled(api, text);
    try {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
      assert.deepEqual(
        symbols.map((s) => [s.name, s.children.map((c) => [c.name, c.kind, c.children.length])[0]]),
        [
          ['高新区简报 第35期', [symbols[0].children[0].name, vscode.SymbolKind.String, symbols[0].children[0].children.length]],
          ['高新区简报 第36期', ['工作动态', vscode.SymbolKind.Namespace, 5]],
        ],
      );
      const column = symbols[1].children[0];
      assert.equal(symbols[1].children.length, 1);
      for (const article of column.children) assert.ok(column.range.contains(article.range), `${article.name} lies outside the column`);
      assert.deepEqual(column.children.map((c) => c.name), symbols[0].children.map((c) => c.name));
    } finally {
      await closeAllEditors();
    }
  });
});
