// First of the web suite: it and the extension run in the browser's extension host (a Web Worker
// of the page, no Node), the engine in a Web Worker nested in it, fed the model through
// vscode.workspace.fs; and how long the sample takes from opening to its first decorations there.
import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { activate, closeAllEditors, extensionId, sampleUri } from '../suite/support/bulletin';

declare const self: { constructor: { name: string } };

suite('the browser extension host', () => {
  test('this suite and the extension run in a Web Worker, not in Node', () => {
    assert.equal(typeof process, 'undefined', 'Node\'s process object is there: this is the Node host');
    assert.equal(self.constructor.name, 'DedicatedWorkerGlobalScope');
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is not loaded`);
    assert.equal(extension.extensionUri.scheme, 'vscode-remote');
  });

  test('the sample, opened with a cold worker, is analysed in a nested Web Worker and decorated', async () => {
    const api = await activate();
    api.testing.coldWorker();
    const started = performance.now();
    const document = await vscode.workspace.openTextDocument(sampleUri());
    await vscode.window.showTextDocument(document, { preview: false });
    const opened = performance.now();
    for (const until = Date.now() + 60_000; !api.testing.paintTimes(document.uri); ) {
      if (Date.now() > until) throw new Error('no decorations within 60 s');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const painted = api.testing.paintTimes(document.uri)!.first;
    console.log(`[bench] web host: VS Code opened the sample in ${Math.round(opened - started)} ms; first decorations ${Math.round(painted - started)} ms after opening (cold worker started from a Blob, model read by the host)`);
    for (const line of api.testing.logLines().filter((l) => /Read the analysis worker|Analysed .*gaoxin/.test(l))) console.log(`[bench] web host log: ${line}`);
    const workerStarts = api.testing.logLines().filter((l) => l.includes('Analysis worker started'));
    assert.ok(workerStarts.length > 0 && workerStarts[workerStarts.length - 1].includes('(Web Worker)'), workerStarts.join('\n'));
    assert.ok(api.decorationRanges(document.uri)!.official.length > 0, 'no official decorated');
    await closeAllEditors();
  });
});
