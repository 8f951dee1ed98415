// Measure words and units that follow a number, with their category. Only words that are measure
// words proper belong here: nouns that merely follow numbers (人, 小时, 世纪) stay outside a
// figure's span, as in the segmentation conventions of the gold corpora.
import { isOneOf } from '../numerals';
import type { UnitCategory } from '../types';

const units = new Map<string, UnitCategory>();
const currencies = new Set<string>();

function add(category: UnitCategory, list: string): void {
  for (const u of list.split(/\s+/)) if (u) units.set(u, category);
}

// 港元, 埃镑, 日元, 卢布 are nouns in the gold segmentation: the figure stops before them.
add('money', '元 角 美元 美分 加元 澳元 英镑 马克 法郎 欧元 里拉 铢 盾 兰特 坚戈 先令 卢比 比塞塔 克朗 新元 台币');
for (const c of '元 美元 美分 港元 港币 加元 澳元 英镑 马克 法郎 欧元 里拉 铢 盾 兰特 坚戈 埃镑 先令 卢比 比塞塔 克朗 新元 台币'.split(' ')) currencies.add(c);
add('area', '平方米 平方公里 平方千米 平方厘米 平方英里 平方里 亩 公顷');
add('length', '米 公里 千米 厘米 毫米 纳米 英里 英尺 英寸 里 尺 寸 光年 海里');
add('weight', '吨 公斤 千克 克 斤 公吨 磅 担');
add('volume', '立方米 升 毫升 桶 立方');
add('energy', '兆 千伏安 千瓦时 瓦时 千瓦 瓦 兆瓦 伏 伏安 千伏 毫瓦 毫安 大卡 焦耳 卡 马力');
add('percent', '% ‰');
add('time', '年 周年 天 分钟 秒 周 星期 季度 学年');
add('people', '名 位 人次 户 口');
add(
  'count',
  '个 项 种 家 张 条 件 次 只 台 处 所 部 篇 头 起 枚 幅 支 场 辆 套 册 块 座 对 层 页 集 席 票 本 方 队 根 章 卷 类 宗 间 栋 眼 封 门 期 粒 份 发 尾 趟 株 款 组 杯 下 下子 盘 盏 艘 枝 床 载 架次 架 幢 轮 羽 场次 锭 例 袋 面 路 批 届 段 番 句 遍 道 片 群 股 颗 声 把 行 首 棵 碗 餐 顿 代 步 级 号 倍 成 分 点 度 摄氏度 ℃ 岁 周岁 拨 帧 双 瓶 箱 包 堆 片儿 些',
);

const MAX_UNIT = Math.max(...[...units.keys()].map((u) => u.length));
const FIRST = new Uint8Array(65536);
for (const u of units.keys()) FIRST[u.charCodeAt(0)] = 1;

/** Words that start with a unit but are not one ("米饭", "个人", "分析"): the unit ends short. */
const NOT_UNIT_AFTER: Record<string, string> = {
  个: '体性别',
  分: '析别配布散开子工局会校行钟之点',
  点: '钟',
  度: '过假',
  期: '间待望货刊',
  年: '代度级龄',
  代: '表理价',
  方: '面法式案向针',
  家: '庭属长',
  面: '积貌临对',
  行: '业动政为',
  号: '召称',
  起: '来',
  道: '路理德',
  部: '门长署分委',
  本: '届报',
  次: '日',
  元: '素首旦',
  种: '子',
  周: '边围',
  成: '为立功绩果员本长就人',
  口: '岸号径',
  头: '脑',
  股: '份票东市',
  对: '于外话此方待',
  声: '明称音',
  首: '都次先脑',
  所: '以有谓在属得',
  处: '理于长',
  发: '展生现表出布言动',
  条: '件例款约',
  位: '于置',
  台: '湾阶',
  项: '目',
  名: '单义称额字',
  队: '伍',
  层: '次',
  级: '别',
  场: '所',
  户: '口',
  间: '接',
  步: '伐',
  天: '津然',
  克: '服',
  里: '面',
  群: '众体岛落',
  把: '握手',
  下: '午面来去降旬属级列游岗乡基滑跌达发令设半届',
};

/** The longest unit at `i`, or undefined. */
export function unitAt(text: string, i: number): { unit: string; category: UnitCategory } | undefined {
  if (!FIRST[text.charCodeAt(i)]) return undefined;
  for (let len = Math.min(MAX_UNIT, text.length - i); len >= 1; len--) {
    const u = text.slice(i, i + len);
    const category = units.get(u);
    if (!category) continue;
    if (len === 1) {
      // 个人 (personal) is a word, but "9个人民法庭" counts courts.
      if (u === '个' && text[i + 1] === '人' && text[i + 2] !== '民') return undefined;
      const bad = NOT_UNIT_AFTER[u];
      if (bad && isOneOf(bad, text[i + 1])) return undefined;
    }
    return { unit: u, category };
  }
  return undefined;
}

export function isCurrency(unit: string): boolean {
  return currencies.has(unit);
}
