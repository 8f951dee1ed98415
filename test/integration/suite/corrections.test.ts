// Corrections through `bulletin.correct` on a copy of the sample: a removed person leaves the hovers
// ("appears with"), references, the entity view and the decorations; a span marked an organization
// gets a hover; both survive an edit above them, saving, closing and reopening (they are read back
// from the corrections file beside the document); undo restores the analysis.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { Analysis } from '../../../src/core';
import type { BulletinApi } from '../../../src/extension/api';
import { activate, closeAllEditors, hoverText, openAnalysed, sampleCopy } from './support/bulletin';

const PRODUCT = '安悦';
const ORGANIZATION = '解放军信息工程大学';

suite('corrections', () => {
  let api: BulletinApi;
  let copy: ReturnType<typeof sampleCopy>;

  suiteSetup(async () => {
    api = await activate();
    copy = sampleCopy();
  });
  suiteTeardown(async () => {
    await closeAllEditors();
    copy.remove();
  });

  const analysisOf = async (document: vscode.TextDocument): Promise<Analysis> => {
    await api.whenAnalyzed(document.uri);
    return (await api.analysisOf(document.uri))!.analysis;
  };
  const rangeOf = (document: vscode.TextDocument, words: string) => {
    const start = document.getText().indexOf(words);
    assert.ok(start >= 0, `${words} is in the document`);
    return new vscode.Range(document.positionAt(start), document.positionAt(start + words.length));
  };
  const hoverAt = async (document: vscode.TextDocument, offset: number) =>
    hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset)));
  // References in this document (the folder's other bulletins add theirs: the workspace holds the sample).
  const referencesAt = async (document: vscode.TextDocument, offset: number) =>
    (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, document.positionAt(offset))).filter(
      (l) => l.uri.toString() === document.uri.toString(),
    ).length;
  const correct = async (document: vscode.TextDocument, range: vscode.Range, action: string) => {
    const done = await vscode.commands.executeCommand<boolean>('bulletin.correct', document.uri, range, action);
    assert.equal(done, true, `bulletin.correct ${action} was refused`);
    return analysisOf(document);
  };
  /**
   * Closes every editor, then runs what the document's closing and opening run: VS Code keeps a file's
   * document for minutes after its editors close (extensions opened it), so its close event cannot be
   * awaited. The corrections are then read again from the file.
   */
  const closeAndReopen = async (document: vscode.TextDocument) => {
    await closeAllEditors();
    await api.testing.reopen(document.uri);
    const editor = await openAnalysed(api, document.uri);
    await api.testing.corrections(editor.document.uri);
    return editor;
  };
  const isPersonAt = (analysis: Analysis, offset: number) => analysis.entities.some((e) => e.kind === 'person' && e.start <= offset && offset < e.end);
  const isOrganization = (analysis: Analysis, document: vscode.TextDocument) =>
    analysis.entities.some((e) => e.kind === 'organization' && document.getText().slice(e.start, e.end) === ORGANIZATION);

  test(`${PRODUCT} as a person shows in hovers, references and the entity view; removed, it leaves them; undo restores`, async () => {
    const editor = await openAnalysed(api, copy.file);
    const document = editor.document;
    const range = rangeOf(document, PRODUCT);
    const offset = document.offsetAt(range.start);
    const engine = await analysisOf(document);
    // The engine may or may not read the product as a person: make it one by hand when it does not.
    const markedByHand = !isPersonAt(engine, offset);
    const asPerson = markedByHand ? await correct(document, range, 'person') : engine;
    const product = asPerson.entities.find((e) => e.kind === 'person' && e.start === offset);
    assert.ok(product && product.kind === 'person', `${PRODUCT} is a person`);
    const neighbour = asPerson.persons.find((p) => p.id !== product.id && p.articles.includes(product.article));
    assert.ok(neighbour, `someone else appears in the article of ${PRODUCT}`);
    const neighbourOffset = asPerson.entities[neighbour.mentions[0]].start;
    assert.ok((await hoverAt(document, neighbourOffset)).includes(PRODUCT), `${neighbour.name}'s hover lists ${PRODUCT} among those they appear with`);
    assert.ok((await referencesAt(document, offset)) >= 1);
    assert.ok((await api.testing.entityView()).items.flatMap((i) => i.children).includes(PRODUCT), 'the entity view lists it');

    const removed = await correct(document, range, 'remove');
    assert.ok(!isPersonAt(removed, offset));
    assert.ok(!removed.persons.some((p) => p.name === PRODUCT));
    const hover = await hoverAt(document, neighbourOffset);
    assert.ok(hover.includes(neighbour.name) && !hover.includes(PRODUCT), hover);
    assert.equal(await referencesAt(document, offset), 0);
    assert.ok(!(await api.testing.entityView()).items.flatMap((i) => i.children).includes(PRODUCT), 'the entity view no longer lists it');
    const ranges = api.decorationRanges(document.uri)!;
    assert.ok(!Object.values(ranges).flat().some((r) => r.contains(range.start) && !r.end.isEqual(range.start)), 'no decoration on it');
    const saved = JSON.parse(fs.readFileSync(copy.file + '.corrections.json', 'utf8'));
    assert.deepEqual(saved.corrections.map((c: { action: string; text: string }) => [c.action, c.text]), [['remove', PRODUCT]]);

    assert.equal(await vscode.commands.executeCommand('bulletin.undoCorrection', document.uri), true);
    const undone = await analysisOf(document);
    assert.ok(isPersonAt(undone, offset), 'undo brings the person back');
    assert.ok((await hoverAt(document, neighbourOffset)).includes(PRODUCT));
    if (markedByHand) {
      assert.equal(await vscode.commands.executeCommand('bulletin.undoCorrection', document.uri), true);
      assert.equal((await analysisOf(document)).entities.length, engine.entities.length, 'undone twice: the engine alone');
      assert.ok(!fs.existsSync(copy.file + '.corrections.json'), 'no corrections left, no file');
    }
  });

  test(`${ORGANIZATION} marked an organization gets a hover; both corrections survive an edit above, saving, closing and reopening`, async () => {
    let editor = await openAnalysed(api, copy.file);
    let document = editor.document;
    const engine = await analysisOf(document);
    assert.ok(!isOrganization(engine, document), `the engine misses ${ORGANIZATION}`);
    if (isPersonAt(engine, document.offsetAt(rangeOf(document, PRODUCT).start))) await correct(document, rangeOf(document, PRODUCT), 'remove');
    else await correct(document, rangeOf(document, PRODUCT), 'person');
    const productIsPerson = !isPersonAt(engine, document.offsetAt(rangeOf(document, PRODUCT).start));
    const marked = await correct(document, rangeOf(document, ORGANIZATION), 'organization');
    assert.ok(isOrganization(marked, document));
    const hover = await hoverAt(document, document.offsetAt(rangeOf(document, ORGANIZATION).start) + 2);
    assert.ok(hover.includes(ORGANIZATION), hover);

    const check = async (doc: vscode.TextDocument, when: string) => {
      const a = await analysisOf(doc);
      assert.ok(isOrganization(a, doc), `${ORGANIZATION} is an organization ${when}`);
      assert.equal(isPersonAt(a, doc.offsetAt(rangeOf(doc, PRODUCT).start)), productIsPerson, `${PRODUCT} is corrected ${when}`);
      assert.deepEqual((await api.testing.corrections(doc.uri)).unresolved, []);
    };
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), '新加的一行在最上面。\n\n'));
    await check(document, 'after an edit above');
    assert.equal(await document.save(), true);
    await check(document, 'after saving');
    editor = await closeAndReopen(document);
    document = editor.document;
    await check(document, 'after closing and reopening');
    const saved = JSON.parse(fs.readFileSync(copy.file + '.corrections.json', 'utf8'));
    assert.equal(saved.corrections.length, 2);
  });

  test('a correction whose text is gone is reported and not applied; an unparseable corrections file is left as it is', async () => {
    const editor = await openAnalysed(api, copy.file);
    const document = editor.document;
    const range = rangeOf(document, ORGANIZATION);
    await editor.edit((b) => b.replace(range, '某单位'));
    await document.save();
    const { unresolved } = await api.testing.corrections(document.uri);
    assert.deepEqual(unresolved.map((c) => c.anchor.text), [ORGANIZATION]);
    assert.ok(api.testing.logLines().some((l) => l.includes('whose text is gone') && l.includes(ORGANIZATION)));
    assert.ok(!(await analysisOf(document)).entities.some((e) => e.kind === 'organization' && e.text === ORGANIZATION));

    const broken = '{"format": "bulletin-corrections", "version": 1, "corrections": [ {oops';
    fs.writeFileSync(copy.file + '.corrections.json', broken);
    const reopened = await closeAndReopen(document);
    assert.ok(api.testing.logLines().some((l) => l.includes('.corrections.json') && l.includes('cannot be read')));
    const refused = await vscode.commands.executeCommand('bulletin.correct', reopened.document.uri, rangeOf(reopened.document, PRODUCT), 'remove');
    assert.equal(refused, false);
    assert.equal(fs.readFileSync(copy.file + '.corrections.json', 'utf8'), broken);
  });

  test('the light bulb offers each correction on a selection and on an entity, and running one corrects', async () => {
    fs.rmSync(copy.file + '.corrections.json', { force: true });
    const editor = await closeAndReopen((await openAnalysed(api, copy.file)).document);
    const document = editor.document;
    const range = rangeOf(document, PRODUCT);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range);
    const ours = actions.filter((a) => a.command?.command === 'bulletin.correct');
    assert.deepEqual(ours.map((a) => a.command!.arguments![2]), ['remove', 'person', 'official', 'reporter', 'title', 'organization', 'date', 'figure']);
    // On an entity with nothing selected, the actions cover the entity, and the pairs of persons are offered.
    const analysis = await analysisOf(document);
    const person = analysis.entities.find((e) => e.kind === 'person')!;
    const inside = document.positionAt(person.start + 1);
    const onEntity = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(inside, inside))).filter((a) => a.command?.command === 'bulletin.correct');
    assert.ok(onEntity.some((a) => a.command!.arguments![2] === 'same'));
    const target = onEntity[0].command!.arguments![1] as vscode.Range;
    assert.deepEqual([document.offsetAt(target.start), document.offsetAt(target.end)], [person.start, person.end]);
    // Running the organization action as the light bulb would.
    const organization = ours.find((a) => a.command!.arguments![2] === 'organization')!;
    assert.equal(await vscode.commands.executeCommand(organization.command!.command, ...organization.command!.arguments!), true);
    const corrected = await analysisOf(document);
    assert.ok(corrected.entities.some((e) => e.kind === 'organization' && document.getText().slice(e.start, e.end) === PRODUCT));
    assert.equal(await vscode.commands.executeCommand('bulletin.undoCorrection', document.uri), true);
    // The context menu carries the command.
    const manifest = vscode.extensions.getExtension('bulletin-tools.bulletin-annotator')!.packageJSON;
    assert.ok(manifest.contributes.menus['editor/context'].some((m: { command: string }) => m.command === 'bulletin.correct'));
  });

  test('in an untrusted workspace a correction is applied but not written, and is gone after reopening', async () => {
    fs.rmSync(copy.file + '.corrections.json', { force: true });
    const editor = await closeAndReopen((await openAnalysed(api, copy.file)).document);
    const document = editor.document;
    const engine = await analysisOf(document);
    const range = rangeOf(document, PRODUCT);
    api.testing.pretendTrusted(false);
    try {
      const corrected = await correct(document, range, 'organization');
      assert.ok(corrected.entities.some((e) => e.kind === 'organization' && document.getText().slice(e.start, e.end) === PRODUCT));
      assert.ok(!fs.existsSync(copy.file + '.corrections.json'), 'nothing written');
      const reopened = await closeAndReopen(document);
      assert.equal((await analysisOf(reopened.document)).entities.length, engine.entities.length);
    } finally {
      api.testing.pretendTrusted(undefined);
    }
  });

  test('two persons said to be the same become one (references list both); undo separates them', async () => {
    fs.rmSync(copy.file + '.corrections.json', { force: true });
    const editor = await closeAndReopen((await openAnalysed(api, copy.file)).document);
    const document = editor.document;
    const engine = await analysisOf(document);
    const [first, second] = engine.persons;
    assert.ok(first && second, 'two persons on the page');
    const at = (p: typeof first) => engine.entities[p.mentions[0]];
    const range = (e: { start: number; end: number }) => new vscode.Range(document.positionAt(e.start), document.positionAt(e.end));
    assert.equal(await vscode.commands.executeCommand('bulletin.correct', document.uri, range(at(first)), 'same', range(at(second))), true);
    const joined = await analysisOf(document);
    assert.equal(joined.persons.length, engine.persons.length - 1);
    assert.equal(await referencesAt(document, at(first).start), first.mentions.length + second.mentions.length);
    assert.equal(await vscode.commands.executeCommand('bulletin.undoCorrection', document.uri), true);
    assert.equal((await analysisOf(document)).persons.length, engine.persons.length);
  });
});
