import './setupResources';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findArticles } from '../../src/core/articles';
import { findLead } from '../../src/core/articles/leads';
import { readByline } from '../../src/core/articles/bylines';

// A small OCR-like page written for these tests: two articles with headlines in place, wrapped at
// about 16 characters, paragraphs apart by blank lines.
const TWO_ARTICLES = [
  '市领导调研',
  '城东污水处理厂建设',
  '确保明年汛期前投用',
  '',
  '本报讯 3月 2日上午，市委副书记李',
  '明华到城东污水处理厂建设现场调研，',
  '听取了项目进展情况汇报。',
  '',
  '李明华要求，各部门要加快进度，确',
  '保明年汛期前投用。',
  '记者 王晓东 通讯员 赵一凡',
  '',
  '城西小学新校区',
  '正式启用',
  '',
  '本报讯 3月 1日，城西小学新校区正',
  '式启用，可容纳学生两千余人。',
  '记者 王晓东',
  '',
].join('\n');

test('an empty text has no articles and no headline blocks', () => {
  for (const text of ['', '  \n\n \n']) {
    const { articles, headlineBlocks, pages } = findArticles(text);
    assert.deepEqual({ articles, headlineBlocks }, { articles: [], headlineBlocks: [] });
    assert.deepEqual(pages, [{ start: 0, end: text.length, articles: [0, 0] }]);
  }
});

test('a lead with a dateline gives agency, place and date', () => {
  const lead = findLead('新华社北京１月１日电（记者张三）今天，…');
  assert.ok(lead);
  assert.equal(lead.agency, '新华社');
  assert.equal(lead.place, '北京');
  assert.equal(lead.date, '１月１日');
  assert.deepEqual(lead.reporters, ['张三']);
  assert.equal(findLead('今天上午，新华社北京分社举行…'), undefined);
});

test('an article opening with 本报讯 carries its dateline up to the comma', () => {
  const { articles } = findArticles(TWO_ARTICLES);
  const d = articles[0].dateline;
  assert.ok(d);
  assert.equal(d.text, '本报讯 3月 2日上午');
  assert.equal(d.date, '3月2日上午');
  assert.equal(TWO_ARTICLES.slice(d.start, d.end), '本报讯 3月 2日上午');
  // The body starts after the lead and its comma.
  assert.ok(TWO_ARTICLES.slice(articles[0].body.start).startsWith('市委副书记'));
});

test('a byline with two names gives both names and ends the article', () => {
  assert.deepEqual(readByline('记者 王晓东 通讯员 赵一凡')?.names, ['王晓东', '赵一凡']);
  assert.deepEqual(readByline('本报记者 张三 李四 文/图')?.names, ['张三', '李四']);
  assert.equal(readByline('张三表示'), undefined);
  const { articles } = findArticles(TWO_ARTICLES);
  assert.deepEqual(articles[0].byline?.names, ['王晓东', '赵一凡']);
  assert.ok(TWO_ARTICLES.slice(articles[0].start, articles[0].end).endsWith('记者 王晓东 通讯员 赵一凡'));
  assert.ok(!TWO_ARTICLES.slice(articles[0].body.start, articles[0].body.end).includes('记者'));
});

test('a two-line headline with a subtitle is one title and one subtitle', () => {
  const { articles } = findArticles(TWO_ARTICLES);
  assert.equal(articles.length, 2);
  const [a, b] = articles;
  assert.equal(a.start, 0);
  assert.equal(a.headline?.text, '市领导调研城东污水处理厂建设');
  assert.equal(a.subtitle?.text, '确保明年汛期前投用');
  assert.equal(a.headlinePlacement, 'in-place');
  assert.equal(TWO_ARTICLES.slice(b.start, b.start + 7), '城西小学新校区');
  assert.equal(b.headline?.text, '城西小学新校区正式启用');
  assert.equal(b.subtitle, undefined);
});

test('CRLF text gives the same articles at CRLF offsets', () => {
  const crlf = TWO_ARTICLES.replace(/\n/g, '\r\n');
  const { articles } = findArticles(crlf);
  assert.equal(articles.length, 2);
  assert.equal(articles[0].headline?.text, '市领导调研城东污水处理厂建设');
  assert.equal(crlf.slice(articles[1].start, articles[1].start + 7), '城西小学新校区');
  assert.ok(crlf.slice(articles[0].start, articles[0].end).endsWith('赵一凡'));
  assert.equal(crlf.slice(articles[0].dateline!.start, articles[0].dateline!.end), '本报讯 3月 2日上午');
});

test('headlines gathered at the page end go to the articles they speak of', () => {
  const page = [
    '本报讯 5月 4日，区环保局组织开展河',
    '道垃圾清理行动，沿河清出垃圾三十余',
    '吨，河道面貌明显改善。',
    '记者 周文',
    '',
    '本报讯 5月 6日，区图书馆新馆开馆，',
    '馆内藏书十二万册，设少儿阅览区。',
    '记者 周文',
    '',
    '区图书馆新馆开馆迎客',
    '',
    '全区开展河道垃圾清理行动',
    '沿河清出垃圾三十余吨',
    '',
  ].join('\n');
  const { articles, headlineBlocks } = findArticles(page);
  assert.equal(articles.length, 2);
  assert.equal(headlineBlocks.length, 1);
  assert.ok(page.slice(headlineBlocks[0].start, headlineBlocks[0].end).startsWith('区图书馆'));
  const [river, library] = articles;
  assert.equal(river.headline?.text, '全区开展河道垃圾清理行动');
  assert.equal(river.subtitle?.text, '沿河清出垃圾三十余吨');
  assert.equal(river.headlinePlacement, 'elsewhere');
  assert.equal(library.headline?.text, '区图书馆新馆开馆迎客');
  // Neither article runs into the block.
  assert.ok(library.end <= headlineBlocks[0].start);
});

test('an OCR blank line inside a sentence does not start an article', () => {
  const page = [
    '城南街道召开会议',
    '',
    '本报讯 6月 1日，城南街道召开安全',
    '生产工作会议，街道主要负责人出席。',
    '',
    '会议要求各社区加强排查，对发现的问',
    '题建立台账，限期整改到位，确保不',
    '',
    '留死角。',
    '记者 刘洋',
  ].join('\n');
  const { articles } = findArticles(page);
  assert.equal(articles.length, 1);
  assert.equal(articles[0].headline?.text, '城南街道召开会议');
});

test('paragraphs one per line: a headline line starts each article', () => {
  const page = [
    '某省召开经济工作会议',
    '新华社某地１月２日电　某省经济工作会议今天召开，会议总结了去年的工作，部署了今年的任务。',
    '会议指出，要坚持稳中求进，扎实推进各项改革，确保经济持续健康发展，让群众得到更多实惠。',
    '某市新建三座跨江大桥',
    '本报某市１月２日电　某市三座跨江大桥今天同时开工建设，总投资四十亿元，预计两年后建成通车。',
  ].join('\n');
  const { articles } = findArticles(page);
  assert.equal(articles.length, 2);
  assert.equal(articles[0].headline?.text, '某省召开经济工作会议');
  assert.equal(articles[1].headline?.text, '某市新建三座跨江大桥');
  assert.equal(articles[1].dateline?.agency, '本报');
  assert.equal(articles[1].dateline?.place, '某市');
});

test('a bracket after 消息 is a programme, not a reporter', () => {
  const lead = findLead('央视网消息（新闻联播）：今天，…');
  assert.ok(lead);
  assert.equal(lead.agency, '央视网');
  assert.deepEqual(lead.reporters, []);
  assert.deepEqual(findLead('本报讯（通讯员 张三 记者 李四）近日，…')?.reporters, ['张三', '李四']);
});

test('a byline in brackets still gives its names', () => {
  assert.deepEqual(readByline('（记者 孙明 通讯员 钱亮）')?.names, ['孙明', '钱亮']);
});

test('a headline set right on its lead, with no blank line, still heads its own article', () => {
  const page = TWO_ARTICLES.replace('正式启用\n\n', '正式启用\n');
  const { articles } = findArticles(page);
  assert.equal(articles.length, 2);
  assert.equal(articles[1].headline?.text, '城西小学新校区正式启用');
  assert.equal(articles[1].dateline?.text, '本报讯 3月 1日');
});

test('gathered headlines set tight, with no blank lines, are still a block and not an article', () => {
  const page = [
    '本报讯 5月 4日，区环保局组织开展河',
    '道垃圾清理行动，沿河清出垃圾三十余',
    '吨，河道面貌明显改善。',
    '记者 周文',
    '',
    '本报讯 5月 6日，区图书馆新馆开馆，',
    '馆内藏书十二万册，设少儿阅览区。',
    '记者 周文',
    '',
    '区图书馆新馆开馆迎客',
    '全区开展河道垃圾清理行动',
    '沿河清出垃圾三十余吨',
    '区少儿阅览区同步开放',
  ].join('\n');
  const { articles, headlineBlocks } = findArticles(page);
  assert.equal(articles.length, 2);
  assert.equal(headlineBlocks.length, 1);
  assert.equal(articles[0].headline?.text, '全区开展河道垃圾清理行动');
  assert.equal(articles[1].headline?.text, '区图书馆新馆开馆迎客');
});

test('an author line under the headline is the byline', () => {
  const page = [
    '山村小学的新年',
    '',
    '本报记者 郑可欣',
    '',
    '清晨，山坳里的小学升起了国旗，孩子们穿着新衣来到操场，老师为每个孩子准备了小礼物。',
  ].join('\n');
  const { articles } = findArticles(page);
  assert.equal(articles.length, 1);
  assert.equal(articles[0].headline?.text, '山村小学的新年');
  assert.deepEqual(articles[0].byline?.names, ['郑可欣']);
  assert.equal(page.slice(articles[0].byline!.start, articles[0].byline!.end), '本报记者 郑可欣');
});

test('column headings part the reports of an issue, each report under its column, and the distribution list belongs to no report', () => {
  const issue = [
    '【重要会议】',
    '',
    '县委常委会研究部署',
    '防汛抗旱工作',
    '    5月16日，县委书记刘志军主持召开县委常委',
    '会会议，研究部署全县防汛抗旱工作。',
    '',
    '【项目建设】',
    '',
    '我县5个重大项目集中开工',
    '    5月18日上午，我县重大项目集中开工仪式在',
    '产业集聚区举行，总投资26.8亿元。',
    '',
    '城关镇开展清河行动',
    '    本报讯 近日，城关镇组织干部群众800余人次清理河道。',
    '',
    '报：市委办公室，市政府办公室。',
    '送：县委常委，县人大常委会、县政府领导。',
    '',
  ].join('\n');
  const { articles } = findArticles(issue);
  assert.deepEqual(
    articles.map((a) => [a.headline?.text, a.section?.text]),
    [
      ['县委常委会研究部署防汛抗旱工作', '【重要会议】'],
      ['我县5个重大项目集中开工', '【项目建设】'],
      ['城关镇开展清河行动', '【项目建设】'],
    ],
  );
  // A heading is no part of the report above it; nor is the list of who the issue goes to.
  assert.ok(!issue.slice(articles[0].start, articles[0].end).includes('【'));
  assert.ok(issue.slice(articles[2].start, articles[2].end).endsWith('清理河道。'));
  // The heading's span is where it stands.
  assert.equal(issue.slice(articles[1].section!.start, articles[1].section!.end), '【项目建设】');

  // Set with no blank line at all, headings and list still part the text.
  const tight = issue.replace(/\n\n/g, '\n');
  const read = findArticles(tight).articles;
  assert.deepEqual(read.map((a) => a.section?.text), ['【重要会议】', '【项目建设】', '【项目建设】']);
  assert.ok(!tight.slice(read[0].start, read[0].end).includes('【'));
  assert.ok(!tight.slice(read[2].start, read[2].end).includes('报：'));
});

test('a bracketed label over a part of a report (【编者按】, 【相关链接】) is no column heading', () => {
  const page = ['区领导调研重点项目', '', '【编者按】', '', '本报讯 10月6日上午，区委书记张建国到重点项目现场调研。', '', '【相关链接】', '', '该项目总投资3亿元。', ''].join('\n');
  const { articles } = findArticles(page);
  assert.equal(articles.length, 1);
  assert.equal(articles[0].section, undefined);
});

test('numbered items of an information bulletin (1.headline。date，report) are articles, each headed by its first sentence', () => {
  const items = [
    '1.区政府召开一季度经济运行分析会。3月29日，区长王建国主持召开分析会，一季度全区地区生产总值完成86.3亿元。',
    '2.我区举办春季招聘会。3月30日，区人社局举办春季招聘会，120家企业提供岗位3600余个。',
    '3.城关镇完成高标准农田建设1.2万亩。截至3月底，城关镇高标准农田建设项目全面完工。',
  ];
  const wrap = (s: string) => s.match(/.{1,18}/g)!.join('\n');
  const shapes = {
    indented: items.map((s) => '    ' + wrap(s)).join('\n'),
    'blank lines': items.map(wrap).join('\n\n'),
    'no break at all': items.map(wrap).join('\n'),
  };
  for (const [shape, text] of Object.entries(shapes)) {
    const { articles } = findArticles(text + '\n');
    assert.deepEqual(articles.map((a) => a.headline?.text), ['区政府召开一季度经济运行分析会', '我区举办春季招聘会', '城关镇完成高标准农田建设1.2万亩'], shape);
    // The headline is the sentence, between the number and the full stop; the report follows it.
    const first = articles[0];
    assert.equal(text.slice(first.headline!.start, first.headline!.end).replace(/\s/g, ''), '区政府召开一季度经济运行分析会', shape);
    assert.ok(text.slice(first.body.start).startsWith('3月29日'), shape);
  }
});

test('numbered points of a document, with no date after their first sentence, stay one article', () => {
  const text = [
    '区政府关于做好春耕生产工作的通知',
    '',
    '1.加强组织领导。各乡镇要成立春耕生产领导小组，明确责任分工。',
    '2.强化物资保障。各部门要做好种子、化肥等农资供应工作。',
    '',
  ].join('\n');
  const { articles } = findArticles(text);
  assert.equal(articles.length, 1);
  assert.equal(articles[0].headline?.text, '区政府关于做好春耕生产工作的通知');
});
