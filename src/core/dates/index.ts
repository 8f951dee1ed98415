// Dates and times: absolute and partial dates, parts of day, quarters, with normalized values.
// One left-to-right scan: at a numeral or a date word, read the longest chain of date parts in
// coarse-to-fine order ("去年" "11月" "5日" "下午" "3时" "20分") and emit it as one date.
import type { CompactText } from '../compact';
import type { FoundDate } from '../found';
import type { DatePrecision, DateMention } from '../types';
import { isAsciiDigit, isChineseNumeral, readNumber } from '../numerals';
import { readDatePart, type DatePart } from './parts';
import { Level, startsDateWord } from './words';

const START = new Uint8Array(65536);
for (let c = 0x30; c <= 0x39; c++) START[c] = 1;
for (const ch of '〇○零一二三四五六七八九十两元正第星周') START[ch.charCodeAt(0)] = 1;

export function findDates(ct: CompactText): FoundDate[] {
  const text = ct.text;
  const n = text.length;
  const out: FoundDate[] = [];
  const context: DateContext = { month: undefined };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!START[c] && !startsDateWord(c)) {
      i++;
      continue;
    }
    // A number is read from its first digit only.
    if (i > 0 && continuesNumber(c, text.charCodeAt(i - 1))) {
      i++;
      continue;
    }
    const chain = readChain(text, i);
    if (!chain) {
      i++;
      continue;
    }
    // "每周一": the 每 of a weekday belongs to it.
    if (chain.parts[0].level === Level.Weekday && text[chain.start - 1] === '每') chain.start--;
    const from = firstMonthOfRange(text, chain, out);
    if (from) out.push(from);
    out.push(toDate(chain, text, context));
    i = chain.end;
  }
  return out;
}

/** What joins the first and last month of a range (1至9月, 1—10月, 1-5月). */
const RANGE_JOINERS = new Set([...'至到—－-~～']);
/** Longest numeral of a month: 12, 十二. */
const MONTH_NUMERAL = 2;

/**
 * The first month of a range that writes 月 once (1至9月, 1—10月, 一至十月): a month of its own, where
 * it read as the figure 1. Its number must be a whole month before the last.
 */
function firstMonthOfRange(text: string, chain: Chain, out: FoundDate[]): FoundDate | undefined {
  const last = chain.parts[0];
  if (last.level !== Level.Month || last.month === undefined) return undefined;
  let end = chain.start - 1;
  if (end < 1 || !RANGE_JOINERS.has(text[end])) return undefined;
  if (text[end] === '—' && text[end - 1] === '—') end--;
  const isNumeral = (k: number) => k >= 0 && (isAsciiDigit(text.charCodeAt(k)) || isChineseNumeral(text.charCodeAt(k)));
  let start = end;
  while (end - start < MONTH_NUMERAL && isNumeral(start - 1)) start--;
  // Not the tail of a longer number (2022-9月, 1.5至3月), nor a number a date already holds.
  if (start === end || isNumeral(start - 1) || text[start - 1] === '.' || (out.length > 0 && out[out.length - 1].end > start)) return undefined;
  const num = readNumber(text, start);
  if (!num || num.end !== end || !Number.isInteger(num.value) || num.value < 1 || num.value >= last.month) return undefined;
  return { kind: 'date', start, end, value: `--${pad(num.value)}`, precision: 'month', numeric: true };
}

function continuesNumber(code: number, prev: number): boolean {
  if (isAsciiDigit(code)) return isAsciiDigit(prev) || prev === 0x2e || prev === 0xb7;
  if (isChineseNumeral(code)) return isChineseNumeral(prev);
  return false;
}

interface Chain {
  start: number;
  end: number;
  parts: DatePart[];
}

/** The longest chain of date parts at `i` in coarse-to-fine order, or undefined. */
function readChain(text: string, i: number): Chain | undefined {
  const parts: DatePart[] = [];
  let at = i;
  let level = -1;
  for (;;) {
    const part = readDatePart(text, at, parts);
    if (!part) break;
    // Parts come coarse to fine; two year parts may pair up ("岁末年初").
    const pair = part.level === Level.YearPart && parts.length > 0 && parts[parts.length - 1].level === Level.YearPart;
    if (part.level <= level && !pair) break;
    parts.push(part);
    level = part.level;
    at = part.end;
  }
  // Drop trailing parts that cannot end a date, then check what is left can stand.
  while (parts.length && !acceptable(parts)) parts.pop();
  if (!parts.length) return undefined;
  return { start: i, end: parts[parts.length - 1].end, parts };
}

function acceptable(parts: DatePart[]): boolean {
  if (parts.length > 1) return true;
  return parts[0].standalone;
}

interface DateContext {
  /** The last month named, for a day given alone ("8日"). */
  month: number | undefined;
}

const pad = (v: number) => String(v).padStart(2, '0');

function toDate(chain: Chain, text: string, context: DateContext): FoundDate {
  let year: number | undefined;
  let yearOffset: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  let quarter: number | undefined;
  let dayPart: string | undefined;
  let hour: number | undefined;
  let minute: number | undefined;
  let numeric = false;
  for (const p of chain.parts) {
    if (p.numeric) numeric = true;
    if (p.year !== undefined) year = p.year;
    if (p.yearOffset !== undefined) yearOffset = p.yearOffset;
    if (p.month !== undefined) month = p.month;
    if (p.day !== undefined) day = p.day;
    if (p.quarter !== undefined) quarter = p.quarter;
    if (p.dayPart !== undefined) dayPart = p.dayPart;
    if (p.hour !== undefined) hour = p.hour;
    if (p.minute !== undefined) minute = p.minute;
  }
  if (month !== undefined) context.month = month;
  else if (day !== undefined && year === undefined && yearOffset === undefined) month = context.month;

  let value = '';
  let precision: DatePrecision = 'relative';
  const concrete = year !== undefined || month !== undefined || day !== undefined || quarter !== undefined || hour !== undefined;
  if (numeric && concrete) {
    // Year: stated, relative to the page's ("去年"), or open ("--").
    let yearText = year !== undefined ? String(year) : '-';
    if (year === undefined && yearOffset !== undefined && yearOffset !== 0) yearText = `Y${yearOffset > 0 ? '+' : ''}${yearOffset}`;
    if (quarter !== undefined) {
      value = `${yearText}-Q${quarter}`;
      precision = 'quarter';
    } else if (month === undefined && day === undefined && hour === undefined) {
      value = year !== undefined ? yearText : `${yearText}`;
      precision = 'year';
    } else {
      value = yearText;
      if (month !== undefined || day !== undefined) value += `-${month !== undefined ? pad(month) : 'XX'}`;
      precision = 'month';
      if (day !== undefined) {
        value += `-${pad(day)}`;
        precision = 'day';
      }
      if (hour !== undefined) {
        let h = hour;
        if (h < 12 && dayPart && /下午|晚|夜|傍晚/.test(dayPart) && !/凌晨|子夜|午夜/.test(dayPart)) h += 12;
        value += `T${pad(h)}:${pad(minute ?? 0)}`;
        precision = 'minute';
      } else if (dayPart) {
        value += `T${dayPart}`;
        precision = 'part-of-day';
      }
      if (value.startsWith('-T')) value = `-${value}`;
    }
  }
  const found: FoundDate = { kind: 'date', start: chain.start, end: chain.end, value, precision, numeric };
  if (year !== undefined) found.yearSource = 'text';
  const qualifier = qualifierAfter(text, chain.end);
  if (qualifier) found.qualifier = qualifier;
  return found;
}

const QUALIFIERS: Array<[string, NonNullable<DateMention['qualifier']>]> = [
  ['底前', 'before'],
  ['末前', 'before'],
  ['以前', 'before'],
  ['之前', 'before'],
  ['前后', 'around'],
  ['前', 'before'],
  ['以后', 'after'],
  ['之后', 'after'],
  ['以来', 'after'],
  ['起', 'after'],
  ['后', 'after'],
  ['左右', 'around'],
  ['底', 'end'],
  ['末', 'end'],
  ['初', 'start'],
];

/** The qualifier the words after a date give it: "10月底前", "1998年以后", "3时左右". */
function qualifierAfter(text: string, end: number): DateMention['qualifier'] {
  for (const [w, q] of QUALIFIERS) if (text.startsWith(w, end)) return q;
  return undefined;
}
