// Figures: numbers with units and magnitude words, with their numeric value and unit category.
// One left-to-right scan: at the first character of a number read the number (magnitudes and
// 多/余 included), then a percent sign, a fraction or ratio, a measure word, and 左右.
// A number that is part of a date ("1998年") is also read here; the pipeline drops figures that
// overlap a date.
import type { CompactText } from '../compact';
import type { FoundFigure } from '../found';
import type { UnitCategory } from '../types';
import { chinesePlaceValue, isAsciiDigit, isChineseNumeral, isOneOf, readArabicNumber, readNumber, type NumberToken } from '../numerals';
import { isCurrency, unitAt } from './units';

const START = new Uint8Array(65536);
for (let c = 0x30; c <= 0x39; c++) START[c] = 1;
for (const ch of '〇○零一二三四五六七八九十两百千万亿第数上几头') START[ch.charCodeAt(0)] = 1;

/** Idioms and names that start with a numeral but hold no quantity. */
const IDIOMS = [
  '千家万户', '千方百计', '千军万马', '成千上万', '四面八方', '五湖四海', '三番五次', '八路军', '万众一心',
  '一心一意', '三心二意', '七上八下', '乱七八糟', '一五一十', '三位一体', '第一线', '第一手', '第三世界', '四周',
  '万分', '万家灯火', '百分之百', '万里长城', '万里长征', '万里长江', '亿万富翁',
];
const IDIOMS_BY_FIRST = new Map<number, string[]>();
for (const w of IDIOMS) {
  const list = IDIOMS_BY_FIRST.get(w.charCodeAt(0)) ?? [];
  list.push(w);
  IDIOMS_BY_FIRST.set(w.charCodeAt(0), list);
}

/** Length of the idiom at `i`, or 0. */
function idiomAt(text: string, i: number): number {
  const list = IDIOMS_BY_FIRST.get(text.charCodeAt(i));
  if (!list) return 0;
  // "四周年" is an anniversary, not 四周 (all around); "万分之三" is a fraction, not 万分 (very).
  for (const w of list) if (text.startsWith(w, i) && !isOneOf('年之', text[i + w.length])) return w.length;
  return 0;
}

/** Words before a number that make it approximate; they stay outside the span. */
const APPROX_BEFORE = ['大约', '约合', '将近', '接近', '超过', '近', '约', '超', '逾', '余'];

export function findFigures(ct: CompactText): FoundFigure[] {
  const text = ct.text;
  const n = text.length;
  const out: FoundFigure[] = [];
  let i = 0;
  /** Where the telephone number last read ends. */
  let phoneEnd = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const idiom = idiomAt(text, i);
    if (idiom) {
      i += idiom;
      continue;
    }
    if (!START[c] || (i > 0 && continuesNumber(c, text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    // A model's or a disease's number after its letters and a dash (COVID-19, F-16) counts nothing.
    if (i >= 2 && /[-－—]/.test(text[i - 1]) && isAsciiLetter(text.charCodeAt(i - 2))) {
      i++;
      continue;
    }
    if (i >= phoneEnd) phoneEnd = i + phoneNumberAt(text, i);
    const f = readFigure(text, i);
    if (f) {
      // A telephone number names rather than counts. Its digits stay figures, as the gold corpora
      // segment them, but a reader is not told a value.
      if (f.end <= phoneEnd) f.category = 'identifier';
      out.push(f);
      i = f.end;
    } else {
      i++;
    }
  }
  return out;
}

/** What names a telephone number before it: its digits count nothing. */
const PHONE_WORD = /(?:电话|手机|传真|热线|座机|联系方式|Tel|TEL|tel)[:：]?\s*$/;
/** A number as telephones are numbered: an area code then a dash or a space, or a mobile's eleven digits. */
const PHONE = /^(?:[（(]?0\d{2,3}[）)]?[-－—\s]?\d{7,8}(?:[-－]\d{1,4})?|1[3-9]\d{9})(?!\d)/;
/** One number after 电话 and the like: digits, with an area code's dash or brackets. */
const DIALLED = /^[（(]?\d[\d\-－—\s（）()]*\d|^\d/;
/** A further number of a list of telephone numbers (、63912346, /63912346). */
const ANOTHER = /^[、/](?:[（(]?0\d{2,3}[）)]?[-－—\s]?)?\d{7,8}(?!\d)/;

/** Length of the telephone number(s) at `i`, or 0: five digits or more after 电话, 手机 and the like, or shaped as one. */
function phoneNumberAt(text: string, i: number): number {
  if (!isAsciiDigit(text.charCodeAt(i)) && text[i] !== '（' && text[i] !== '(') return 0;
  const head = text.slice(i, i + 24);
  const shaped = PHONE.exec(head);
  const named = PHONE_WORD.test(text.slice(Math.max(0, i - 6), i));
  let length = 0;
  // A mobile's shape alone, with no word naming it, may be a round amount (15000000000).
  if (shaped && !(shaped[0].length === 11 && shaped[0].endsWith('000') && !named)) length = shaped[0].length;
  else if (named) {
    const run = DIALLED.exec(head)?.[0] ?? '';
    if (run.replace(/\D/g, '').length >= 5) length = run.length;
  }
  // A unit or a magnitude after the digits makes them an amount (13512345678元, 报警电话60余次, 移动电话47万多部).
  if (!length || /^[万亿余多]/.test(text.slice(i + length)) || unitAt(text, i + length)) return 0;
  for (let more = ANOTHER.exec(text.slice(i + length, i + length + 20)); more; more = ANOTHER.exec(text.slice(i + length, i + length + 20))) length += more[0].length;
  return length;
}

function continuesNumber(code: number, prev: number): boolean {
  if (isAsciiDigit(code)) return isAsciiDigit(prev) || prev === 0x2e || prev === 0xb7 || isAsciiLetter(prev);
  if (isChineseNumeral(code)) return isChineseNumeral(prev);
  return false;
}

/** "3:1" with a colon (folded from "："): only short numbers on both sides, else it is punctuation. */
/** A minus sign before a number: a dash not between two numbers ("5—6") nor part of "——". */
function isMinusAt(text: string, k: number): boolean {
  const c = text[k];
  if (c !== '—' && c !== '-' && c !== '－') return false;
  const before = text.charCodeAt(k - 1);
  if (isAsciiDigit(before) || isAsciiLetter(before) || isChineseNumeral(before) || text[k - 1] === '—') return false;
  return k === 0 || isOneOf('、，,：:（(和或至到为是\n', text[k - 1]);
}

function isShortRatio(text: string, i: number, end: number): boolean {
  if (end - i > 2) return false;
  let k = end + 1;
  while (isAsciiDigit(text.charCodeAt(k))) k++;
  return k - end - 1 <= 2;
}

function isListNumber(text: string, i: number, end: number): boolean {
  if (end - i > 2) return false;
  const next = text.charCodeAt(end + 1);
  const prev = i === 0 ? '\n' : text[i - 1];
  return next >= 0x4e00 && next <= 0x9fff && isOneOf('\n：；。:;', prev);
}

/** Things named by a digit and a letter: networks, pictures, screens. */
const NAMED_BY_LETTER = /^[2-6]G$|^[2-4]D$|^[248]K$/;

function isUpperAscii(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

const isPlace = (code: number) => chinesePlaceValue(code) > 0;

/** The value of a numeral of magnitude words alone (万 10⁴, 千万 10⁷, 亿万 10¹²): their product. */
function magnitudeOf(text: string, start: number, end: number): number {
  let value = 1;
  for (let k = start; k < end; k++) value *= chinesePlaceValue(text.charCodeAt(k)) || 1;
  return value;
}

/** Reads one figure starting at `i`, or undefined. */
function readFigure(text: string, i: number): FoundFigure | undefined {
  let j = i;
  let ordinal = false;
  let approximate = false;
  const ch = text[i];
  if (ch === '第') {
    ordinal = true;
    j++;
  } else if (ch === '头') {
    // "头5年" (the first five years): only before a number and a unit of time or count.
    const num = readNumber(text, i + 1);
    if (!num || !isOneOf('年天个月周批', text[num.end])) return undefined;
    ordinal = true;
    j++;
  } else if (ch === '数' || ch === '上' || ch === '几') {
    // "数十万", "上万", "几百": only before a place word, and not before an idiom (登上万里长城).
    if (!isPlace(text.charCodeAt(i + 1)) || idiomAt(text, i + 1)) return undefined;
    approximate = true;
    j++;
  }
  let percent = false;
  let unit = '';
  let category: UnitCategory = 'count';
  if (text.startsWith('百分之', j) || text.startsWith('千分之', j) || text.startsWith('万分之', j)) {
    percent = true;
    unit = text[j] === '百' ? '%' : text[j] === '千' ? '‰' : '‱';
    category = 'percent';
    j += 3;
  }
  const num: NumberToken | undefined = readNumber(text, j);
  if (!num) return undefined;
  if (num.approximate) approximate = true;
  let end = num.end;
  let value = num.value;
  const arabic = num.arabic;
  if (!arabic) {
    const first = text.charCodeAt(j);
    // "千万" (by all means), "万一": a numeral starting with a bare magnitude (万, 亿, 千万, 百万)
    // is a word, not a figure, unless a unit follows ("万名", "千万元") or it is 亿万.
    const bare = first === 0x4e07 || first === 0x4ebf || (first === 0x5343 && isOneOf('万亿', text[j + 1])) || (first === 0x767e && isOneOf('万亿', text[j + 1]));
    if (!percent && bare && ch !== '数' && ch !== '上' && ch !== '几') {
      if (!text.startsWith('亿万', j) && !unitAt(text, num.end)) return undefined;
    }
    // A unit's label in a table or a note, magnitude words and a unit: "投资额（亿元）", "单位：千元".
    const label = i === j && /^[十百千万亿]+$/.test(text.slice(j, num.end)) && unitAt(text, num.end);
    if (label && (/[（(]/.test(text[i - 1] ?? '') || /单位[：:]$/.test(text.slice(Math.max(0, i - 3), i)))) return undefined;
    // A magnitude with no digit before it counts one of it: 万名 is ten thousand, 上万名 about as
    // many. 亿万 (countless) is no count.
    if (value === 0 && (bare || ch === '上') && !text.startsWith('亿万', j)) value = magnitudeOf(text, j, num.end);
  }
  let hasUnit = percent;
  if (!percent) {
    const sep = text[end];
    if (arabic && (sep === '∶' || sep === '/' || (sep === ':' && isShortRatio(text, i, end))) && isAsciiDigit(text.charCodeAt(end + 1))) {
      // Ratios "3:1", "68:26:6" and fractions "9/10" are one figure, with a unit after ("69/70次").
      const second = readArabicNumber(text, end + 1)!;
      if (sep === '/' && second.value) value = value / second.value;
      end = second.end;
      while ((text[end] === ':' || text[end] === '∶') && isAsciiDigit(text.charCodeAt(end + 1))) end = readArabicNumber(text, end + 1)!.end;
      category = 'other';
      hasUnit = true;
      const u = unitAt(text, end);
      if (u) {
        unit = u.unit;
        category = u.category;
        end += u.unit.length;
      }
    } else if (text.startsWith('分之', end)) {
      const second = readNumber(text, end + 2);
      if (second) {
        value = num.value ? second.value / num.value : 0;
        end = second.end;
        category = 'other';
        hasUnit = true;
      }
    } else if (sep === '%' || sep === '‰') {
      unit = sep;
      category = 'percent';
      end++;
      hasUnit = true;
    } else if (arabic && isAsciiLetter(text.charCodeAt(end))) {
      // Latin units: "1.3nm", "28.8kbps", "1K·D".
      let k = end;
      while (isAsciiLetter(text.charCodeAt(k)) || (text[k] === '·' && isAsciiLetter(text.charCodeAt(k + 1)))) k++;
      // A digit and one capital letter may name a thing (5G基站, 3D打印, 4K电视, 4A级景区, 歼7E型): it measures nothing.
      if (k - end === 1 && (NAMED_BY_LETTER.test(text.slice(i, k)) || (isUpperAscii(text.charCodeAt(end)) && (text[k] === '级' || text[k] === '型')))) return undefined;
      if (k - end <= 5) {
        unit = text.slice(end, k);
        category = 'other';
        end = k;
        hasUnit = true;
      }
    } else if (arabic && (sep === '.' || sep === '·') && isListNumber(text, i, end)) {
      // A list number "1." or "2·" before its item.
      end++;
    } else {
      if (text[end] === '来' && unitAt(text, end + 1)) {
        // "30来个": about thirty.
        approximate = true;
        end++;
      }
      const u = unitAt(text, end);
      if (u) {
        unit = u.unit;
        category = u.category;
        end += u.unit.length;
        hasUnit = true;
        if (text[end] === '/' && isOneOf('日听秒年月天人时次', text[end + 1])) {
          // Rates: "40万吨/日", "450克/听".
          unit += text.slice(end, end + 2);
          end += 2;
        } else if (unit === '个' && text[end] === '多' && !num.approximate) {
          approximate = true;
          end++;
        } else if (unit.length === 1 && text[end] === unit && !arabic) {
          // Reduplicated measure words: "一个个", "一张张".
          end++;
        }
      }
    }
  }
  // 左右 joins a bare number or a percentage ("30%左右"), not a unit ("500元" 左右).
  if (text.startsWith('左右', end) && (unit === '' || category === 'percent')) {
    approximate = true;
    end += 2;
  }
  const numeric = arabic || num.magnitude || percent;
  // A Chinese numeral is a figure with a magnitude, a unit, or as an ordinal.
  if (!arabic && !numeric && !hasUnit && !ordinal) return undefined;
  if (!arabic && !numeric && isBoundWord(text, i, j, num)) return undefined;
  if (!approximate) approximate = APPROX_BEFORE.some((w) => text.startsWith(w, i - w.length));
  let start = i;
  if (arabic && i === j && isMinusAt(text, i - 1)) {
    start--;
    value = -value;
  }
  const figure: FoundFigure = { kind: 'figure', start, end, value, unit, category, approximate, numeric };
  const currency = currencyOf(text, unit, end, i);
  if (currency) figure.currency = currency;
  // 3.5万人, 1200余人: people counted by the noun itself (not 人民, 人才, 人员: words of their own).
  if (unit === '' && text[end] === '人' && !/[民才员士性家类工文]/.test(text[end + 1] ?? '')) {
    figure.counts = '人';
    figure.category = 'people';
  }
  // 0.6个百分点: percentage points, with 百分点 outside the span as the gold segments it.
  if ((unit === '' || unit === '个') && text.startsWith('百分点', end)) {
    figure.counts = '百分点';
    figure.category = 'percent';
  }
  return figure;
}

/** Chinese numerals that are part of a word ("统一", "唯一", "一些" stays a figure). */
function isBoundWord(text: string, i: number, j: number, num: NumberToken): boolean {
  if (i !== j) return false;
  const prev = text[i - 1] ?? '';
  const numeral = text.slice(j, num.end);
  // 零下 (below zero), 千方百计, 万里: a lone 零 or place word with these is a word.
  if (numeral === '零') return true;
  if (numeral.length === 1 && chinesePlaceValue(numeral.charCodeAt(0)) > 0 && isOneOf('里方瓦家户', text[num.end])) return true;
  if (num.end - j === 1 && text[j] === '一') {
    // A lone 一 before a measure word is mostly the article "a" (一个, 一项): not a quantity.
    if (!ordinalBefore(text, i)) return true;
    if (isOneOf('统唯同万专单划逐之某进', prev)) return true;
    // 一起, 一道 (together), 一度 (once), 一行 (a delegation) are adverbs and nouns.
    if (isOneOf('起道度行', text[num.end])) return true;
  }
  return false;
}

function ordinalBefore(text: string, i: number): boolean {
  return text[i] === '第';
}

function currencyOf(text: string, unit: string, end: number, start: number): string | undefined {
  if (!isCurrency(unit)) return undefined;
  if (unit !== '元') return unit;
  if (text.startsWith('人民币', end) || text.startsWith('人民币', start - 3)) return '人民币';
  return undefined;
}
