import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compact, rawSpan } from '../../src/core/compact';
import { findPeople } from '../../src/core/people';
import { joinedRuns } from '../../src/core/people/persons';

const people = (raw: string) => {
  const ct = compact(raw);
  const found = findPeople(ct);
  const text = (s: { start: number; end: number }) => {
    const r = rawSpan(ct, s.start, s.end);
    return raw.slice(r.start, r.end);
  };
  return { ...found, text };
};

test('a name split across a line break is one person span that covers the break', () => {
  const r = people('会上，市交通局局长刘\n志强表示，要加快道路建设。');
  assert.deepEqual(r.persons.map((p) => p.name), ['刘志强']);
  assert.equal(r.text(r.persons[0]), '刘\n志强');
  assert.equal(r.persons[0].role, 'official');
});

test('a title chain joined by 、 and 兼 gives each title its own span, split into organization and post', () => {
  const r = people('本报讯 昨日，县委常委、宣传部部长兼县文化馆馆长赵立群到文化广场检查工作。');
  assert.deepEqual(r.persons.map((p) => p.name), ['赵立群']);
  const titles = r.persons[0].titles.map((i) => r.titles[i]);
  assert.deepEqual(titles.map((t) => t.value), ['县委常委', '宣传部部长', '县文化馆馆长']);
  assert.deepEqual(titles.map((t) => [t.organization, t.post]), [['县委', '常委'], ['宣传部', '部长'], ['县文化馆', '馆长']]);
});

test('a reporter in a byline is a reporter', () => {
  const r = people('会议要求各单位认真落实。\n记者 杨海波');
  assert.deepEqual(r.persons.map((p) => [p.name, p.role]), [['杨海波', 'reporter']]);
  const agency = people('（新华社记者孔令军摄）');
  assert.deepEqual(agency.persons.map((p) => [p.name, p.role]), [['孔令军', 'reporter']]);
});

test('common words that begin with a surname character are not names', () => {
  const r = people('高新区周边的道路两旁禁止张贴广告，各方面要高度重视。');
  assert.deepEqual(r.persons, []);
});

test('a transliterated foreign name is a person, with a middle dot kept inside', () => {
  const r = people('美国总统克林顿当天表示欢迎。法国人让·皮埃尔说，他很高兴。');
  assert.deepEqual(r.persons.map((p) => p.name), ['克林顿', '让·皮埃尔']);
});

test('an organization the text names is an organization span, and persons do not overlap it', () => {
  const r = people('王建国到东方电子集团调研。');
  assert.ok(r.organizations.some((o) => o.name === '东方电子集团'), JSON.stringify(r.organizations));
  assert.deepEqual(r.persons.map((p) => p.name), ['王建国']);
});

test('the company before a post stays whole when its name holds a word like 经', () => {
  const r = people('会见北方钢铁经营有限公司总经理孙立一行。');
  const titles = r.persons[0].titles.map((i) => r.titles[i]);
  assert.deepEqual(titles.map((t) => [t.organization, t.post]), [['北方钢铁经营有限公司', '总经理']]);
});

test('a bare surname before a form of address is a person, and a title after a name is given to it', () => {
  const r = people('当年，吴总理亲自过问此事。会上，萨利比总统说，两国关系良好。');
  assert.deepEqual(r.persons.map((p) => p.name), ['吴', '萨利比']);
  const after = r.persons[1].titles.map((i) => r.titles[i].value);
  assert.deepEqual(after, ['总统']);
});

test('a person the report leaves unnamed (张某) is still a person', () => {
  const r = people('经查，张某驾驶一辆货车逃离现场。');
  assert.deepEqual(r.persons.map((p) => p.name), ['张某']);
});

test('names, titles and organizations from the user dictionary are read as such', () => {
  const ct = compact('首席科学家欧阳晓峰到星河实验室指导工作。');
  const r = findPeople(ct, undefined, { names: ['欧阳晓峰'], titles: ['首席科学家'], organizations: ['星河实验室'] });
  assert.deepEqual(r.persons.map((p) => p.name), ['欧阳晓峰']);
  assert.deepEqual(r.persons[0].titles.map((i) => r.titles[i].post), ['首席科学家']);
  assert.ok(r.organizations.some((o) => o.name === '星河实验室'));
});

test('the author credit closing a report names a person', () => {
  const r = people('会议持续了两天。（韩立新）\n工程进展顺利。（据新华社）');
  assert.deepEqual(r.persons.map((p) => p.name), ['韩立新']);
});

test('names written back to back with nothing between are one person span', () => {
  const r = people('市长王建国出席了会议。会议由秘书长孙海主持。王建国孙海讲了话。');
  assert.deepEqual(r.persons.map((p) => p.name), ['王建国', '孙海', '王建国孙海']);
  // spans found apart (one by the model, one as a repeat) that touch are joined too
  assert.deepEqual(joinedRuns([{ start: 0, end: 3 }, { start: 3, end: 5 }, { start: 6, end: 8 }]), [{ start: 0, end: 5 }, { start: 6, end: 8 }]);
});

test('an author credit of two names is one span, and 摄 after a credit is not part of it', () => {
  const two = people('工程进展顺利。（韩立新孙海）');
  assert.deepEqual(two.persons.map((p) => p.name), ['韩立新孙海']);
  const photo = people('群众在广场上观看演出。（韩立新摄）');
  assert.deepEqual(photo.persons.map((p) => p.name), ['韩立新']);
});

test('a Japanese name, family name and given name, is one person in a report about Japan', () => {
  const r = people('日本外务大臣山田一郎今天表示，日方重视此事。');
  assert.deepEqual(r.persons.map((p) => p.name), ['山田一郎']);
});

test('a Japanese family name alone before a post is a person, and the post is not a given name', () => {
  const r = people('日本政府发言人说，冈田首相将于下月访问欧洲。');
  assert.deepEqual(r.persons.map((p) => p.name), ['冈田']);
});

test('a credit holding a place is a reader address, not a name', () => {
  const r = people('希望孩子们快乐！（河北省保定市张丽华）');
  assert.ok(!r.persons.some((p) => p.name.includes('省')), JSON.stringify(r.persons.map((p) => p.name)));
});

test('a foreign name of several parts joined by dots is one span, from its first part to its last', () => {
  const r = people('该国总统阿卜杜勒·拉希德·萨利赫今天发表讲话。大法官穆罕默德·拉希德·萨利赫今天说。球队内有查理·贝克、杰克。');
  assert.deepEqual(r.persons.map((p) => p.name), ['阿卜杜勒·拉希德·萨利赫', '穆罕默德·拉希德·萨利赫', '查理·贝克', '杰克']);
});

test('a dotted name does not take in the people word or the time word around it', () => {
  const r = people('打破了由瑞典人安德斯·卡尔松保持的纪录。总统马哈茂德·阿巴斯日前发表谈话。');
  assert.deepEqual(r.persons.map((p) => p.name), ['安德斯·卡尔松', '马哈茂德·阿巴斯']);
});

test('a married woman named with both surnames is one four-character name', () => {
  const r = people('特区政务司司长林黄美华表示，将尽快落实。');
  assert.deepEqual(r.persons.map((p) => p.name), ['林黄美华']);
});

test('a name read with the next character is cut back when the segment writes the short name elsewhere', () => {
  const r = people('局长王刚说。王刚曾在这里工作。王刚之');
  assert.deepEqual(r.persons.map((p) => p.name), ['王刚', '王刚', '王刚']);
});

test('in a list joined by 、 a word the dictionary also knows as a name is a name when a name stands next to it', () => {
  const r = people('杨梅、高峰、孙涛获奖。');
  assert.deepEqual(r.persons.map((p) => p.name), ['杨梅', '高峰', '孙涛']);
  const fruit = people('市场上的杨梅、苹果都很新鲜。');
  assert.deepEqual(fruit.persons, []);
});

test('a two-character name followed every time by the same given-name character takes it in', () => {
  const r = people('局长孙坤奠说，要抓好落实。孙坤奠还指出，各地要重视。');
  assert.deepEqual(r.persons.map((p) => p.name), ['孙坤奠', '孙坤奠']);
  const verb = people('局长王刚说，要抓好落实。王刚和大家一起劳动。王刚和同事们交谈。');
  assert.ok(verb.persons.every((p) => p.name === '王刚'), JSON.stringify(verb.persons.map((p) => p.name)));
});

test('a Japanese name the dictionary lists as a word is a person in a report about Japan', () => {
  const r = people('日本代表团由村山富市率领。');
  assert.deepEqual(r.persons.map((p) => p.name), ['村山富市']);
});

test('a name before a memorial or a birthday names the person, a name before a doctrine does not', () => {
  const r = people('纪念孙立群诞辰一百周年，参观孙立群纪念馆。学习孙立群理论。');
  assert.deepEqual(r.persons.map((p) => p.name), ['孙立群', '孙立群']);
});

test('a reporter credit keeps a name whose last character often ends place names', () => {
  const r = people('（新华社记者孙立湖摄）');
  assert.deepEqual(r.persons.map((p) => p.name), ['孙立湖']);
});

test('a dotted name takes in the one transliteration character its last part left behind, not a verb', () => {
  const r = people('她在萨米尔·甘地遇刺后从政。法国人让·皮埃尔说，他很高兴。');
  assert.deepEqual(r.persons.map((p) => p.name), ['萨米尔·甘地', '让·皮埃尔']);
});
