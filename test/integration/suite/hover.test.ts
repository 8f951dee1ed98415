// Hover cards on the sample (a person's titles, a figure's value) and on hostile text: Markdown,
// HTML and command links from the document must show as text.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { BulletinApi } from '../../../src/extension/api';
import { activate, closeAllEditors, hoverMarkdown, hoverText, openAnalysed, openUntitled, sampleUri } from './support/bulletin';

const digits = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

suite('hover cards', () => {
  let api: BulletinApi;

  suiteSetup(async () => {
    api = await activate();
  });
  suiteTeardown(closeAllEditors);

  test('a hover on an official lists every title the page gives them', async () => {
    const editor = await openAnalysed(api, sampleUri());
    const analysis = (await api.analysisOf(editor.document.uri))!.analysis;
    const person = [...analysis.persons].sort((a, b) => b.titles.length - a.titles.length)[0];
    assert.ok(person && person.titles.length > 0, 'no person with a title on the sample page');
    const mention = analysis.entities[person.mentions[person.mentions.length - 1]];
    const position = editor.document.positionAt(mention.start + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
    const text = hoverText(hovers);
    assert.ok(text.includes(person.name), text);
    for (const title of person.titles) assert.ok(text.includes(title), `${title} missing from: ${text}`);
  });

  test('a hover on a figure gives its value in digits with its unit', async () => {
    const editor = await openAnalysed(api, sampleUri());
    const analysis = (await api.analysisOf(editor.document.uri))!.analysis;
    const figures = analysis.entities.filter((e) => e.kind === 'figure');
    const figure = figures.find((f) => f.value >= 10000) ?? figures[0];
    assert.ok(figure && figure.kind === 'figure', 'no figure on the sample page');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(figure.start));
    const text = hoverText(hovers);
    assert.ok(text.includes(digits.format(figure.value)), `${digits.format(figure.value)} missing from: ${text}`);
    if (figure.unit) assert.ok(text.includes(figure.unit), text);
  });

  test('a hover on an area in 亩 converts it to square metres, and 亿 is spelled out', async () => {
    const editor = await openUntitled(api, '本报讯 10月8日，项目占地183亩，总投资30亿元人民币。\n记者 王小明\n');
    const analysis = (await api.analysisOf(editor.document.uri))!.analysis;
    const hoverOn = async (unit: string) => {
      const figure = analysis.entities.find((e) => e.kind === 'figure' && e.unit === unit);
      assert.ok(figure, `no figure in ${unit}: ${JSON.stringify(analysis.entities)}`);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(figure.start));
      return hoverText(hovers);
    };
    const area = await hoverOn('亩');
    assert.ok(area.includes('183 亩'), area);
    assert.ok(area.includes('122,000 m²'), area);
    const money = await hoverOn('元');
    assert.ok(money.includes('3,000,000,000 元'), money);
  });

  test('a date hover with a known year reads in words with its weekday', async () => {
    const editor = await openUntitled(api, '本报讯 2019年10月6日下午，区领导到企业调研。\n记者 王小明\n');
    const analysis = (await api.analysisOf(editor.document.uri))!.analysis;
    const date = analysis.entities.find((e) => e.kind === 'date' && /^2019-10-06/.test(e.value));
    assert.ok(date, JSON.stringify(analysis.entities));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(date.start + 2));
    const text = hoverText(hovers);
    assert.ok(text.includes('2019年10月6日（星期日）下午'), text);
    assert.ok(text.includes('2019-10-06'), text);
    assert.ok(!text.includes('referenceYear'), `a known year needs no advice: ${text}`);
  });

  test('a date hover without a year says so and how to give one', async () => {
    const editor = await openUntitled(api, '本报讯 10月 6日下午，区领导到企业调研。\n记者 王小明\n');
    const analysis = (await api.analysisOf(editor.document.uri))!.analysis;
    const date = analysis.entities.find((e) => e.kind === 'date' && e.value.startsWith('--10-06'));
    assert.ok(date, JSON.stringify(analysis.entities));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(date.start));
    const text = hoverText(hovers);
    assert.ok(text.includes('10月6日下午'), text);
    assert.ok(!text.includes('星期'), `no weekday without a year: ${text}`);
    assert.ok(text.includes('bulletin.referenceYear'), text);
    assert.ok(/file name/.test(text) && /masthead/.test(text), text);

  });

  test('the hover of an official lists each post once, however the page abbreviates it', async () => {
    const editor = await openAnalysed(api, sampleUri());
    const analysis = (await api.analysisOf(editor.document.uri))!.analysis;
    const titles = analysis.entities.filter((e) => e.kind === 'title');
    assert.ok(titles.some((t) => t.kind === 'title' && t.resolved), 'no abbreviated title resolved on the sample page');
    for (const person of analysis.persons.filter((p) => p.titles.length > 1)) {
      const mention = analysis.entities[person.mentions[0]];
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(mention.start + 1));
      const line = hoverText(hovers).split('\n').find((l) => l.startsWith('- Titles:'));
      assert.ok(line, hoverText(hovers));
      const posts = line.slice('- Titles:'.length).split(';').map((t) => t.trim());
      assert.equal(new Set(posts).size, posts.length, line);
      for (const a of posts) for (const b of posts) assert.ok(a === b || !b.endsWith(a), `${a} is ${b} abbreviated: ${line}`);
    }
  });

  test('Markdown, HTML and command links from the document show as text in hovers', async () => {
    const hostile = '[点我](command:workbench.action.closeWindow) <img src=x onerror=alert(1)> **粗体** `代码`';
    const content = `本报讯 10月6日下午，${hostile}区党工委书记王新亭主持召开会议，投资30亿元。\n记者 王小明\n`;
    const editor = await openUntitled(api, content);
    const analysis = (await api.analysisOf(editor.document.uri))!.analysis;
    assert.ok(analysis.entities.length > 0, 'nothing recognized in the hostile text');
    for (const entity of analysis.entities) {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(entity.start));
      const markdown = hoverMarkdown(hovers);
      for (const c of hovers.flatMap((h) => h.contents)) {
        if (c instanceof vscode.MarkdownString) {
          assert.ok(!c.isTrusted, 'hover is trusted');
          assert.ok(!c.supportHtml, 'hover renders HTML');
        }
      }
      assert.ok(!markdown.includes('](command:'), markdown);
      assert.ok(!/(^|[^\\])</.test(markdown), `unescaped < in: ${markdown}`);
      assert.ok(!/(^|[^\\])\[点我/.test(markdown), `unescaped [ in: ${markdown}`);
      // Nothing is lost: unescaped, the excerpt reads as the document does.
      if (markdown.includes('点我')) assert.ok(hoverText(hovers).includes('[点我](command:'), hoverText(hovers));
    }
  });
});
