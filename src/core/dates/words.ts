// The fixed words of dates: relative time words, parts of day, seasons and festivals. General
// Chinese vocabulary, grouped by the place they take in a date ("去年" before a month, "下午"
// after a day, "春节" after a year).
import { isChineseNumeral, isOneOf } from '../numerals';

/** A word's place in a date, from coarse to fine: a date's parts must come in this order. */
export const Level = {
  Year: 0,
  /** Seasons, festivals, halves of the year: they follow a year. */
  YearPart: 1,
  Quarter: 2,
  Month: 3,
  /** 上旬, 中旬, 下旬 */
  MonthPart: 4,
  Day: 5,
  Weekday: 6,
  DayPart: 7,
  Hour: 8,
  Minute: 9,
  Second: 10,
} as const;
export type Level = (typeof Level)[keyof typeof Level];

export interface DateWord {
  level: Level;
  /** Relative year offset (去年 -1), for words that name a year. */
  yearOffset?: number;
  /** Normalized part of day ("上午"), for words that name one. */
  dayPart?: string;
  /** True when the word can stand alone as a date (it is a relative time word). */
  standalone: boolean;
  /** True for vague words (目前, 近期) that take no other date part. */
  vague?: boolean;
  /** True when the word holds a numeral ("一大早"). */
  numeric?: boolean;
}

const words = new Map<string, DateWord>();

function add(list: string, w: DateWord): void {
  for (const s of list.split(' ')) words.set(s, w);
}

// Years relative to now.
add('今年 本年', { level: Level.Year, yearOffset: 0, standalone: true });
add('去年 上年', { level: Level.Year, yearOffset: -1, standalone: true });
add('明年', { level: Level.Year, yearOffset: 1, standalone: true });
add('前年', { level: Level.Year, yearOffset: -2, standalone: true });
add('当年', { level: Level.Year, standalone: true });
// Months relative to now.
add('本月 上月 下月 当月 同月 上个月 下个月 这个月', { level: Level.Month, standalone: true });
// Parts of a year, after a year ("1998年春节") or alone.
add(
  '年初 年底 年末 年终 岁末 岁初 上半年 下半年 春天 夏天 秋天 冬天 春季 夏季 秋季 冬季 寒冬 隆冬 盛夏 仲夏 初夏 初春 早春 深秋 初冬 严冬 新年 元旦 春节 国庆 新春 岁暮 ' +
    '除夕 元宵 元宵节 中秋 中秋节 端午 端午节 重阳 重阳节 清明 清明节 腊八 国庆节 劳动节 教师节 儿童节 妇女节 建军节 圣诞节 母亲节 父亲节 情人节',
  { level: Level.YearPart, standalone: true },
);
add('去年底 去年年底 今年底 今年年底 去年年初 今年年初 去年初 今年初', { level: Level.YearPart, yearOffset: 0, standalone: true });
add('上旬 中旬 下旬 月初 月底 月中 月末', { level: Level.MonthPart, standalone: true });
// Days relative to now.
add('今天 昨天 明天 前天 后天 今日 昨日 明日 当天 当日 次日 翌日 本周 上周 下周 周末', { level: Level.Day, standalone: true });
for (const [w, part] of [['今晚', '晚上'], ['昨晚', '晚上'], ['明晚', '晚上'], ['当晚', '晚上'], ['今晨', '早晨'], ['昨夜', '夜里'], ['今早', '早上']]) {
  words.set(w, { level: Level.DayPart, dayPart: part, standalone: true });
}
add('前一天 同一天 头一天', { level: Level.Day, standalone: true, numeric: true });
add('一大早 一早', { level: Level.DayPart, standalone: true, numeric: true });
// Parts of a day.
for (const p of '上午 下午 中午 晚上 早上 早晨 清晨 凌晨 傍晚 夜间 深夜 午夜 子夜 午后 夜里 晚间 白天'.split(' ')) {
  words.set(p, { level: Level.DayPart, dayPart: p, standalone: true });
}
// Vague present and past: alone only.
add(
  '目前 当前 现在 如今 眼下 近期 近日 日前 最近 今后 此前 此后 以往 当时 不久前 前不久 近年 近些年 此时 平时 将来 ' +
    '未来 后来 当今 当初 昔日 往日 往年 早年 平日 晚年 生前 战后 本世纪 上世纪 下世纪 古代 近代 现代 当代 夜晚 今夜 黄昏 ' +
    '今春 今秋 今冬 今夏 鼠年 牛年 虎年 兔年 龙年 蛇年 马年 羊年 猴年 鸡年 狗年 猪年',
  {
    level: Level.Year,
    standalone: true,
    vague: true,
  },
);

function isNumeralCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || isChineseNumeral(code) || code === 0x591a || code === 0x4f59 || code === 0x51e0;
}

/** Words by their first character, longest first, so the lookup tries few candidates. */
const BY_FIRST = new Map<number, Array<[string, DateWord]>>();
for (const [w, info] of words) {
  const list = BY_FIRST.get(w.charCodeAt(0)) ?? [];
  list.push([w, info]);
  BY_FIRST.set(w.charCodeAt(0), list);
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b[0].length - a[0].length);
const FIRST_CHAR = new Uint8Array(65536);
for (const code of BY_FIRST.keys()) FIRST_CHAR[code] = 1;

/** Characters just before a word that show it is the tail of another word ("表现在", "节日前"). */
const BAD_BEFORE: Record<string, string> = {
  现在: '表体实出呈发',
  当前: '相',
  年前: '多几',
  年后: '多几',
  当年: '相每',
  最近: '离',
  当时: '适',
  年内: '两三',
  平时: '和',
  白天: '明',
  后来: '先前以之然最随过',
  明日: '光',
  日前: '节生假抗',
  今日: '至',
  月中: '岁日',
  月初: '岁日',
  月底: '岁日',
  月末: '岁日',
};

/** Characters just after a word that show it is the head of another word ("近年来", "今晚报"). */
const BAD_AFTER: Record<string, string> = {
  近年: '来',
  近些年: '来',
  今晚: '报',
  将来: '临',
  下周: '围边',
  本周: '刊',
  此时: '此',
  当日: '报',
  本年: '度',
  新年: '伊度',
  现代: '化派',
  未来: '得过',
  后来: '者居',
  马年: '代',
};

/** The longest date word at `i`, if any. */
export function dateWordAt(text: string, i: number): { word: string; info: DateWord } | undefined {
  const list = BY_FIRST.get(text.charCodeAt(i));
  if (!list) return undefined;
  for (const [w, info] of list) {
    if (!text.startsWith(w, i)) continue;
    const len = w.length;
    // "5年前" is a figure and 前; "年前" alone is a date word.
    if ((w[0] === '年' || w[0] === '月') && i > 0 && isNumeralCode(text.charCodeAt(i - 1))) return undefined;
    const bad = BAD_BEFORE[w];
    if (bad && isOneOf(bad, text[i - 1])) return undefined;
    const badAfter = BAD_AFTER[w];
    if (badAfter && isOneOf(badAfter, text[i + len])) return undefined;
    return { word: w, info };
  }
  return undefined;
}

export function startsDateWord(code: number): boolean {
  return FIRST_CHAR[code] === 1;
}
