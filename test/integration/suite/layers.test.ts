// Research formats from the editor: brat, CoNLL and JSONL exports beside a copy of the sample; the
// brat export imported back as a second layer agrees with the analysis span for span, and after a
// correction the comparison lists exactly what changed.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import type { Comparison } from '../../../src/core/exchange';
import { analysedSampleCopy } from './support/analysedSample';

suite('annotation layers', () => {
  const sample = analysedSampleCopy();

  const exportAs = (format: string) => vscode.commands.executeCommand<vscode.Uri>('bulletin.exportAnnotations', sample.editor.document.uri, { format, overwrite: true });

  test('brat export, imported back, matches the analysis; a correction shows as a difference', async () => {
    const ann = await exportAs('brat');
    assert.equal(ann.fsPath, path.join(sample.copy.dir, 'gaoxin-bulletin.ann'));
    assert.ok(fs.existsSync(path.join(sample.copy.dir, 'annotation.conf')));
    const analysis = (await sample.api.analysisOf(sample.editor.document.uri))!.analysis;
    const imported = await vscode.commands.executeCommand<number>('bulletin.importLayer', sample.editor.document.uri, ann);
    assert.equal(imported, analysis.entities.length);
    const same = await vscode.commands.executeCommand<Comparison>('bulletin.compareLayer', sample.editor.document.uri, { quiet: true });
    assert.equal(same.total.f1, 1);
    assert.deepEqual(same.differences, []);

    const words = '解放军信息工程大学';
    const start = sample.editor.document.getText().indexOf(words);
    const range = new vscode.Range(sample.editor.document.positionAt(start), sample.editor.document.positionAt(start + words.length));
    assert.equal(await vscode.commands.executeCommand('bulletin.correct', sample.editor.document.uri, range, 'organization'), true);
    await sample.api.whenAnalyzed(sample.editor.document.uri);
    const changed = await vscode.commands.executeCommand<Comparison>('bulletin.compareLayer', sample.editor.document.uri, { quiet: true });
    assert.ok(changed.differences.some((d) => d.kind === 'extra' && d.start === start && d.end === start + words.length && d.analysis === 'organization'), JSON.stringify(changed.differences));
    assert.ok(changed.total.f1 < 1);
    assert.equal(await vscode.commands.executeCommand('bulletin.undoCorrection', sample.editor.document.uri), true);
  });

  test('CoNLL and JSONL exports parse and their offsets are characters of the text', async () => {
    const text = sample.editor.document.getText();
    const chars = [...text];
    const conll = fs.readFileSync((await exportAs('conll')).fsPath, 'utf8');
    let lines = 0;
    for (const line of conll.split('\n')) {
      if (!line) continue;
      const [ch, offset, tag] = line.split('\t');
      assert.equal(chars[Number(offset)], ch);
      assert.match(tag, /^(O|[BI]-\w+)$/);
      lines++;
    }
    assert.ok(lines > 100);
    const record = JSON.parse(fs.readFileSync((await exportAs('jsonl')).fsPath, 'utf8'));
    assert.equal(record.text, text);
    for (const r of record.predictions[0].result) assert.equal(chars.slice(r.value.start, r.value.end).join(''), r.value.text);
    assert.equal(record.label.length, (await sample.api.analysisOf(sample.editor.document.uri))!.analysis.entities.length);
  });
});
