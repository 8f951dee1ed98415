// Decorations per kind through the extension's API: they sit on the engine's spans, follow the
// `bulletin.kinds.*` toggles, and mark each article's start.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { BulletinApi } from '../../../src/extension/api';
import { activate, closeAllEditors, openAnalysed, sampleUri, sleep } from './support/bulletin';

suite('decorations', () => {
  let api: BulletinApi;
  let editor: vscode.TextEditor;

  suiteSetup(async () => {
    api = await activate();
    editor = await openAnalysed(api, sampleUri());
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('bulletin.toggleKind', 'date', true);
    await closeAllEditors();
  });

  test('each kind is decorated on exactly the spans the engine found for it', async () => {
    const ranges = api.decorationRanges(editor.document.uri);
    assert.ok(ranges, 'no decorations recorded');
    const analysis = (await api.analysisOf(editor.document.uri))!.analysis;
    const document = editor.document;
    const officials = new Set(analysis.persons.filter((p) => p.role === 'official').map((p) => p.id));
    const expected = { official: 0, person: 0, title: 0, date: 0, figure: 0, organization: 0 };
    for (const e of analysis.entities) {
      if (e.kind === 'person') expected[officials.has(e.id) ? 'official' : 'person']++;
      else expected[e.kind]++;
    }
    for (const kind of Object.keys(expected) as Array<keyof typeof expected>) {
      assert.equal(ranges[kind].length, expected[kind], `${kind}: ${ranges[kind].length} ranges for ${expected[kind]} entities`);
    }
    assert.ok(ranges.official.length > 0, 'no official decorated');
    assert.ok(ranges.date.length > 0, 'no date decorated');
    assert.ok(ranges.figure.length > 0, 'no figure decorated');
    const spans = new Set(analysis.entities.map((e) => `${e.start}:${e.end}`));
    for (const r of [...ranges.official, ...ranges.date, ...ranges.figure]) {
      assert.ok(spans.has(`${document.offsetAt(r.start)}:${document.offsetAt(r.end)}`), `range ${document.getText(r)} is no entity`);
    }
  });

  test('every article start is marked', async () => {
    const ranges = api.decorationRanges(editor.document.uri)!;
    const analysis = (await api.analysisOf(editor.document.uri))!.analysis;
    assert.deepEqual(
      ranges.articleStart.map((r) => editor.document.offsetAt(r.start)),
      analysis.articles.map((a) => a.start),
    );
  });

  test('hiding a kind removes its decorations and showing it brings them back', async () => {
    const before = api.decorationRanges(editor.document.uri)!.date.length;
    assert.ok(before > 0);
    await vscode.commands.executeCommand('bulletin.toggleKind', 'date', false);
    await waitFor(() => api.decorationRanges(editor.document.uri)!.date.length === 0);
    assert.ok(api.decorationRanges(editor.document.uri)!.official.length > 0, 'other kinds stay');
    await vscode.commands.executeCommand('bulletin.toggleKind', 'date', true);
    await waitFor(() => api.decorationRanges(editor.document.uri)!.date.length === before);
  });
});

async function waitFor(condition: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not reached in time');
    await sleep(25);
  }
}
