import './setupResources';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compact, rawSpan } from '../../src/core/compact';
import { findFigures } from '../../src/core/figures';

function figures(raw: string) {
  const ct = compact(raw);
  return findFigures(ct).map((f) => ({ ...f, text: ct.text.slice(f.start, f.end) }));
}

function only(raw: string) {
  const found = figures(raw);
  assert.equal(found.length, 1, `one figure in ${raw}: ${JSON.stringify(found)}`);
  return found[0];
}

test('a number with an area unit is an area', () => {
  const f = only('占地 256亩，');
  assert.equal(f.text, '256亩');
  assert.equal(f.value, 256);
  assert.equal(f.unit, '亩');
  assert.equal(f.category, 'area');
  assert.ok(f.numeric);
});

test('a magnitude word multiplies the value', () => {
  const f = only('建筑面积52万平方米');
  assert.equal(f.text, '52万平方米');
  assert.equal(f.value, 520000);
  assert.equal(f.unit, '平方米');
});

test('a decimal times a magnitude is the exact value, not a binary product (512.3亿 is 51230000000)', () => {
  assert.equal(only('地区生产总值512.3亿元，').value, 51230000000);
  assert.equal(only('总投资1.2万亿元，').value, 1.2e12);
  assert.equal(only('完成１２．３亿元，').value, 1230000000);
});

test('money in yuan notes a renminbi currency written after it, outside the span', () => {
  const f = only('总投资 45亿元人民币');
  assert.equal(f.text, '45亿元');
  assert.equal(f.value, 4.5e9);
  assert.equal(f.category, 'money');
  assert.equal(f.currency, '人民币');
  assert.equal(only('１２亿美元').currency, '美元');
});

test('余, 多 and 约 make a figure approximate', () => {
  const a = only('3.5万余人');
  assert.equal(a.value, 35000);
  assert.ok(a.approximate);
  const b = only('20多项');
  assert.equal(b.text, '20多项');
  assert.equal(b.unit, '项');
  assert.ok(b.approximate);
  assert.ok(only('约300吨').approximate);
  assert.ok(!only('300吨').approximate);
});

test('人 stays outside a figure: it is a noun, not a measure word', () => {
  assert.equal(only('共150人参加').text, '150');
});

test('percentages in signs and in words are percent figures', () => {
  const a = only('增长7.2%');
  assert.equal(a.value, 7.2);
  assert.equal(a.category, 'percent');
  const b = only('百分之二十');
  assert.equal(b.value, 20);
  assert.equal(b.unit, '%');
  assert.ok(b.numeric);
});

test('Chinese numerals are numeric only with 万, 亿 or 百分之', () => {
  const a = only('五千多名');
  assert.equal(a.value, 5000);
  assert.equal(a.numeric, false);
  assert.ok(a.approximate);
  const b = only('八万元');
  assert.equal(b.value, 80000);
  assert.ok(b.numeric);
  assert.ok(only('万亿级').numeric);
});

test('a lone 一 before a measure word is an article, not a figure', () => {
  assert.equal(figures('开展一项工作').length, 0);
  assert.equal(only('开展三项工作').text, '三项');
});

test('idioms and words holding numerals are not figures', () => {
  assert.equal(figures('千方百计').length, 0);
  assert.equal(figures('统一思想').length, 0);
  assert.equal(figures('千万不要').length, 0);
});

test('an ordinal keeps its 第', () => {
  const f = only('第十二届');
  assert.equal(f.text, '第十二届');
  assert.equal(f.value, 12);
});

test('ratios and fractions are one figure', () => {
  assert.equal(only('以3∶1获胜').text, '3∶1');
  assert.equal(only('9/10').value, 0.9);
});

test('a number broken by a line wrap is one figure covering the break', () => {
  const raw = '收入10\n0亿元';
  const ct = compact(raw);
  const [f] = findFigures(ct);
  assert.equal(f.value, 1e10);
  const span = rawSpan(ct, f.start, f.end);
  assert.equal(raw.slice(span.start, span.end), '10\n0亿元');
});

test('a unit split across a line break is still read', () => {
  const raw = '面积8万平方\n米';
  const ct = compact(raw);
  const [f] = findFigures(ct);
  assert.equal(f.unit, '平方米');
  assert.equal(raw.slice(rawSpan(ct, f.start, f.end).start, rawSpan(ct, f.start, f.end).end), '8万平方\n米');
});

test('a minus sign before a number belongs to it, a dash between numbers does not', () => {
  assert.equal(only('为-0.5%').value, -0.5);
  const range = figures('5—6个');
  assert.deepEqual(range.map((f) => f.text), ['5', '6个']);
});

test('头 before a number of years is part of the figure', () => {
  assert.equal(only('在头3年内').text, '头3年');
  assert.equal(figures('头脑清醒').length, 0);
});

test('个人 after a number is a word, so the figure stops before it', () => {
  assert.equal(only('5个人电脑').text, '5');
  assert.equal(only('9个人民法庭').text, '9个');
});

test('people counted by 人 itself: the noun stays outside the span but the figure says what it counts', () => {
  for (const [raw, text, value] of [['新增就业3.5万人，', '3.5万', 35000], ['培训农民工1200余人。', '1200余', 1200], ['常住人口1250万人', '1250万', 12500000]] as const) {
    const f = only(raw);
    assert.equal(f.text, text, raw);
    assert.equal(f.value, value, raw);
    assert.deepEqual([f.unit, f.counts, f.category], ['', '人', 'people'], raw);
  }
  // 人民, 人才 and 人员 are words of their own: the number counts something else.
  for (const raw of ['3人民调解员', '引进300人才']) assert.equal(only(raw).counts, undefined, raw);
  assert.equal(only('接待游客120万人次').unit, '人次');
  const points = only('增速比上半年提高0.6个百分点');
  assert.deepEqual([points.text, points.value, points.counts, points.category], ['0.6个', 0.6, '百分点', 'percent']);
});

test('a magnitude with no digit before it counts one of it, and a unit label in brackets is no figure', () => {
  assert.deepEqual([only('万名干部').value, only('上万名群众').value, only('亿元以上项目').value], [10000, 10000, 1e8]);
  assert.deepEqual(figures('投资额（亿元）  进度'), []);
  assert.deepEqual(figures('单位：万元'), []);
  assert.deepEqual(figures('单位：千元'), []);
  assert.deepEqual(figures('（千元）'), []);
  // Idioms of 万 and 亿 count nothing.
  for (const raw of ['登上万里长城', '万里长征', '亿万富翁']) assert.deepEqual(figures(raw), [], raw);
  assert.equal(only('天津：万户文明家庭').text, '万户');
});

test('a telephone number is a figure that names rather than counts; a count of telephones or calls is a count', () => {
  const cat = (raw: string) => figures(raw).map((f) => [f.text, f.category]);
  assert.deepEqual(cat('联系人：张伟，电话：0371-12345678。'), [['0371', 'identifier'], ['12345678', 'identifier']]);
  assert.deepEqual(cat('手机13812345678，'), [['13812345678', 'identifier']]);
  assert.deepEqual(cat('电话：０７１７－５４０１２２０'), [['0717', 'identifier'], ['5401220', 'identifier']]);
  assert.deepEqual(cat('接到报警电话６０余次'), [['60余次', 'count']]);
  assert.deepEqual(cat('投资13512345678元'), [['13512345678元', 'money']]);
  // One number at a time: the comma ends it; a list of numbers after 、 is read whole; a space after the area code.
  assert.deepEqual(cat('服务热线：12345，3个工作日内答复'), [['12345', 'identifier'], ['3个', 'count']]);
  assert.deepEqual(cat('热线电话12345，24小时服务'), [['12345', 'identifier'], ['24', 'count']]);
  assert.deepEqual(cat('举报电话：0371-63912345、63912346'), [['0371', 'identifier'], ['63912345', 'identifier'], ['63912346', 'identifier']]);
  assert.deepEqual(cat('联系电话：0371 12345678'), [['0371', 'identifier'], ['12345678', 'identifier']]);
  // A round amount shaped as a mobile number is an amount, unless named as a telephone.
  assert.deepEqual(cat('全年完成投资15000000000，'), [['15000000000', 'count']]);
});

test('a number that names a thing is no figure: 5G, 4A级, 3D, 4K; letters and a dash before it (COVID-19, F-16)', () => {
  for (const raw of ['新建5G基站', '国家4A级旅游景区', '3D打印', '歼7E型战机', 'COVID-19疫情', 'F-16战机', '交付S-400防空导弹']) assert.deepEqual(figures(raw), [], raw);
  // A capital letter that measures stays a unit.
  assert.deepEqual(figures('电压220V，功率100W，宽带100M').map((f) => [f.value, f.unit]), [[220, 'V'], [100, 'W'], [100, 'M']]);
  assert.equal(only('芯片1.3nm工艺').unit, 'nm');
  assert.equal(only('月工资为180K·D。').unit, 'K·D');
  assert.equal(only('新建5G基站1200个').text, '1200个');
});
