// A normalized date value ("2019-10-06T下午", "--10-06", "Y-1-08", "2019-Q3") read back in words as
// a Chinese reader writes a date: 2019年10月6日（星期日）下午. Pure, so it is unit-tested directly.

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const QUARTERS = ['', '第一季度', '第二季度', '第三季度', '第四季度'];
const RELATIVE_YEARS: Record<string, string> = { '-2': '前年', '-1': '去年', '1': '明年', '2': '后年' };

export interface DateInWords {
  /** The date in words ("" for a relative word with no value). */
  words: string;
  /** True when the value holds a calendar year. */
  yearKnown: boolean;
}

export function dateInWords(value: string): DateInWords {
  let rest = value;
  let year = '';
  let yearKnown = false;
  const full = /^(\d{4})/.exec(rest);
  const relative = /^Y([+-]\d+)/.exec(rest);
  if (full) {
    year = `${full[1]}年`;
    yearKnown = true;
    rest = rest.slice(4);
  } else if (relative) {
    year = RELATIVE_YEARS[String(Number(relative[1]))] ?? `${relative[1]}年`;
    rest = rest.slice(relative[0].length);
  } else if (rest.startsWith('-')) rest = rest.slice(1);
  let words = year;
  let month: number | undefined;
  let day: number | undefined;
  const quarter = /^-Q([1-4])/.exec(rest);
  if (quarter) {
    words += QUARTERS[Number(quarter[1])];
    rest = rest.slice(quarter[0].length);
  } else {
    const m = /^-(\d{2}|XX)/.exec(rest);
    if (m) {
      if (m[1] !== 'XX') {
        month = Number(m[1]);
        words += `${month}月`;
      }
      rest = rest.slice(m[0].length);
      const d = /^-(\d{2})/.exec(rest);
      if (d) {
        day = Number(d[1]);
        words += `${day}日`;
        rest = rest.slice(d[0].length);
      }
    }
  }
  if (full && month !== undefined && day !== undefined) {
    const date = new Date(Date.UTC(Number(full[1]), month - 1, day));
    if (date.getUTCMonth() === month - 1 && date.getUTCDate() === day) words += `（${WEEKDAYS[date.getUTCDay()]}）`;
  }
  const time = /^-*T(\d{2}):(\d{2})$/.exec(rest);
  const part = /^-*T(\D+)$/.exec(rest);
  if (time) words += `${Number(time[1])}时${time[2] === '00' ? '' : `${Number(time[2])}分`}`;
  else if (part) words += part[1];
  return { words, yearKnown };
}
