// One part of a date at a position: "1998年", "十二月", "6日", "下午", "9时", "20分", "第三季度",
// "星期三", or a date word ("去年", "春节"). Parts are chained by the scanner in ./index.ts.
import { chineseDigitValue, isAsciiDigit, isChineseNumeral, isOneOf, parseChineseNumeral } from '../numerals';
import { Level, dateWordAt } from './words';

export interface DatePart {
  level: Level;
  end: number;
  /** True when the part holds a numeral. */
  numeric: boolean;
  /** True when the part can be a date on its own. */
  standalone: boolean;
  /** True for relative words (今天, 去年). */
  relative?: boolean;
  /** True for vague words (目前) that take no other part. */
  vague?: boolean;
  year?: number;
  yearOffset?: number;
  month?: number;
  day?: number;
  quarter?: number;
  dayPart?: string;
  hour?: number;
  minute?: number;
}

/** A run of Arabic digits or of Chinese numerals at `i` (no decimals: dates have none). */
function readInteger(text: string, i: number): { end: number; value: number; arabic: boolean; chineseDigitsOnly: boolean } | undefined {
  const n = text.length;
  let j = i;
  if (isAsciiDigit(text.charCodeAt(i))) {
    while (j < n && isAsciiDigit(text.charCodeAt(j))) j++;
    if (j - i > 4) return undefined;
    return { end: j, value: Number(text.slice(i, j)), arabic: true, chineseDigitsOnly: false };
  }
  let placeless = true;
  while (j < n && isChineseNumeral(text.charCodeAt(j))) {
    if (chineseDigitValue(text.charCodeAt(j)) < 0) placeless = false;
    j++;
  }
  if (j === i || j - i > 5) return undefined;
  const s = text.slice(i, j);
  // 万 and 亿 never occur in dates.
  if (s.includes('万') || s.includes('亿')) return undefined;
  const value = parseChineseNumeral(s);
  if (Number.isNaN(value)) return undefined;
  return { end: j, value, arabic: false, chineseDigitsOnly: placeless };
}

/** Characters that can follow the numeral of a date part ("年", "月", …, "." of "1998.1.5"). */
const UNIT_AFTER_RUN = new Uint8Array(65536);
for (const ch of '年月日号时点分秒季.·-/:”』」"') UNIT_AFTER_RUN[ch.charCodeAt(0)] = 1;
for (const ch of '节') UNIT_AFTER_RUN[ch.charCodeAt(0)] = 1;

/** End of the run of numeral characters (Arabic or Chinese, plus 卅) at `i`. */
function runEnd(text: string, i: number): number {
  let j = i;
  if (isAsciiDigit(text.charCodeAt(i))) {
    while (isAsciiDigit(text.charCodeAt(j))) j++;
  } else {
    while (isChineseNumeral(text.charCodeAt(j)) || text[j] === '卅') j++;
  }
  return j;
}

const YEAR_BLOCKERS = '代度级龄';
const HOUR_BLOCKERS = '期代候间节刻辰';

/** Reads one date part at `i`, given the parts already read before it in the chain. */
export function readDatePart(text: string, i: number, before: DatePart[]): DatePart | undefined {
  const last = before.length ? before[before.length - 1] : undefined;
  const c = text.charCodeAt(i);
  let hasMonth = false;
  let hasDayPart = false;
  let hasDay = false;
  for (const p of before) {
    if (p.month !== undefined) hasMonth = true;
    if (p.dayPart !== undefined) hasDayPart = true;
    if (p.day !== undefined) hasDay = true;
  }
  const hasHour = last?.hour !== undefined;

  const numeral = isAsciiDigit(c) || isChineseNumeral(c);
  // Most numerals are not dates: look at the character after the run before reading its value.
  if (numeral && UNIT_AFTER_RUN[text.charCodeAt(runEnd(text, i))]) {
    if (!last) {
      const dotted = readDottedDate(text, i);
      if (dotted) return dotted;
      const festival = readNumberedFestival(text, i);
      if (festival) return festival;
    }
    const num = readInteger(text, i);
    if (!num) return undefined;
    const unit = text[num.end];
    const after = text[num.end + 1] ?? '';
    const digits = num.end - i;
    if (unit === '年') {
      const era = text.startsWith('公元', i - 2);
      const isYear = num.arabic ? (digits === 4 && num.value >= 1000 && num.value <= 2100) || era : num.chineseDigitsOnly && digits === 4;
      // "1998年度", "80年代" are not dates; "1994年代表…" is.
      if (!isYear || (isOneOf(YEAR_BLOCKERS, after) && !(after === '代' && text[num.end + 2] === '表'))) return undefined;
      return { level: Level.Year, end: num.end + 1, numeric: true, standalone: true, year: num.value };
    }
    if (unit === '月') {
      if (num.value < 1 || num.value > 12 || (num.arabic && digits > 2)) return undefined;
      const end = after === '份' ? num.end + 2 : num.end + 1;
      return { level: Level.Month, end, numeric: true, standalone: true, month: num.value };
    }
    if (unit === '日' || (unit === '号' && hasMonth)) {
      if (num.value < 1 || num.value > 31 || (num.arabic && digits > 2)) return undefined;
      if (unit === '日' && after === '元') return undefined;
      // A Chinese day alone ("三日") can be "three days": not after words that count days.
      const prev = text[i - 1] ?? '';
      // 一日 alone is mostly "one day".
      const oneDay = num.value === 1 && !num.arabic && !isOneOf('起晚在发宣举报说表已上下凌清早夜', after);
      const standalone = num.arabic || hasMonth || digits >= 2 || !(oneDay || isOneOf('复每同某这那半第前后几数', prev) || isOneOf('三千之游内', after));
      return { level: Level.Day, end: num.end + 1, numeric: true, standalone, day: num.value };
    }
    if (unit === ':' && num.arabic && digits <= 2 && num.value <= 24) {
      // A clock time "9:30" (the colon may be full-width in the raw text).
      const m = readInteger(text, num.end + 1);
      if (m && m.arabic && m.end - num.end - 1 === 2 && m.value < 60 && !isAsciiDigit(text.charCodeAt(m.end)) && text[m.end] !== ':') {
        return { level: Level.Hour, end: m.end, numeric: true, standalone: true, hour: num.value, minute: m.value };
      }
      return undefined;
    }
    if (unit === '时' || unit === '点') {
      if (num.value > 24 || (num.arabic && digits > 2)) return undefined;
      if (unit === '时' && isOneOf(HOUR_BLOCKERS, after)) return undefined;
      let end = num.end + 1;
      if (unit === '点' && after === '钟') end++;
      // "9时" reads as a time; "一时" (for a while) and "3点" (three points) only beside a part of
      // day, 钟, or minutes.
      const minutes = readMinute(text, end);
      const sure = hasDayPart || hasDay || end > num.end + 1 || minutes !== undefined;
      if (!sure && !(unit === '时' && num.arabic)) return undefined;
      return { level: Level.Hour, end, numeric: true, standalone: true, hour: num.value };
    }
    if (unit === '分' && hasHour) {
      if (num.value > 59) return undefined;
      return { level: Level.Minute, end: num.end + 1, numeric: true, standalone: true, minute: num.value };
    }
    if (unit === '秒' && last?.minute !== undefined) {
      return { level: Level.Second, end: num.end + 1, numeric: true, standalone: true };
    }
    if (unit === '季' && after === '度' && !num.arabic && num.value >= 1 && num.value <= 4) {
      return { level: Level.Quarter, end: num.end + 2, numeric: true, standalone: true, quarter: num.value };
    }
    // Otherwise a date word may still start here ("一大早").
  }

  const ch = text[i];
  if (ch === '第') {
    const q = text.charCodeAt(i + 1);
    const v = isAsciiDigit(q) ? q - 0x30 : chineseDigitValue(q);
    if (v >= 1 && v <= 4 && text[i + 2] === '季' && text[i + 3] === '度') {
      return { level: Level.Quarter, end: i + 4, numeric: true, standalone: true, quarter: v };
    }
    return undefined;
  }
  if ((ch === '元' || ch === '正') && text[i + 1] === '月') {
    // 元月 is January; 正月 is the first lunar month, kept as month 1.
    if (text[i + 2] === '份') return { level: Level.Month, end: i + 3, numeric: true, standalone: true, month: 1 };
    return { level: Level.Month, end: i + 2, numeric: true, standalone: true, month: 1 };
  }
  if (ch === '初' && hasMonth) {
    // Lunar days: 正月初三.
    const d = chineseDigitValue(text.charCodeAt(i + 1));
    const ten = text[i + 1] === '十';
    if (d >= 1 || ten) return { level: Level.Day, end: i + 2, numeric: true, standalone: true, day: ten ? 10 : d };
  }
  if ((ch === '星' && text[i + 1] === '期') || ch === '周') {
    const at = ch === '周' ? i + 1 : i + 2;
    const d = text[at];
    const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
    const follow = text[at + 1] ?? '';
    if (d && isOneOf('一二三四五六日天', d) && !isChineseNumeral(prev) && !(ch === '周' && (d === '天' || isOneOf('年次期内来多', follow)))) {
      return { level: Level.Weekday, end: at + 1, numeric: true, standalone: ch === '星' || !isChineseNumeral(text.charCodeAt(at + 1)) };
    }
  }
  const w = dateWordAt(text, i);
  if (!w) return undefined;
  const info = w.info;
  // Vague words ("目前") stand alone only: they start no chain and follow no part.
  const part: DatePart = {
    level: info.level,
    end: i + w.word.length,
    numeric: info.numeric === true,
    standalone: info.standalone,
    relative: true,
    vague: info.vague === true,
  };
  if (info.yearOffset !== undefined) part.yearOffset = info.yearOffset;
  if (info.dayPart !== undefined) part.dayPart = info.dayPart;
  // Vague words ("目前") neither follow nor take other parts.
  if (info.vague && last) return undefined;
  if (last?.vague) return undefined;
  return part;
}

/** "1998.1.5", "一九九六．四．五", "2019-10-06", "2019/10/6": a four-digit year, a month and a day. */
function readDottedDate(text: string, i: number): DatePart | undefined {
  const year = readInteger(text, i);
  if (!year || year.end - i !== 4 || (!year.arabic && !year.chineseDigitsOnly)) return undefined;
  if (year.value < 1000 || year.value > 2100) return undefined;
  const sep = text[year.end];
  if (sep !== '.' && sep !== '·' && sep !== '-' && sep !== '/') return undefined;
  const month = readInteger(text, year.end + 1);
  if (!month || month.arabic !== year.arabic || month.value < 1 || month.value > 12 || month.end - year.end - 1 > 2) return undefined;
  // Year, month and day all written: a year and a month alone ("1897.01") read as a decimal.
  let end = month.end;
  if (text[end] !== sep) return undefined;
  const d = readInteger(text, end + 1);
  if (!d || d.arabic !== year.arabic || d.value < 1 || d.value > 31 || d.end - end - 1 > 2) return undefined;
  const day = d.value;
  end = d.end;
  // A following digit or dot means a decimal or a table, not a date.
  const next = text.charCodeAt(end);
  if (isAsciiDigit(next) || text[end] === '.' || text[end] === '·' || text[end] === '%') return undefined;
  return { level: Level.Day, end, numeric: true, standalone: true, year: year.value, month: month.value, day };
}

/** Days named by their numbers, in quotes or before 节: “五一”, “八一”, “五四”青年节. */
const NUMBERED_FESTIVALS: Record<string, [number, number]> = {
  五一: [5, 1],
  五四: [5, 4],
  六一: [6, 1],
  七一: [7, 1],
  八一: [8, 1],
  三八: [3, 8],
  十一: [10, 1],
  五卅: [5, 30],
};

/** Words that follow a numbered festival unquoted: 五一劳动奖章, 八一建军节, 五四青年节. */
const FESTIVAL_NEXT = ['劳动', '青年', '儿童', '妇女', '建军', '起义', '精神', '运动', '前夕', '国际'];

function readNumberedFestival(text: string, i: number): DatePart | undefined {
  const date = NUMBERED_FESTIVALS[text.slice(i, i + 2)];
  if (!date) return undefined;
  const before = text[i - 1] ?? '';
  const after = text[i + 2] ?? '';
  const quoted = (isOneOf('“『「"', before) && isOneOf('”』」"', after)) || after === '节' || FESTIVAL_NEXT.some((w) => text.startsWith(w, i + 2));
  if (!quoted) return undefined;
  return { level: Level.Day, end: i + 2, numeric: true, standalone: true, month: date[0], day: date[1] };
}

function readMinute(text: string, i: number): number | undefined {
  const num = readInteger(text, i);
  if (!num || text[num.end] !== '分') return undefined;
  return num.value;
}
