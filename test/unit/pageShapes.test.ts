// Page shapes real files have, on pages written for these tests: a masthead with the issue's date,
// several issues in one file each with its own gathered headlines, page numbers between pages, a
// headline too long for the column, a roundup of items under their own sub-headings, and a page that
// says nothing of its structure.
import './setupResources';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core';
import fc from 'fast-check';
import { findArticles } from '../../src/core/articles';
import { findPages, mayBreakPages } from '../../src/core/articles/pages';

const masthead = (issue: number, date: string) => [`高新区简报`, `第 ${issue} 期`, `高新区党政办公室编      ${date}`, ''];

/** One issue: a report with its headline in place, then a report whose headline is gathered at the end. */
function issue(n: number, date: string, a: { head: string; lead: string[] }, b: { head: string; lead: string[] }): string {
  return [...masthead(n, date), a.head, '', ...a.lead, '记者 周文', '', ...b.lead, '记者 周文', '', b.head, ''].join('\n');
}

const ISSUE_35 = issue(
  35,
  '2019年10月15日',
  { head: '区领导调研重点项目', lead: ['本报讯 10月 6日上午，区委书记张', '建国到重点项目现场调研，要求加快', '建设进度。'] },
  { head: '区图书馆新馆开馆迎客', lead: ['本报讯 10月 8日，区图书馆新馆开', '馆，馆内藏书十二万册，设少儿阅览', '区。'] },
);
const ISSUE_36 = issue(
  36,
  '2019年10月22日',
  { head: '全区秋季植树活动启动', lead: ['本报讯 10月 16日，全区秋季植树', '活动启动，当天栽种苗木三千余株。'] },
  { head: '城东污水处理厂通水运行', lead: ['本报讯 10月 18日，城东污水处理', '厂通水运行，日处理污水五万吨。'] },
);
const ISSUE_37 = issue(
  37,
  '2019年10月29日',
  { head: '区政务服务中心延时办公', lead: ['本报讯 10月 23日起，区政务服务', '中心推出延时办公，方便群众办事。'] },
  { head: '高新区举办人才招聘会', lead: ['本报讯 10月 26日，高新区举办人', '才招聘会，八十家企业提供岗位两千', '个。'] },
);

test('a masthead is recognised, is never an article, and dates the page', () => {
  const text = ISSUE_35;
  const analysis = analyze(text);
  assert.equal(analysis.pages.length, 1);
  const [page] = analysis.pages;
  assert.ok(page.masthead, 'the masthead is found');
  assert.equal(page.masthead.name, '高新区简报');
  assert.equal(page.masthead.issue, '第35期');
  assert.equal(page.date, '2019-10-15');
  for (const a of analysis.articles) assert.ok(a.start >= page.masthead.end, 'no article covers the masthead');
  assert.equal(analysis.articles.length, 2);
  // "10月 6日" states no year: the masthead's gives it.
  const date = analysis.entities.find((e) => e.kind === 'date' && e.text.replace(/\s/g, '').startsWith('10月6日'));
  assert.ok(date && date.kind === 'date');
  assert.ok(date.value.startsWith('2019-10-06'), date.value);
  assert.equal(date.yearSource, 'page');
});

test('a masthead printing its date in figures beside the sponsor dates the page and heads no article', () => {
  for (const [printed, iso] of [
    ['2019.10.15', '2019-10-15'],
    ['2019-10-15', '2019-10-15'],
    ['2019/10/15', '2019-10-15'],
    ['２０１９．１０．１５', '2019-10-15'],
  ]) {
    const analysis = analyze(ISSUE_35.replace('2019年10月15日', printed));
    const [page] = analysis.pages;
    assert.ok(page.masthead, `the masthead is found (${printed})`);
    assert.equal(page.date, iso, printed);
    assert.ok(page.masthead.end > ISSUE_35.indexOf('编'), `the sponsor's line is the masthead's (${printed})`);
    assert.deepEqual(
      analysis.articles.map((a) => a.headline?.text),
      ['区领导调研重点项目', '区图书馆新馆开馆迎客'],
      printed,
    );
  }
});

test('a newspaper page header (date, weekday, page, name; the page credits) is the page masthead, dating it', () => {
  const text = [
    '2024年3月15日 星期五 第3版 高新区报',
    '责任编辑：李娜  版式设计：王磊',
    '',
    '区领导调研重点项目建设',
    '',
    '本报讯 3月12日上午，区委书记王建国到科',
    '技园二期项目现场调研。',
    '（记者 刘洋）',
    '',
  ].join('\n');
  const analysis = analyze(text);
  const [page] = analysis.pages;
  assert.equal(page.masthead?.name, '高新区报');
  assert.equal(page.date, '2024-03-15');
  assert.deepEqual(analysis.articles.map((a) => a.headline?.text), ['区领导调研重点项目建设']);
  const date = analysis.entities.find((e) => e.kind === 'date' && e.text.startsWith('3月12日'));
  assert.ok(date?.kind === 'date' && date.value.startsWith('2024-03-12'));
});

test('a page header with no weekday (date, page, name) is the page masthead too', () => {
  const text = ['2024年3月15日  第3版  高新区报', '', '区领导调研重点项目', '', '本报讯 3月12日上午，区委书记王建国到科', '技园二期项目现场调研。', '（记者 刘洋）', ''].join('\n');
  const analysis = analyze(text);
  assert.equal(analysis.pages[0].masthead?.name, '高新区报');
  assert.equal(analysis.pages[0].masthead?.issue, '第3版');
  assert.deepEqual(analysis.articles.map((a) => a.headline?.text), ['区领导调研重点项目']);
  // A page named in a short line of text is no header: one mark alone.
  assert.equal(findPages(['详见第3版', '', '本报讯 3月12日上午，区委书记王建国到科技园调研。', ''].join('\n'))[0].masthead, undefined);
});

test('a date in figures alone, or a version number, makes no masthead', () => {
  const body = ['本报讯 10月 6日上午，区委书记张', '建国到重点项目现场调研。', ''];
  for (const line of ['2019.10.15', '软件版本1.2.3发布', '第3期培训班', '2024年3月15日工作动态']) {
    const pages = findPages([line, '', ...body].join('\n'));
    assert.equal(pages[0].masthead, undefined, line);
  }
});

test('three issues in one file: each page gathered headlines go to that page articles, and each page has its year', () => {
  const text = [ISSUE_35, ISSUE_36.replace('2019年', '2020年'), '\f' + ISSUE_37].join('\n');
  const analysis = analyze(text);
  assert.equal(analysis.pages.length, 3);
  assert.deepEqual(
    analysis.pages.map((p) => p.masthead?.issue),
    ['第35期', '第36期', '第37期'],
  );
  assert.deepEqual(
    analysis.articles.map((a) => a.headline?.text),
    ['区领导调研重点项目', '区图书馆新馆开馆迎客', '全区秋季植树活动启动', '城东污水处理厂通水运行', '区政务服务中心延时办公', '高新区举办人才招聘会'],
  );
  assert.deepEqual(
    analysis.articles.map((a) => a.headlinePlacement),
    ['in-place', 'elsewhere', 'in-place', 'elsewhere', 'in-place', 'elsewhere'],
  );
  assert.deepEqual(
    analysis.pages.map((p) => p.articles),
    [
      [0, 2],
      [2, 4],
      [4, 6],
    ],
  );
  assert.equal(analysis.headlineBlocks.length, 3);
  // Pages cover the file, one after another.
  assert.equal(analysis.pages[0].start, 0);
  assert.equal(analysis.pages[2].end, text.length);
  for (let i = 1; i < 3; i++) assert.equal(analysis.pages[i].start, analysis.pages[i - 1].end);
  // The second issue is dated 2020: its own year, not the first page's.
  const tree = analysis.entities.find((e) => e.kind === 'date' && e.text.replace(/\s/g, '') === '10月16日');
  assert.ok(tree && tree.kind === 'date');
  assert.equal(tree.value, '2020-10-16');
});

test('page numbers between pages cut the file into pages with no masthead', () => {
  const page = (head: string, body: string[]) => [head, '', ...body, '记者 周文', ''].join('\n');
  const text = [
    page('区领导调研重点项目', ['本报讯 10月 6日上午，区委书记张', '建国到重点项目现场调研。']),
    '— 2 —',
    '',
    page('全区秋季植树活动启动', ['本报讯 10月 16日，全区秋季植树', '活动启动。']),
    '— 3 —',
  ].join('\n');
  const { pages, articles } = findArticles(text);
  assert.equal(pages.length, 2);
  assert.equal(articles.length, 2);
  assert.ok(text.slice(pages[0].start, pages[0].end).includes('— 2 —'));
  assert.ok(!pages[0].masthead && !pages[1].masthead);
});

test('a one-line headline longer than any headline of the column still heads its article', () => {
  const long = '李克强主持召开稳经济大盘四季度工作推进会议时强调 围绕重点工作狠抓政策落实 促进经济回稳向上确保运行在合理区间';
  const text = [
    '本报讯 10月 6日上午，区委书记张',
    '建国到重点项目现场调研，要求加快',
    '建设进度。',
    '',
    long,
    '',
    '央视网消息（新闻联播）：中共中央政',
    '治局常委、国务院总理李克强主持召开',
    '稳经济大盘四季度工作推进会议。',
    '',
  ].join('\n');
  const { articles } = findArticles(text);
  assert.equal(articles.length, 2);
  assert.equal(articles[1].headline?.text.replace(/\s/g, ''), long.replace(/\s/g, ''));
});

test('a roundup: its heading over a bare dateline is an article, and each item under its sub-heading another', () => {
  const text = [
    '国内联播快讯',
    '',
    '央视网消息（新闻联播）：',
    '',
    '全国秋粮收购进度过半',
    '',
    '国家粮食和物资储备局数据显示，全国',
    '秋粮收购进度已过半，收购总体顺利。',
    '',
    '国际人士：多边主义是应对挑战的正道',
    '',
    '多国人士近日表示，面对全球性挑战，',
    '各国应坚持多边主义，加强团结合作。',
    '',
    '央视网消息（新闻联播）：国家统计局',
    '今天发布数据，前三季度国内生产总值',
    '同比增长。',
    '',
  ].join('\n');
  const { articles } = findArticles(text);
  assert.deepEqual(
    articles.map((a) => a.headline?.text),
    ['国内联播快讯', '全国秋粮收购进度过半', '国际人士：多边主义是应对挑战的正道', undefined],
  );
});

test('where the page says nothing of its structure, it is one article with no headline', () => {
  const text = ['今年以来，全区上下认真贯彻落实各项', '决策部署，经济运行总体平稳。', '', '下一步，全区将继续加大工作力度，', '确保完成全年目标任务。', ''].join('\n');
  const { articles, pages } = findArticles(text);
  assert.equal(pages.length, 1);
  assert.equal(articles.length, 1);
  assert.equal(articles[0].headline, undefined);
});

test('an edit that is said not to break pages leaves a one-page file one page with no masthead', () => {
  // Body lines, and now and then one mark of a masthead (one alone makes none); edits may add any.
  const body = ['区领导调研重点项目', '', '本报讯 10月 6日上午，区委书记张', '建国到重点项目现场调研。', '记者 周文', '', '项目总投资12亿元。'];
  const marks = ['高新区简报', '第 3 期', '2019年10月15日', '— 2 —', '\f', '内部资料', '高新区党政办公室编'];
  const text = fc
    .tuple(fc.array(fc.constantFrom(...body), { minLength: 30, maxLength: 80 }), fc.nat(), fc.constantFrom('', '2019年10月15日', '内部资料'))
    .map(([ls, at, mark]) => [...ls.slice(0, at % ls.length), mark, ...ls.slice(at % ls.length)].join('\n'));
  let asserted = 0;
  fc.assert(
    fc.property(text, fc.nat(), fc.nat({ max: 30 }), fc.constantFrom(...body, ...marks, '\n', '\n\n', '的'), (old, at, remove, insert) => {
      const before = findPages(old);
      assert.equal(before.length, 1, 'the text before the edit is one page');
      if (before[0].masthead) return;
      const from = at % (old.length + 1);
      const changed = old.slice(0, from) + insert + old.slice(from + remove);
      const prefix = from;
      const suffix = old.length - Math.min(old.length, from + remove);
      if (mayBreakPages(changed, { prefix, suffix })) return;
      const after = findPages(changed);
      assert.equal(after.length, 1);
      assert.equal(after[0].masthead, undefined);
      asserted++;
    }),
    { numRuns: 3000 },
  );
  // Most edits are far from anything that could make a page: the test has checked those.
  assert.ok(asserted > 1000, `${asserted} edits checked`);
});

test('headlines gathered at the top of the page go to the articles below that they speak of', () => {
  const text = [
    '区图书馆新馆开馆迎客',
    '',
    '全区开展河道垃圾清理行动',
    '',
    '城东污水处理厂通水运行',
    '',
    '本报讯 5月 4日，区环保局组织开展河',
    '道垃圾清理行动，沿河清出垃圾三十余',
    '吨，河道面貌明显改善。',
    '记者 周文',
    '',
    '本报讯 5月 6日，区图书馆新馆开馆，',
    '馆内藏书十二万册，设少儿阅览区。',
    '记者 周文',
    '',
    '本报讯 5月 8日，城东污水处理厂通水',
    '运行，日处理污水五万吨。',
    '记者 周文',
    '',
  ].join('\n');
  const { articles, headlineBlocks } = findArticles(text);
  assert.equal(headlineBlocks.length, 1);
  assert.equal(headlineBlocks[0].start, 0);
  assert.deepEqual(
    articles.map((a) => [a.headline?.text, a.headlinePlacement]),
    [
      ['全区开展河道垃圾清理行动', 'elsewhere'],
      ['区图书馆新馆开馆迎客', 'elsewhere'],
      ['城东污水处理厂通水运行', 'elsewhere'],
    ],
  );
  assert.ok(articles[0].start >= headlineBlocks[0].end, 'the first article starts under the block');
});

test('bylines before the text (本报记者 X 报道) and after it (记者 X 文/图) both name the reporter', () => {
  const text = ['区领导调研重点项目', '', '本报记者 王明 报道', '', '10月 6日上午，区委书记张建国到重点', '项目现场调研，要求加快建设进度。', '', '城东污水处理厂通水运行', '', '本报讯 10月 18日，城东污水处理厂通', '水运行，日处理污水五万吨。', '记者 李华 文/图', ''].join('\n');
  const { articles } = findArticles(text);
  assert.deepEqual(
    articles.map((a) => [a.headline?.text, a.byline?.names]),
    [
      ['区领导调研重点项目', ['王明']],
      ['城东污水处理厂通水运行', ['李华']],
    ],
  );
});

test('a column of briefs after the last report: each brief, a whole report in one paragraph, is an article', () => {
  const text = [
    '巴基斯坦新总统宣誓就职',
    '',
    '据新华社伊斯兰堡１月１日电新当选的巴',
    '基斯坦总统今天在这里宣誓就职。',
    '',
    '就职仪式今天上午在总统府大厅举行，在',
    '场的政府要员全体起立行注目礼。',
    '',
    '赞比亚总统奇卢巴去年十二月三十一日下',
    '令释放上周被拘留的前总统卡翁达，但将',
    '其软禁家中。奇卢巴在总统府举行记者招',
    '待会时当场签署了总统令，命令警方把卡',
    '翁达送出监狱，软禁在他在卢萨卡的家中',
    '，直到调查全部结束。',
    '',
    '俄罗斯联邦边防局一日发表通告说，该局',
    '管辖下的边防军将从今年开始改组为边防',
    '警卫队。改组的一个重要内容是分阶段把',
    '边防军拥有的重武器转交给国防部，这些',
    '重武器包括步兵战车和装甲车。',
    '',
  ].join('\n');
  const { articles } = findArticles(text);
  assert.deepEqual(
    articles.map((a) => text.slice(a.start, a.start + 6)),
    ['巴基斯坦新总', '赞比亚总统奇', '俄罗斯联邦边'],
  );
});

test('a picture story with its caption and fields set as headings stays one article; the next story starts after it', () => {
  const text = [
    '徐虎（附图片１张）',
    '',
    '徐虎在华东师范大学的课堂上。（郭红摄）',
    '',
    '荣誉全国劳动模范',
    '',
    '工作单位上海西部企业集团中山物业公司',
    '',
    '附记：目前，徐虎既做老师又当学生，奔',
    '波于两个课堂，还担任了“徐虎学校”的',
    '校长。（黄嵘）',
    '',
    '李国安（附图片１张）',
    '',
    '李国安和战士研究地质情况。（新华社记者摄）',
    '',
    '荣誉模范团长',
    '',
    '工作单位北京军区给水工程团',
    '',
    '附记：李国安带领全团指战员在第一线打',
    '井，为驻地群众解决了吃水难题。',
    '',
  ].join('\n');
  const { articles } = findArticles(text);
  assert.deepEqual(
    articles.map((a) => a.headline?.text),
    ['徐虎（附图片１张）', '李国安（附图片１张）'],
  );
});

test('a roundup under one headline: the same agency filing from other places carries on the report', () => {
  const text = [
    '纽约股市开门红印尼菲律宾货币汇率再跌',
    '',
    '据新华社纽约１月２日电华尔街股市在１',
    '９９８年的第一个交易日里交投平淡。',
    '',
    '新华社雅加达１月３日电据此间媒体今天',
    '报道，印尼盾对美元比价２日再次下跌。',
    '',
    '新华社马尼拉１月３日电菲律宾比索对美',
    '元的比价２日跌至新低。',
    '',
  ].join('\n');
  const { articles } = findArticles(text);
  assert.equal(articles.length, 1);
  assert.equal(articles[0].headline?.text, '纽约股市开门红印尼菲律宾货币汇率再跌');
});

/** The page with its blank lines taken out and the first line of each paragraph indented instead. */
function indented(text: string): string {
  return text
    .split(/\n\s*\n/)
    .filter((p) => p.trim())
    .map((p) => '\u3000\u3000' + p.trim())
    .join('\n');
}

test('paragraphs marked by indentation instead of blank lines read as with blank lines', () => {
  const read = (text: string) => findArticles(text).articles.map((a) => [a.headline?.text, a.headlinePlacement, a.byline?.names]);
  const text = ISSUE_35 + '\n' + ISSUE_36;
  assert.equal(read(text).length, 4);
  assert.deepEqual(read(indented(text)), read(text));
});

test('a wrapped page with no blank lines: a lead starts an article, 又讯 too, and a short line ending a sentence ends a paragraph', () => {
  const text = [
    '本报讯（记者 孙丽萍）11月 15日上午，区委书',
    '记、区长王振宇主持召开区委常委会会议，',
    '传达学习省委全会精神。',
    '又讯 11月 16日，区委书记周海峰带队到沟赵',
    '乡调研乡村振兴工作，区委副书记杨晓东陪',
    '同。周海峰一行先后来到西史赵村、冯湾村',
    '察看特色种植基地建设情况。',
    '（通讯员 郭晓明 张 鹏）',
    '区政协召开常委会议',
    '本报讯 11月 17日，区政协主席高建军主持召',
    '开区政协常委会议，区政协副主席王丽、孟',
    '庆华出席。',
  ].join('\n');
  const { articles } = findArticles(text);
  assert.deepEqual(
    articles.map((a) => [text.slice(a.start, a.start + 3), a.headline?.text]),
    [
      ['本报讯', undefined],
      ['又讯 ', undefined],
      ['区政协', '区政协召开常委会议'],
    ],
  );
  // The byline stands alone, and the name typesetting padded to three characters (张 鹏) is one name.
  assert.deepEqual(articles[1].byline?.names, ['郭晓明', '张鹏']);
});

test('on a page without blank lines a lead opens an article only after a sentence has ended, and 据…消息 only after a short line', () => {
  const text = [
    '本报讯 11月 15日上午，区委召开常委会会议，',
    '传达学习省委全会精神。会议指出，要抓好当前',
    '据新华社消息，国务院日前印发了相关通知，',
    '要求各地抓好落实。会议要求，各部门要认真贯',
    '彻落实。',
  ].join('\n');
  assert.equal(findArticles(text).articles.length, 1);
});

test('on a page with blank lines between reports, a headline set on its indented lead or on a byline line still heads its report', () => {
  const reports = [
    ['市政府召开常务会议', '    3月5日，市长刘志强主持召开市政府', '常务会议，研究部署经济工作。'],
    ['全市植树活动启动', '    3月6日，全市植树活动启动，当天', '栽种苗木三千余株。'],
  ];
  const plain = reports.map((r) => r.join('\n')).join('\n\n');
  assert.deepEqual(findArticles(plain).articles.map((a) => a.headline?.text), ['市政府召开常务会议', '全市植树活动启动']);
  const bylined = reports.map(([head, ...body]) => [head, '■本报记者 王芳 通讯员 张伟', ...body].join('\n')).join('\n\n');
  const { articles } = findArticles(bylined);
  assert.deepEqual(articles.map((a) => a.headline?.text), ['市政府召开常务会议', '全市植树活动启动']);
  assert.deepEqual(articles.map((a) => a.byline?.names), [['王芳', '张伟'], ['王芳', '张伟']]);
  // A line the wrap cut out of a lead, though it reads as a byline, stays in its paragraph.
  const wrapped = ['中南外长高度评价两国建交', '', '本报约翰内斯堡12月30日电记者温宪', '、新华社记者刘也刚、赵毅、尚绪谦报道', '：中国和南非外长发表讲话。'].join('\n');
  assert.equal(findArticles(wrapped).articles[0].dateline?.text.replace(/\s/g, ''), '本报约翰内斯堡12月30日电记者温宪、新华社记者刘也刚、赵毅、尚绪谦报道：');
});

test('a notice signed with a date alone closes its report, and a column of marked briefs gives an article each, dated by its brief', () => {
  const text = [
    '市政府召开常务会议',
    '',
    '本报讯 3月5日，市长刘志强主持召开市政府',
    '常务会议，研究部署一季度经济工作。',
    '',
    '二〇二四年三月六日',
    '',
    '【基层动态】',
    '    ★3月4日，城关镇党委书记吴建华带队走',
    '访辖区企业12家，协调解决问题8个。',
    '    ◆近日，县人社局局长黄伟到东岭村调研',
    '就业帮扶工作。',
    '',
  ].join('\n');
  const analysis = analyze(text);
  assert.deepEqual(
    analysis.articles.map((a) => [a.headline?.text, a.dateline?.date]),
    [['市政府召开常务会议', '3月5日'], [undefined, '3月4日'], [undefined, undefined]],
  );
  const [first, second, third] = analysis.articles;
  assert.ok(first.end >= text.indexOf('二〇二四年三月六日'), 'the date closes the first report');
  assert.equal(analysis.entities.find((e) => e.kind === 'person' && e.name === '吴建华')?.article, 1);
  assert.equal(analysis.entities.find((e) => e.kind === 'person' && e.name === '黄伟')?.article, 2);
  assert.ok(second.end <= third.start);
});

test('a headline over the day its report was filed heads it; a brief that speaks of the report above is still a brief of its own', () => {
  const filed = ['区委召开常委会议', '', '本报讯 3月5日，区委召开常委会议，研究部署工作。', '', '全区安全生产工作会议召开', '', '3月6日', '', '会议要求，各部门要落实安全生产责任，开展隐患排查整治工作。', '', '区教育局开展校园安全检查', '', '2024.3.7', '', '区教育局对全区中小学校开展安全检查，排查隐患十余处。', ''].join('\n');
  assert.deepEqual(analyze(filed).articles.map((a) => a.headline?.text), ['区委召开常委会议', '全区安全生产工作会议召开', '区教育局开展校园安全检查']);
  const briefs = ['全区安全生产会议召开', '', '本报讯 3月6日，全区安全生产会议召开。会议强调要召开会议部署工作。', '', '★3月4日，区文明办召开会议，部署创建工作。', '', '◆近日，区教育局召开会议，部署安全工作。', ''].join('\n');
  assert.deepEqual(analyze(briefs).articles.map((a) => a.dateline?.text), ['本报讯 3月6日', '★3月4日', '◆近日']);
});

test('an issue number and a date in the text (a schedule) start no new issue; a new issue names its publication', () => {
  const text = ['全区干部培训班开班', '', '本报讯 3月1日，全区干部培训班开班，共举办三期，具体安排如下。', '', '第1期 2024.3.15', '', '第2期 2024.4.20', '', '培训结束后将进行考核。', ''].join('\n');
  const analysis = analyze(text);
  assert.equal(analysis.pages.length, 1);
  assert.equal(analysis.pages[0].masthead, undefined);
});

test('a headline after a caption that ends with its photographer heads its report; a lead\'s date may follow its reporters', () => {
  const text = [
    '城东新区开工建设18个重大项目',
    '',
    '本报讯（记者 王芳 通讯员 李强）6月28日上午，城东新区重大项目集中开',
    '工。',
    '',
    '图为开工仪式现场。 记者 王芳 摄',
    '',
    '城东新区召开防汛工作部署会',
    '',
    '本报讯 6月27日，城东新区召开防汛工作部署会。',
    '',
  ].join('\n');
  const { articles } = analyze(text);
  assert.deepEqual(articles.map((a) => a.headline?.text), ['城东新区开工建设18个重大项目', '城东新区召开防汛工作部署会']);
  assert.deepEqual(articles.map((a) => a.dateline?.date), ['6月28日上午', '6月27日']);
  assert.deepEqual(articles[0].byline?.names, ['王芳', '李强']);
});

test('indentation past the page margin tells paragraphs; a centred headline, every line set in, stays one', () => {
  // A centred headline over two lines on a page with blank lines stays one headline.
  const centred = ['    区委召开全区领导干部大会传达学习', '         省委十一届九次全会精神', '', '本报讯 10月 8日，区委召开全区领导干部大', '会，传达学习省委全会精神。', ''].join('\n');
  assert.equal(findArticles(centred).articles[0].headline?.text, '区委召开全区领导干部大会传达学习省委十一届九次全会精神');
  // Every line set two spaces in (a margin) tells nothing; a tab is a paragraph's indent.
  const lines = ['区领导调研重点项目', '本报讯 10月 6日上午，区委书记张', '建国到重点项目现场调研，要求加快', '建设进度。'];
  const margin = lines.map((l) => '  ' + l).join('\n');
  assert.deepEqual(findArticles(margin).articles.map((a) => a.headline?.text), findArticles(lines.join('\n')).articles.map((a) => a.headline?.text));
  const tabbed = ['区领导调研重点项目', '\t本报讯 10月 6日上午，区委书记张', '建国到重点项目现场调研，要求加快', '建设进度。'].join('\n');
  assert.deepEqual(findArticles(tabbed).articles.map((a) => a.headline?.text), ['区领导调研重点项目']);
});

test('a byline keeps its credit marks apart from the names (记者 王强 文 图)', () => {
  const text = ['区领导调研重点项目', '', '本报讯 10月 6日上午，区委书记张建国到重', '点项目现场调研。', '记者 王强 文 图', ''].join('\n');
  assert.deepEqual(findArticles(text).articles[0].byline?.names, ['王强']);
});

test('on a page without blank lines, 央视网消息 after a line that stopped short opens an article', () => {
  const text = [
    '本报讯 11月 15日上午，区委召开常委会会议，',
    '传达学习省委全会精神。',
    '央视网消息：国务院日前印发了相关通知，要',
    '求各地抓好落实。',
  ].join('\n');
  assert.equal(findArticles(text).articles.length, 2);
});

test('the sample page with its blank lines taken out keeps its articles, and each its headline, those gathered at the end too', () => {
  const sample = readFileSync(join(__dirname, '../../../shared/samples/gaoxin-bulletin.txt'), 'utf8');
  const unbroken = sample.split('\n').filter((l) => l.trim()).join('\n');
  const articles = findArticles(unbroken).articles;
  assert.equal(articles.length, findArticles(sample).articles.length);
  assert.deepEqual(articles.map((a) => a.headline !== undefined), articles.map(() => true), JSON.stringify(articles.map((a) => a.headline?.text)));
});
