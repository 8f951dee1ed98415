// `bulletin.exportAnnotations` writes JSON or CSV beside the document, never edits it, and does not
// overwrite an existing file unless told to.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { parseCsv } from '../../support/csv';
import { analysedSampleCopy } from './support/analysedSample';

suite('export', () => {
  const sample = analysedSampleCopy();

  test('JSON export is written beside the document with its articles and entities', async () => {
    const original = sample.editor.document.getText();
    const target = await vscode.commands.executeCommand<vscode.Uri>('bulletin.exportAnnotations', sample.editor.document.uri, { format: 'json', overwrite: true });
    assert.ok(target, 'no file written');
    assert.equal(target.fsPath, path.join(sample.copy.dir, 'gaoxin-bulletin.annotations.json'));
    const json = JSON.parse(fs.readFileSync(target.fsPath, 'utf8'));
    const analysis = (await sample.api.analysisOf(sample.editor.document.uri))!.analysis;
    assert.equal(json.articles.length, analysis.articles.length);
    assert.equal(json.entities.length, analysis.entities.length);
    for (const e of json.entities) assert.equal(original.slice(e.start, e.end), e.text);
    assert.equal(sample.editor.document.getText(), original);
    assert.equal(sample.editor.document.isDirty, false);
  });

  test('CSV export has a byte-order mark, a header and one row per entity, and reads back as the JSON values', async () => {
    const target = await vscode.commands.executeCommand<vscode.Uri>('bulletin.exportAnnotations', sample.editor.document.uri, { format: 'csv', overwrite: true });
    assert.ok(target);
    assert.equal(path.basename(target.fsPath), 'gaoxin-bulletin.annotations.csv');
    const bytes = fs.readFileSync(target.fsPath);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'no UTF-8 byte-order mark');
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    assert.match(rows[0].join(','), /^annotation,kind,start,end,line,column,article,headline,text,value/);
    const jsonTarget = await vscode.commands.executeCommand<vscode.Uri>('bulletin.exportAnnotations', sample.editor.document.uri, { format: 'json', overwrite: true });
    const json = JSON.parse(fs.readFileSync(jsonTarget.fsPath, 'utf8'));
    assert.equal(rows.length - 1, json.entities.length);
    rows.slice(1).forEach((cells, i) => {
      const row = Object.fromEntries(rows[0].map((column, k) => [column, cells[k]]));
      for (const [key, value] of Object.entries(json.entities[i] as Record<string, unknown>)) {
        const expected = Array.isArray(value) ? value.join('; ') : String(value);
        assert.equal(row[key], expected, `row ${i + 1}, ${key}`);
      }
      const headline = json.articles[Number(row.article)]?.headline;
      assert.equal(row.headline, headline ? headline.replace(/\s+/g, '') : '');
    });
  });

  test('an existing file is kept when overwriting is declined', async () => {
    const target = path.join(sample.copy.dir, 'kept.json');
    fs.writeFileSync(target, 'keep me');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('bulletin.exportAnnotations', sample.editor.document.uri, { format: 'json', target, overwrite: false });
    assert.equal(written, undefined);
    assert.equal(fs.readFileSync(target, 'utf8'), 'keep me');
  });
});
