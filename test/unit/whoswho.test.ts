// The folder's who's who (src/core/whoswho): dates completed from the page, the file's path and the
// reference year; one person across bulletins unless their titles name clearly different places.
import './setupResources';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { completeDate, dateRange, digestOf, seatOf, seatsAgree, tableRows, toCsv, whosWho, type Appearance, type FolderDocument } from '../../src/core/whoswho';

const ISSUE_2019 = '高新区简报\n2019年第12期\n高新区管委会办公室　　2019年10月15日\n\n区领导到园区调研\n\n本报讯 10月 6日下午，高新区党工委副书记\n张红军到园区调研，项目总投资30亿元。\n\n张红军表示，要加快建设。\n海淀区区长王伟出席。\n记者 孙庆辉\n';
const NO_MASTHEAD = '新区建设加快推进\n\n本报讯 3月1日，高新区管委会主任张红军主持\n召开会议，部署今年重点工作。朝阳区副区长王伟参加会议。\n\n张红军要求，各部门要抓好落实。\n记者 孙庆辉\n';

function folder(files: Array<[string, string]>): FolderDocument[] {
  return files.map(([path, text]) => ({ path, digest: digestOf(text, analyze(text)) }));
}

test('an open date takes the year of the path, else the reference year, else stays open', () => {
  assert.equal(completeDate('--03-01', 'x/2020-03-02.txt'), '2020-03-01');
  assert.equal(completeDate('--03-01', 'x/a.txt', 2021), '2021-03-01');
  assert.equal(completeDate('--03-01', 'x/a.txt'), '--03-01');
  assert.equal(completeDate('2019-10-06', 'x/2020-03-02.txt'), '2019-10-06');
  assert.equal(completeDate('', 'x/2020/03/a.txt'), '2020-03');
  assert.equal(completeDate('', 'x/2019-10-12.txt'), '2019-10-12');
  // The path's reader is the engine's (src/core/pathDate): an impossible month or day is no date.
  assert.equal(completeDate('', 'x/2019-13-40.txt'), '2019');
  assert.equal(completeDate('--03-01', 'x/scan-2019xyz.txt'), '--03-01');
});

test('the first and last dates prefer dates with a year', () => {
  assert.deepEqual(dateRange(['--01-02', '2019-10-06', '2018-01', '']), ['2018-01', '2019-10-06']);
  assert.deepEqual(dateRange(['--05-02', '--01-02']), ['--01-02', '--05-02']);
  assert.deepEqual(dateRange([]), ['', '']);
});

test('an organization is read for the place it leads with', () => {
  assert.equal(seatOf('高新区党工委'), '高新区');
  assert.equal(seatOf('北京市海淀区委'), '北京市海淀区');
  assert.equal(seatOf('国务院'), '');
  assert.equal(seatOf('市委'), '');
  assert.ok(seatsAgree('海淀区', '北京市海淀区'));
  assert.ok(!seatsAgree('高新区', '经开区'));
});

test('one official in two bulletins with two posts, each dated from its dateline (year from the masthead, then from the file name)', () => {
  const persons = whosWho(folder([['x/a.txt', ISSUE_2019], ['x/2020-03-02.txt', NO_MASTHEAD]]));
  const zhang = persons.filter((p) => p.name === '张红军');
  assert.equal(zhang.length, 1);
  assert.equal(zhang[0].documents, 2);
  assert.equal(zhang[0].role, 'official');
  assert.deepEqual(
    zhang[0].posts.map((p) => [p.title, p.organization, p.post, p.firstSeen, p.lastSeen, p.documents]),
    [
      ['高新区党工委副书记', '高新区党工委', '副书记', '2019-10-06', '2019-10-06', 1],
      ['高新区管委会主任', '高新区管委会', '主任', '2020-03-01', '2020-03-01', 1],
    ],
  );
  assert.equal(zhang[0].firstSeen, '2019-10-06');
  assert.equal(zhang[0].lastSeen, '2020-03-01');
});

test('a post before a run of names gives each name of the run that post across the folder', () => {
  const text = '区政府召开常务会议\n\n本报讯 3月5日，副区长陈光明、马丽出席\n会议。\n';
  const persons = whosWho(folder([['x/2024-03-06.txt', text]]));
  const posts = (name: string) => persons.find((p) => p.name === name)?.posts.map((p) => [p.title, p.post, p.firstSeen]);
  assert.deepEqual(posts('陈光明'), [['副区长', '副区长', '2024-03-05']]);
  assert.deepEqual(posts('马丽'), [['副区长', '副区长', '2024-03-05']]);
});

test('an appointment notice gives the appointed and the removed the post, dated by the notice', () => {
  const text = '区政府人事任免\n\n本报讯 3月20日，区人大常委会决定：任命张明为\n区财政局局长；免去王强的区财政局局长职务。\n';
  const persons = whosWho(folder([['x/2024-03-21.txt', text]]));
  const posts = (name: string) => persons.find((p) => p.name === name)?.posts.map((p) => [p.title, p.organization, p.post, p.firstSeen]);
  assert.deepEqual(posts('张明'), [['区财政局局长', '区财政局', '局长', '2024-03-20']]);
  assert.deepEqual(posts('王强'), [['区财政局局长', '区财政局', '局长', '2024-03-20']]);
  // The table says what the notice did, and when.
  const rows = tableRows(persons).filter((r) => r.name === '张明' || r.name === '王强').map((r) => [r.name, r.appointed, r.removed]);
  assert.deepEqual(rows.sort(), [['张明', '2024-03-20', ''], ['王强', '', '2024-03-20']].sort());
  // Named with the title in the same article as well, the post still records the notice.
  const both = '区政府人事任免\n\n本报讯 3月20日，区财政局局长王强作了报告。会议决定：\n免去王强的区财政局局长职务。\n';
  const row = tableRows(whosWho(folder([['x/2024-03-21.txt', both]]))).find((r) => r.name === '王强');
  assert.deepEqual([row?.title, row?.removed], ['区财政局局长', '2024-03-20']);
});

test('a report with no lead that opens with its date is dated by it, not by the issue', () => {
  const text = '政务信息\n第28期\n县委办公室编              2024年6月20日\n\n县委召开常委会议\n\n6月18日，县委书记杨光辉主持召开县委\n常委会议，研究部署工作。\n';
  const persons = whosWho(folder([['x/a.txt', text]]));
  assert.deepEqual(persons.find((p) => p.name === '杨光辉')?.posts.map((p) => [p.title, p.firstSeen]), [['县委书记', '2024-06-18']]);
  // A date later in the text dates nothing: the issue's date stands.
  const later = text.replace('6月18日，县委书记杨光辉主持', '县委书记杨光辉6月18日主持');
  assert.deepEqual(whosWho(folder([['x/a.txt', later]])).find((p) => p.name === '杨光辉')?.posts.map((p) => p.firstSeen), ['2024-06-20']);
  // A date of history opening the text is not the report's.
  const history = text.replace('6月18日，县委书记杨光辉主持', '2013年3月20日，县委书记杨光辉主持');
  assert.deepEqual(whosWho(folder([['x/a.txt', history]])).find((p) => p.name === '杨光辉')?.posts.map((p) => p.firstSeen), ['2024-06-20']);
});

test('the same name in clearly different places is two persons, marked as possibly the same', () => {
  const persons = whosWho(folder([['x/a.txt', ISSUE_2019], ['x/2020-03-02.txt', NO_MASTHEAD]]));
  const wang = persons.filter((p) => p.name === '王伟');
  assert.deepEqual(wang.map((p) => p.key).sort(), ['王伟#1', '王伟#2']);
  assert.deepEqual(wang.map((p) => p.possiblySame.length), [1, 1]);
  assert.deepEqual(wang.map((p) => p.posts[0].organization).sort(), ['朝阳区', '海淀区']);
});

function appearance(name: string, organization: string, mentions = 1): Appearance {
  const titles = organization ? [{ value: organization + '主任', organization, post: '主任' }] : [];
  return { name, role: 'official', article: 0, titles, date: '', mentions: Array.from({ length: mentions }, () => [0, 0, 0, 2]) };
}

test('mentions without a place join the person of that name in the same bulletin, else the one seen most', () => {
  const docs: FolderDocument[] = [
    { path: 'a.txt', digest: { articles: [], appearances: [appearance('李明', '海淀区'), appearance('李明', '', 1)] } },
    { path: 'b.txt', digest: { articles: [], appearances: [appearance('李明', '朝阳区', 3)] } },
    { path: 'c.txt', digest: { articles: [], appearances: [appearance('李明', '')] } },
    { path: 'd.txt', digest: { articles: [], appearances: [appearance('李明', '国务院')] } },
  ];
  const persons = whosWho(docs);
  const byKey = Object.fromEntries(persons.map((p) => [p.key, p]));
  assert.equal(byKey['李明#1'].mentions, 2, 'the seatless mention of a.txt joins 海淀区');
  assert.equal(byKey['李明#2'].mentions, 5, 'c.txt and d.txt (国务院 names no place) join 朝阳区, the one seen most');
});

test('the table has one row per person and post, the same whatever the order the digests were computed in', () => {
  const files: Array<[string, string]> = [['x/a.txt', ISSUE_2019], ['x/2020-03-02.txt', NO_MASTHEAD]];
  const csv = toCsv(tableRows(whosWho(folder(files))));
  assert.match(csv, /^name,person,role,title,organization,post,first_seen,last_seen,mentions,documents,possibly_same,appointed,removed\r\n/);
  assert.match(csv, /张红军,张红军,official,高新区管委会主任,高新区管委会,主任,2020-03-01,2020-03-01,2,1,/);
  assert.equal(toCsv(tableRows(whosWho(folder(files)))), csv);
});

test('a surname alone that no full name of its article explains is left out of the who\'s who', () => {
  const text = '本报讯 3月1日，王书记到园区调研，区长李伟陪同。\n';
  const names = folder([['a/2020-03-02.txt', text]])[0].digest.appearances.map((a: Appearance) => a.name);
  assert.ok(names.includes('李伟'), names.join(', '));
  assert.ok(!names.includes('王'), names.join(', '));
});

