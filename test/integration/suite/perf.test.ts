// The extension on a 10 MB bulletin (the sample repeated, built at run time in the workspace):
// start-up from a cold worker, the first and the complete decorations, the outline, typing,
// scrolling and hovers, with the extension host's event loop watched throughout. Prints the
// figures as `[bench] …` lines (`npm run bench:vscode` runs this suite alone); the tests assert
// behaviour only (machines are shared and noisy: no timing is asserted).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { monitorEventLoopDelay, PerformanceObserver, type IntervalHistogram } from 'node:perf_hooks';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { BulletinApi } from '../../../src/extension/api';
import { activate, closeAllEditors, samplePath, sleep } from './support/bulletin';

const TARGET_BYTES = 10 * 1024 * 1024;

function bench(label: string, value: string): void {
  console.log(`[bench] ${label}: ${value}`);
}

const ms = (n: number) => `${Math.round(n)} ms`;

/** Watches the event loop: the longest delay (ms), the 99th percentile, and the longest garbage-collection pause. */
function watchLoop(): { stop(): { max: number; p99: number; mean: number; gc: number } } {
  const h: IntervalHistogram = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  let gc = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gc = Math.max(gc, entry.duration);
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    stop() {
      h.disable();
      observer.disconnect();
      return { max: h.max / 1e6, p99: h.percentile(99) / 1e6, mean: h.mean / 1e6, gc };
    },
  };
}

async function waitFor<T>(what: string, probe: () => T | undefined | false, ms = 120_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`${what}: not reached within ${ms / 1000} s`);
    await sleep(10);
  }
}

/** Every entity on the lines of `ranges` has a decoration range at its position. */
async function assertCovered(api: BulletinApi, editor: vscode.TextEditor, lines: vscode.Range[]): Promise<number> {
  const painted = api.decorationRanges(editor.document.uri)!;
  const keys = new Set(Object.values(painted).flat().map((r) => `${r.start.line}:${r.start.character}`));
  const document = editor.document;
  let checked = 0;
  for (const visible of lines) {
    const from = document.offsetAt(new vscode.Position(visible.start.line, 0));
    const to = document.offsetAt(document.lineAt(visible.end.line).range.end);
    // Only the entities of these lines: the whole analysis copied to the host would be huge.
    const stored = (await api.entitiesIn(document.uri, from, to))!;
    assert.equal(stored.version, document.version);
    for (const e of stored.entities) {
      const p = document.positionAt(e.start);
      assert.ok(keys.has(`${p.line}:${p.character}`), `${e.kind} ${e.text} at line ${p.line + 1} is not decorated`);
      checked++;
    }
  }
  return checked;
}

/** Twenty keystrokes near the top of the visible lines, 30 ms apart. */
async function typeTwenty(editor: vscode.TextEditor): Promise<void> {
  const line = editor.visibleRanges[0].start.line + 3;
  for (let i = 0; i < 20; i++) {
    await editor.edit((b) => b.insert(new vscode.Position(line, 0), '字'), { undoStopBefore: false, undoStopAfter: false });
    await sleep(30);
  }
}

suite('perf: the sample, cold start', function () {
  this.timeout(120_000);

  test('from opening the sample with a cold worker to its first decorations, beside VS Code\'s own open time', async () => {
    const api = await activate();
    // A copy under a new name: VS Code has not opened it before in this window either.
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? path.dirname(samplePath());
    const dir = fs.mkdtempSync(path.join(folder, '.perf-cold-'));
    try {
      const file = path.join(dir, 'gaoxin-bulletin.txt');
      fs.copyFileSync(samplePath(), file);
      api.testing.coldWorker();
      const started = performance.now();
      const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
      await vscode.window.showTextDocument(document, { preview: false });
      const opened = performance.now();
      const painted = await waitFor('first decorations of the sample', () => api.testing.paintTimes(document.uri));
      bench('sample, cold worker: VS Code opens the file and shows it', ms(opened - started));
      bench('sample, cold worker: first decorations after opening', `${ms(painted.first - started)} (worker start, model read, analysis ${ms(api.testing.analysisMillis(document.uri) ?? NaN)})`);
      assert.ok(api.decorationRanges(document.uri)!.official.length > 0, 'no official decorated on the sample');
    } finally {
      await closeAllEditors();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

suite('perf: a 10 MB bulletin', function () {
  this.timeout(300_000);
  let api: BulletinApi;
  let dir: string;
  let file: string;
  let editor: vscode.TextEditor;
  const none = { max: 0, p99: 0, mean: 0, gc: 0 };
  const loop = { open: none, work: none, baseline: none };

  suiteSetup(async () => {
    api = await activate();
    // Saving 10 MB after each keystroke would measure the disk, not the extension.
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? path.dirname(samplePath());
    dir = fs.mkdtempSync(path.join(folder, '.perf-'));
    file = path.join(dir, 'big-bulletin.bulletin');
    const page = fs.readFileSync(samplePath(), 'utf8').trimEnd() + '\n\n';
    const copies = Math.ceil(TARGET_BYTES / Buffer.byteLength(page));
    fs.writeFileSync(file, page.repeat(copies));
    bench('test document', `${(fs.statSync(file).size / 1048576).toFixed(1)} MB, ${(page.length * copies).toLocaleString('en-US')} chars, ${copies} copies of the sample`);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAllEditors();
    await vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Global);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('activation does no analysis and loads no dictionary on the host thread', () => {
    bench('activation time', ms(api.testing.activationMillis));
    // The engine and its model live in the worker bundle only: the extension's own bundle has neither.
    const extension = vscode.extensions.getExtension('bulletin-tools.bulletin-annotator')!;
    const bundle = fs.readFileSync(path.join(extension.extensionPath, 'dist', 'extension.js'), 'utf8');
    assert.ok(!bundle.includes('model.bin'), 'the extension bundle reads the model');
    assert.ok(!/class Analyzer\b/.test(bundle), 'the extension bundle holds the engine');
  });

  test('baseline: VS Code alone, typing in the same file as plain text the extension leaves alone', async () => {
    const config = vscode.workspace.getConfiguration('bulletin');
    await config.update('detectInPlainText', false, vscode.ConfigurationTarget.Global);
    const plain = path.join(dir, 'big-plain.txt');
    fs.copyFileSync(file, plain);
    try {
      const watching = watchLoop();
      const document = await vscode.workspace.openTextDocument(vscode.Uri.file(plain));
      const plainEditor = await vscode.window.showTextDocument(document, { preview: false });
      await typeTwenty(plainEditor);
      await sleep(1000);
      const l = watching.stop();
      assert.equal(api.summaryOf(document.uri), undefined, 'the plain-text copy was analysed');
      loop.baseline = l;
      bench('baseline event loop max delay (VS Code alone opening and typing in the file)', `${Math.round(l.max)} ms (p99 ${Math.round(l.p99)} ms, longest GC pause ${Math.round(l.gc)} ms)`);
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await config.update('detectInPlainText', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('opened with a cold worker, the visible lines are decorated and the outline appears', async () => {
    api.testing.coldWorker();
    const memoryBefore = await api.testing.workerMemory();
    api.testing.coldWorker();
    const opening = watchLoop();
    const started = performance.now();
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    editor = await vscode.window.showTextDocument(document, { preview: false });
    loop.open = opening.stop();
    const working = watchLoop();
    const opened = performance.now();
    const first = await waitFor('first decorations', () => api.testing.paintTimes(document.uri));
    const firstAt = first.first;
    const whole = await waitFor('complete decorations', () => {
      const p = api.testing.paintTimes(document.uri);
      return p?.whole && p;
    });
    bench('document opened (VS Code loads and syncs the file)', ms(opened - started));
    bench('first decorations after opening', ms(firstAt - started));
    bench('complete decorations after opening', ms(whole.last - started));
    const l = working.stop();
    bench('event loop from the editor shown to complete decorations: max delay', `${Math.round(l.max)} ms (p99 ${Math.round(l.p99)} ms, longest GC pause ${Math.round(l.gc)} ms)`);
    const outlining = watchLoop();
    const summary = api.summaryOf(document.uri)!.summary;
    bench('analysis', `${summary.articles} articles, ${summary.entities.toLocaleString('en-US')} entities, ${summary.lineCount.toLocaleString('en-US')} lines, ${ms(api.testing.analysisMillis(document.uri) ?? NaN)} in the worker`);

    const outlineStarted = performance.now();
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    bench('outline', `${ms(performance.now() - outlineStarted)} for ${symbols.length} symbols`);
    assert.equal(symbols.length, summary.articles);
    const o = outlining.stop();
    bench('event loop while the outline is built: max delay', `${Math.round(o.max)} ms (p99 ${Math.round(o.p99)} ms, longest GC pause ${Math.round(o.gc)} ms)`);
    loop.work = { ...l, max: Math.max(l.max, o.max) };

    const memoryAfter = await api.testing.workerMemory();
    bench('analysis worker heap', `${(memoryAfter.heapUsed / 1048576).toFixed(0)} MB used (${(memoryBefore.heapUsed / 1048576).toFixed(0)} MB with no document), ${(memoryAfter.heapTotal / 1048576).toFixed(0)} MB allocated, limit ${(memoryAfter.heapLimit / 1048576).toFixed(0)} MB`);

    const windows = api.decorationWindows(document.uri)!;
    assert.notEqual(windows.windows, 'all', 'a 10 MB document was decorated whole');
    const checked = await assertCovered(api, editor, [...editor.visibleRanges]);
    assert.ok(checked > 0, 'no entity on the visible lines');
  });

  test('typing keeps the event loop free and the new version is analysed and painted', async () => {
    const watching = watchLoop();
    const typingStarted = performance.now();
    await typeTwenty(editor);
    const typed = performance.now();
    const version = editor.document.version;
    await waitFor('analysis after typing', () => {
      const p = api.testing.paintTimes(editor.document.uri);
      return p?.version === version && p.whole && p;
    });
    bench('typing 20 characters', ms(typed - typingStarted));
    bench('decorations after the last keystroke', ms(api.testing.paintTimes(editor.document.uri)!.last - typed));
    const loopTyping = watching.stop();
    bench('event loop while typing and re-analysing: max delay', `${Math.round(loopTyping.max)} ms (p99 ${Math.round(loopTyping.p99)} ms, longest GC pause ${Math.round(loopTyping.gc)} ms)`);
    loop.work.max = Math.max(loop.work.max, loopTyping.max);
    assert.equal(api.summaryOf(editor.document.uri)!.version, version);
  });

  test('scrolling far down decorates the newly visible lines', async () => {
    const watching = watchLoop();
    const target = Math.floor(editor.document.lineCount * 0.6);
    const scrolled = performance.now();
    editor.revealRange(new vscode.Range(target, 0, target, 0), vscode.TextEditorRevealType.AtTop);
    await waitFor('decorations at the new position', () => {
      const w = api.decorationWindows(editor.document.uri);
      const visible = editor.visibleRanges[0];
      return w && w.windows !== 'all' && visible.start.line >= target - 5 && w.windows.some(([a, b]) => a <= visible.start.line && visible.end.line < b);
    });
    bench('decorations after scrolling to 60 %', ms(performance.now() - scrolled));
    const hoverLine = editor.visibleRanges[0].start.line;
    const hoverStarted = performance.now();
    const ranges = api.decorationRanges(editor.document.uri)!;
    const official = ranges.official.find((r) => r.start.line >= hoverLine) ?? ranges.person.find((r) => r.start.line >= hoverLine);
    assert.ok(official, 'no person decorated at the new position');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, official.start);
    bench('hover at 60 %', ms(performance.now() - hoverStarted));
    assert.ok(hovers.length > 0, 'no hover');
    const l = watching.stop();
    loop.work.max = Math.max(loop.work.max, l.max);
    const checked = await assertCovered(api, editor, [...editor.visibleRanges]);
    assert.ok(checked > 0);
  });

  test('the figures', () => {
    bench('event loop while VS Code opens the file: max delay', `${Math.round(loop.open.max)} ms (VS Code's own document sync; the extension does nothing then)`);
    bench('event loop max delay', `${Math.round(loop.work.max)} ms (from the file open to the end, extension and VS Code together)`);
    for (const [name, took] of Object.entries(api.testing.hostTimings())) bench(`longest ${name}`, `${took.toFixed(1)} ms`);
  });
});
