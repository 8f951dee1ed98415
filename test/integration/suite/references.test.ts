// Find All References on a person lists every mention of them on the page.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { BulletinApi } from '../../../src/extension/api';
import { activate, closeAllEditors, compactText, openAnalysed, samplePath } from './support/bulletin';

suite('references', () => {
  let api: BulletinApi;
  let editor: vscode.TextEditor;

  suiteSetup(async () => {
    api = await activate();
    editor = await openAnalysed(api, samplePath());
  });
  suiteTeardown(closeAllEditors);

  test('references on a person list every mention of that person', async () => {
    const analysis = (await api.analysisOf(editor.document.uri))!.analysis;
    const person = [...analysis.persons].sort((a, b) => b.mentions.length - a.mentions.length)[0];
    assert.ok(person && person.mentions.length >= 2, 'no person mentioned twice on the sample page');
    const first = analysis.entities[person.mentions[0]];
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, editor.document.positionAt(first.start));
    assert.equal(locations.length, person.mentions.length);
    for (const location of locations) {
      assert.equal(location.uri.toString(), editor.document.uri.toString());
      assert.equal(compactText(editor.document.getText(location.range)), person.name);
    }
  });

  test('references outside any entity are empty', async () => {
    const analysis = (await api.analysisOf(editor.document.uri))!.analysis;
    // An offset no entity covers: just before the first one, or in the blank text at the end.
    const covered = (o: number) => analysis.entities.some((e) => e.start <= o && o < e.end);
    let offset = 0;
    while (offset < analysis.length && (covered(offset) || /\s/.test(editor.document.getText().charAt(offset)))) offset++;
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, editor.document.positionAt(offset));
    assert.equal(locations.length, 0);
  });
});
