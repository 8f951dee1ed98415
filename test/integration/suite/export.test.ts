// `bulletin.exportAnnotations` writes JSON or CSV beside the document, never edits it, and does not
// overwrite an existing file unless told to.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { BulletinApi } from '../../../src/extension/api';
import { activate, closeAllEditors, openAnalysed, sampleCopy } from './support/bulletin';

suite('export', () => {
  let api: BulletinApi;
  let copy: ReturnType<typeof sampleCopy>;
  let editor: vscode.TextEditor;

  suiteSetup(async () => {
    api = await activate();
    copy = sampleCopy();
    editor = await openAnalysed(api, copy.file);
  });
  suiteTeardown(async () => {
    await closeAllEditors();
    copy.remove();
  });

  test('JSON export is written beside the document with its articles and entities', async () => {
    const original = editor.document.getText();
    const target = await vscode.commands.executeCommand<vscode.Uri>('bulletin.exportAnnotations', editor.document.uri, { format: 'json', overwrite: true });
    assert.ok(target, 'no file written');
    assert.equal(target.fsPath, path.join(copy.dir, 'gaoxin-bulletin.annotations.json'));
    const json = JSON.parse(fs.readFileSync(target.fsPath, 'utf8'));
    const analysis = (await api.analysisOf(editor.document.uri))!.analysis;
    assert.equal(json.articles.length, analysis.articles.length);
    assert.equal(json.entities.length, analysis.entities.length);
    for (const e of json.entities) assert.equal(original.slice(e.start, e.end), e.text);
    assert.equal(editor.document.getText(), original);
    assert.equal(editor.document.isDirty, false);
  });

  test('CSV export has a header and one row per entity', async () => {
    const target = await vscode.commands.executeCommand<vscode.Uri>('bulletin.exportAnnotations', editor.document.uri, { format: 'csv', overwrite: true });
    assert.ok(target);
    assert.equal(path.basename(target.fsPath), 'gaoxin-bulletin.annotations.csv');
    const lines = fs.readFileSync(target.fsPath, 'utf8').split('\r\n').filter(Boolean);
    assert.match(lines[0], /^annotation,kind,start,end,line,column/);
    assert.equal(lines.length - 1, (await api.analysisOf(editor.document.uri))!.analysis.entities.length);
  });

  test('an existing file is kept when overwriting is declined', async () => {
    const target = path.join(copy.dir, 'kept.json');
    fs.writeFileSync(target, 'keep me');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('bulletin.exportAnnotations', editor.document.uri, { format: 'json', target, overwrite: false });
    assert.equal(written, undefined);
    assert.equal(fs.readFileSync(target, 'utf8'), 'keep me');
  });
});
