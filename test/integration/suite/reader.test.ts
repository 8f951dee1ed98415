// What a reader sees around the sample: a modern news page opened as plain text is annotated, the
// entity view follows the active editor and names its file, `.bulletin` files show no ambiguous-
// Unicode boxes, binary data is refused with a reason.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { BulletinApi } from '../../../src/extension/api';
import { activate, closeAllEditors, corpusPage, hoverText, openAnalysed, openUntitled, sampleCopy, sleep } from './support/bulletin';

suite('what a reader sees', () => {
  let api: BulletinApi;
  let dir: string;
  let copy: ReturnType<typeof sampleCopy>;

  suiteSetup(async () => {
    api = await activate();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulletin-reader-'));
    fs.writeFileSync(path.join(dir, 'news.txt'), corpusPage('xwlb-dev-wrapped.jsonl'));
    copy = sampleCopy();
  });
  suiteTeardown(async () => {
    await closeAllEditors();
    fs.rmSync(dir, { recursive: true, force: true });
    copy.remove();
  });

  test('a modern news page saved as plain text gets symbols and decorations', async () => {
    const editor = await openAnalysed(api, path.join(dir, 'news.txt'));
    assert.equal(editor.document.languageId, 'plaintext');
    const summary = api.summaryOf(editor.document.uri);
    assert.ok(summary && summary.summary.articles > 1, `news.txt is not analysed: ${JSON.stringify(summary)}`);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.ok(symbols && symbols.length === summary.summary.articles, `${symbols?.length} symbols`);
    const ranges = api.decorationRanges(editor.document.uri);
    assert.ok(ranges && ranges.official.length > 0 && ranges.date.length > 0, 'no officials or dates painted');
  });

  test('the entity view follows the active editor, names its file, and empties for a file that is no bulletin', async () => {
    const news = await openAnalysed(api, path.join(dir, 'news.txt'));
    const newsAnalysis = (await api.analysisOf(news.document.uri))!.analysis;
    const sample = await openAnalysed(api, copy.file);
    const sampleAnalysis = (await api.analysisOf(sample.document.uri))!.analysis;
    const officialsOf = (analysis: typeof newsAnalysis) => new Set(analysis.persons.filter((p) => p.role === 'official').map((p) => p.name));

    const check = async (editor: vscode.TextEditor, officials: Set<string>) => {
      await vscode.window.showTextDocument(editor.document, { preview: false });
      await api.whenAnalyzed(editor.document.uri);
      const view = await waitForView(api, editor.document.uri.toString());
      assert.equal(view.description, path.basename(editor.document.uri.fsPath));
      assert.ok(view.title?.includes(path.basename(editor.document.uri.fsPath)), `the view's title names no file: ${view.title}`);
      const shown = view.items.find((i) => i.label === 'Officials');
      assert.ok(shown, JSON.stringify(view.items));
      assert.deepEqual(new Set(shown.children), officials);
    };
    await check(sample, officialsOf(sampleAnalysis));
    await check(news, officialsOf(newsAnalysis));
    await check(sample, officialsOf(sampleAnalysis));

    await openUntitled(api, 'Release notes: nothing Chinese here.', 'plaintext');
    const empty = await waitForView(api, undefined);
    assert.equal(empty.items.length, 0);
    assert.equal(empty.description, undefined);
  });

  test('.bulletin files have ambiguous and invisible Unicode highlighting off by default', async () => {
    const file = path.join(dir, 'page.bulletin');
    fs.copyFileSync(copy.file, file);
    const editor = await openAnalysed(api, file);
    assert.equal(editor.document.languageId, 'bulletin');
    const settings = vscode.workspace.getConfiguration('editor', editor.document);
    assert.equal(settings.get('unicodeHighlight.ambiguousCharacters'), false);
    assert.equal(settings.get('unicodeHighlight.invisibleCharacters'), false);
  });

  test('a year in the file name gives the page its year, and the date card says where it came from', async () => {
    const copy = sampleCopy('2019-10-12.txt');
    try {
      const dated = await openAnalysed(api, copy.file);
      const datedAnalysis = (await api.analysisOf(dated.document.uri))!.analysis;
      const first = datedAnalysis.entities.find((e) => e.kind === 'date' && e.value.startsWith('2019-10-06'));
      assert.ok(first, `the file name gives no year: ${JSON.stringify(datedAnalysis.entities.filter((e) => e.kind === 'date'))}`);
      const datedHover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', dated.document.uri, dated.document.positionAt(first.start)));
      assert.ok(datedHover.includes('2019年10月6日（星期日）下午'), datedHover);
      assert.ok(/file's name/.test(datedHover), datedHover);
    } finally {
      await closeAllEditors();
      copy.remove();
    }
  });

  test('a news page in plain text stays annotated while its lead is rewritten', async () => {
    const lead = '本报讯 ';
    const editor = await openUntitled(api, `${lead}10月6日，郑州市政府副秘书长张红军到高新区调研。`, 'plaintext');
    assert.equal(api.summaryOf(editor.document.uri)?.summary.persons.official, 1, 'the news page is not analysed');
    // Without its lead the text alone would not read as news: the page it was stays annotated.
    await editor.edit((b) => b.delete(new vscode.Range(0, 0, 0, lead.length)));
    await api.whenAnalyzed(editor.document.uri);
    const summary = api.summaryOf(editor.document.uri);
    assert.equal(summary?.version, editor.document.version, `the edited page is not analysed: ${JSON.stringify(summary)}`);
    assert.equal(summary.summary.persons.official, 1);
  });

  test('a .bulletin file in GB18030 opens as its text and is analysed (the encoding is guessed for bulletins)', async () => {
    const file = path.join(dir, '2020-03-02-gb18030.bulletin');
    fs.copyFileSync(path.resolve(__dirname, '../../../test/fixtures/2020-03-02-gb18030.bulletin'), file);
    const editor = await openAnalysed(api, file);
    assert.ok(editor.document.getText().includes('本报讯'), editor.document.getText().slice(0, 40));
    const summary = api.summaryOf(editor.document.uri);
    assert.equal(summary?.summary.persons.official, 1, JSON.stringify(summary));
  });

  test('binary data forced to Bulletin is refused, not counted', async () => {
    const file = path.join(dir, 'scan.bin');
    // Bytes that are not UTF-8, without NUL (VS Code itself refuses to open a file with NUL bytes).
    const bytes = new Uint8Array(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = ((i * 37) % 255) + 1;
    fs.writeFileSync(file, bytes);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(document, { preview: false });
    const annotated = await vscode.commands.executeCommand<boolean>('bulletin.annotateDocument', document.uri);
    assert.equal(annotated, false);
    await sleep(500);
    assert.equal(api.summaryOf(document.uri), undefined, 'binary data was analysed');
  });
});

/** The entity view's snapshot once it shows the given document (undefined: the empty view). */
async function waitForView(api: BulletinApi, uri: string | undefined) {
  for (let i = 0; ; i++) {
    const view = await api.testing.entityView();
    if (view.uri === uri && (uri === undefined || view.items.length > 0)) return view;
    if (i > 100) throw new Error(`the entity view shows ${view.uri}, not ${uri}`);
    await sleep(50);
  }
}
