// The folder's view in a real VS Code: a workspace of several bulletins built here, indexed in the
// background. Go to Symbol in Workspace finds an official in files never opened, references reach
// other files, the Who's who view lists a person with two posts from two files with their dates,
// an edit to one file updates the view, and a deleted file leaves it.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { BulletinApi, TreeSnapshot } from '../../../src/extension/api';
import { activate, closeAllEditors, hoverText, openAnalysed, sleep } from './support/bulletin';

const ISSUE_2019 = '高新区简报\n2019年第12期\n高新区管委会办公室　　2019年10月15日\n\n区领导到园区调研\n\n本报讯 10月 6日下午，高新区党工委副书记\n赵立新到园区调研，项目总投资30亿元。\n\n赵立新表示，要加快建设。\n记者 孙庆辉\n';
const ISSUE_2020 = '新区建设加快推进\n\n本报讯 3月1日，高新区管委会主任赵立新主持\n召开会议，部署今年重点工作。\n\n赵立新要求，各部门要抓好落实。\n记者 孙庆辉\n';
const ISSUE_2021 = '春耕生产有序开展\n\n本报讯 4月2日，高新区农业服务中心主任李卫东\n到田间检查春耕。\n\n李卫东说，要抓住农时。\n记者 周平\n';

/** Waits until `check` holds (the index follows files through a watcher, asynchronously). */
async function until<T>(what: string, probe: () => Promise<T>, check: (value: T) => boolean, millis = 20_000): Promise<T> {
  const deadline = Date.now() + millis;
  let value = await probe();
  while (!check(value)) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await sleep(200);
    value = await probe();
  }
  return value;
}

const person = (tree: TreeSnapshot[], name: string) => tree.find((p) => p.label === name);
const postTitles = (p: TreeSnapshot | undefined) => (p?.children ?? []).map((post) => post.label);

suite('whoswho', () => {
  let api: BulletinApi;
  let dir: vscode.Uri;
  const file = (name: string) => vscode.Uri.joinPath(dir, name);
  const write = (name: string, text: string) => vscode.workspace.fs.writeFile(file(name), new TextEncoder().encode(text));

  suiteSetup(async () => {
    api = await activate();
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the suite runs with a workspace folder');
    dir = vscode.Uri.joinPath(folder.uri, 'whoswho-fixture');
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(dir, '2019', '10'));
    // The watcher needs a moment to watch the new folders (it can miss files written into them at once).
    await sleep(1000);
    await write('2019/10/issue-12.txt', ISSUE_2019);
    await write('2020-03-02.bulletin', ISSUE_2020);
    await write('spring-2021.bulletin', ISSUE_2021);
    await api.whenFolderIndexed();
    await until('the fixture indexed', () => api.testing.whosWhoTree('李卫东'), (t) => !!person(t, '李卫东'));
    // The file in the nested new folder may come through the search of new folders rather than the watcher.
    await until('the nested bulletin indexed', () => api.testing.whosWhoTree('赵立新'), (t) => postTitles(person(t, '赵立新')).length === 2);
  });
  suiteTeardown(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(dir, { recursive: true }).then(undefined, () => undefined);
  });

  test('Go to Symbol in Workspace finds an official in bulletins never opened, and their articles', async () => {
    for (const d of vscode.workspace.textDocuments) assert.ok(!d.uri.toString().startsWith(dir.toString()), `${d.uri} was opened`);
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '赵立新');
    const mine = symbols.filter((s) => s.name === '赵立新' && s.location.uri.toString().startsWith(dir.toString()));
    assert.deepEqual(mine.map((s) => s.location.uri.path.split('/whoswho-fixture/')[1]).sort(), ['2019/10/issue-12.txt', '2020-03-02.bulletin']);
    const inFile = new TextDecoder().decode(await vscode.workspace.fs.readFile(mine[0].location.uri)).split('\n')[mine[0].location.range.start.line];
    assert.equal(inFile.slice(mine[0].location.range.start.character, mine[0].location.range.end.character), '赵立新');
    const articles = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '春耕生产');
    assert.ok(articles.some((s) => s.name === '春耕生产有序开展' && s.kind === vscode.SymbolKind.Module));
  });

  test('the Who\'s who view lists one official with two posts from two bulletins, with their dates', async () => {
    const tree = await api.testing.whosWhoTree('赵立新');
    const zhang = person(tree, '赵立新');
    assert.ok(zhang, JSON.stringify(tree));
    assert.match(zhang.description, /2019-10-06 – 2020-03-01/);
    assert.deepEqual(postTitles(zhang), ['高新区党工委副书记', '高新区管委会主任']);
    const [first, second] = zhang.children!;
    assert.match(first.description, /^2019-10-06 ·/);
    assert.match(second.description, /^2020-03-01 ·/);
    assert.deepEqual(first.children!.map((d) => d.label), ['whoswho-fixture/2019/10/issue-12.txt']);
    assert.deepEqual(second.children!.map((d) => d.label), ['whoswho-fixture/2020-03-02.bulletin']);
  });

  test('references on a person reach their mentions in the other bulletins; the hover gives their posts across the folder', async () => {
    const editor = await openAnalysed(api, file('2020-03-02.bulletin'));
    const at = editor.document.positionAt(editor.document.getText().indexOf('赵立新') + 1);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, at);
    const files = new Set(locations.map((l) => l.uri.path.split('/whoswho-fixture/')[1]));
    assert.deepEqual([...files].sort(), ['2019/10/issue-12.txt', '2020-03-02.bulletin']);
    assert.equal(locations.length, 4, 'two mentions in each bulletin');
    const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at));
    assert.match(hover, /高新区党工委副书记: 2019-10-06/);
    assert.match(hover, /高新区管委会主任: 2020-03-01/);
    await closeAllEditors();
  });

  test('an edit to one bulletin updates the view', async () => {
    await write('spring-2021.bulletin', ISSUE_2021.replace('高新区农业服务中心主任', '高新区农业农村局局长'));
    const tree = await until('the new post', () => api.testing.whosWhoTree('李卫东'), (t) => postTitles(person(t, '李卫东')).includes('高新区农业农村局局长'));
    assert.deepEqual(postTitles(person(tree, '李卫东')), ['高新区农业农村局局长']);
  });

  test('a deleted bulletin leaves the view', async () => {
    await vscode.workspace.fs.delete(file('2020-03-02.bulletin'));
    const tree = await until('the post to go', () => api.testing.whosWhoTree('赵立新'), (t) => !postTitles(person(t, '赵立新')).includes('高新区管委会主任'));
    assert.deepEqual(postTitles(person(tree, '赵立新')), ['高新区党工委副书记']);
    assert.match(person(tree, '赵立新')!.description, /2 mentions in 1 bulletin\b/);
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '赵立新');
    assert.ok(!symbols.some((s) => s.location.uri.path.endsWith('2020-03-02.bulletin')));
  });

  test('a renamed bulletin is followed under its new name, dated by it', async () => {
    await vscode.workspace.fs.rename(file('spring-2021.bulletin'), file('2022-04-30.bulletin'));
    const tree = await until(
      'the new name',
      () => api.testing.whosWhoTree('李卫东'),
      (t) => JSON.stringify(person(t, '李卫东')?.children ?? []).includes('2022-04-30.bulletin') && !JSON.stringify(t).includes('spring-2021'),
    );
    const post = person(tree, '李卫东')!.children![0];
    assert.match(post.description, /^2022-04-02 ·/, 'the year now comes from the new file name');
    await vscode.workspace.fs.rename(file('2022-04-30.bulletin'), file('spring-2021.bulletin'));
    await until('the old name back', () => api.testing.whosWhoTree('李卫东'), (t) => JSON.stringify(t).includes('spring-2021') && !JSON.stringify(t).includes('2022-04-30'));
  });

  test('a new file that files.exclude hides is not indexed; one it does not hide is', async () => {
    const files = vscode.workspace.getConfiguration('files');
    await files.update('exclude', { '**/excluded-*': true }, vscode.ConfigurationTarget.Workspace);
    try {
      await write('excluded-2023.bulletin', ISSUE_2021.replace(/李卫东/g, '钱国栋'));
      await write('kept-2023.bulletin', ISSUE_2021.replace(/李卫东/g, '孙建华'));
      await until('the file not excluded', () => api.testing.whosWhoTree('孙建华'), (t) => !!person(t, '孙建华'));
      await api.whenFolderIndexed();
      assert.equal(person(await api.testing.whosWhoTree('钱国栋'), '钱国栋'), undefined);
    } finally {
      await files.update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(file('excluded-2023.bulletin'));
      await vscode.workspace.fs.delete(file('kept-2023.bulletin'));
    }
  });

  test('a user dictionary set or unset reads the folder again: a name it lists is in the view, from a bulletin never opened', async () => {
    const settings = vscode.workspace.getConfiguration('bulletin');
    const words = vscode.Uri.joinPath(dir, 'names.json');
    await vscode.workspace.fs.writeFile(words, new TextEncoder().encode(JSON.stringify({ names: ['布和朝鲁'] })));
    try {
      await write('2023-05-06.bulletin', '乡村振兴项目完工\n\n本报讯 5月5日，项目由布和朝鲁牵头完成。\n记者 周平\n');
      await until('the new bulletin indexed', () => api.testing.whosWhoTree('周平'), (t) => JSON.stringify(t).includes('2023-05-06.bulletin'));
      assert.equal(person(await api.testing.whosWhoTree('布和朝鲁'), '布和朝鲁'), undefined, 'the engine alone finds the name: the test would show nothing');
      await settings.update('userDictionary', 'whoswho-fixture/names.json', vscode.ConfigurationTarget.Workspace);
      await until('the dictionary\'s name in the view', () => api.testing.whosWhoTree('布和朝鲁'), (t) => !!person(t, '布和朝鲁'));
      for (const d of vscode.workspace.textDocuments) assert.ok(!d.uri.path.endsWith('2023-05-06.bulletin'), 'the bulletin was opened');
      await settings.update('userDictionary', undefined, vscode.ConfigurationTarget.Workspace);
      await until('the name gone with the dictionary', () => api.testing.whosWhoTree('布和朝鲁'), (t) => !person(t, '布和朝鲁'));
      // The others are read again, not lost.
      await until('the folder read again', () => api.testing.whosWhoTree('李卫东'), (t) => postTitles(person(t, '李卫东')).length > 0);
      await api.whenFolderIndexed();
      assert.deepEqual(postTitles(person(await api.testing.whosWhoTree('李卫东'), '李卫东')), ['高新区农业农村局局长']);
    } finally {
      await settings.update('userDictionary', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(words).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(file('2023-05-06.bulletin')).then(undefined, () => undefined);
    }
  });

  test('the export command writes the folder\'s who\'s who as CSV with a byte order mark', async () => {
    const target = vscode.Uri.joinPath(dir, 'out-whoswho.csv');
    await vscode.commands.executeCommand('bulletin.exportWhosWho', target, 'csv');
    const bytes = await vscode.workspace.fs.readFile(target);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    assert.match(text, /name,person,role,title,organization,post,first_seen,last_seen,mentions,documents/);
    assert.match(text, /\r\n李卫东,李卫东,official,高新区农业农村局局长,[^,]*,[^,]*,2021-04-02,2021-04-02,2,1,/);
  });
});
