// Chinese and Arabic numerals, shared by the date and figure recognizers. Works on compact text
// (full-width digits already folded to ASCII). Everything here is a table lookup or a short scan.

/** Value of a Chinese digit character, or -1. 两 is 2; 〇, ○ and 零 are 0. */
const DIGIT_VALUE = new Int8Array(65536).fill(-1);
/** Value of a Chinese place character (十 百 千 万 亿), or 0. */
const PLACE_VALUE = new Float64Array(65536);

for (const [chars, v] of [
  ['〇○零', 0],
  ['一壹', 1],
  ['二两贰', 2],
  ['三叁', 3],
  ['四肆', 4],
  ['五伍', 5],
  ['六陆', 6],
  ['七柒', 7],
  ['八捌', 8],
  ['九玖', 9],
] as const) {
  for (const ch of chars) DIGIT_VALUE[ch.charCodeAt(0)] = v;
}
for (const [chars, v] of [
  ['十拾', 10],
  ['百佰', 100],
  ['千仟', 1000],
  ['万', 1e4],
  ['亿', 1e8],
] as const) {
  for (const ch of chars) PLACE_VALUE[ch.charCodeAt(0)] = v;
}

export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function chineseDigitValue(code: number): number {
  return DIGIT_VALUE[code];
}

export function chinesePlaceValue(code: number): number {
  return PLACE_VALUE[code];
}

/** A Chinese digit or place character (一 … 九, 两, 〇, 零, 十, 百, 千, 万, 亿). */
export function isChineseNumeral(code: number): boolean {
  return DIGIT_VALUE[code] >= 0 || PLACE_VALUE[code] > 0;
}

/**
 * Value of a Chinese numeral: "一千二百三十四" 1234, "两万" 20000, "十五" 15, "一九九七" 1997 (a
 * digit-by-digit reading, as in years), "二点五" 2.5, "一百五十万零一百" 1500100. NaN when the
 * string holds anything else.
 */
export function parseChineseNumeral(s: string): number {
  if (s.length === 0) return NaN;
  const dot = s.indexOf('点');
  if (dot >= 0) {
    const whole = dot === 0 ? 0 : parseChineseNumeral(s.slice(0, dot));
    // The fraction is read digit by digit; a magnitude after it scales the whole ("二点三万").
    let j = dot + 1;
    let frac = '';
    while (j < s.length && DIGIT_VALUE[s.charCodeAt(j)] >= 0) frac += DIGIT_VALUE[s.charCodeAt(j++)];
    if (!frac || Number.isNaN(whole)) return NaN;
    let value = Number(`${whole}.${frac}`);
    for (; j < s.length; j++) {
      const place = PLACE_VALUE[s.charCodeAt(j)];
      if (place < 1e4) return NaN;
      value *= place;
    }
    return value;
  }
  let hasPlace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (PLACE_VALUE[c] > 0) hasPlace = true;
    else if (DIGIT_VALUE[c] < 0) return NaN;
  }
  if (!hasPlace) {
    let v = 0;
    for (let i = 0; i < s.length; i++) v = v * 10 + DIGIT_VALUE[s.charCodeAt(i)];
    return v;
  }
  let total = 0; // completed 亿 groups
  let section = 0; // completed 万 groups below the last 亿
  let small = 0; // below 万
  let digit = -1; // pending digit
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = DIGIT_VALUE[c];
    if (d >= 0) {
      // Two digits in a row ("七八百") read as a range: keep the first; 零 only holds a place.
      if (digit <= 0) digit = d;
      continue;
    }
    const place = PLACE_VALUE[c];
    if (place === 1e8) {
      total = (total + section + small + Math.max(digit, 0)) * 1e8;
      section = small = 0;
      digit = -1;
    } else if (place === 1e4) {
      section = (section + small + Math.max(digit, 0)) * 1e4;
      small = 0;
      digit = -1;
    } else {
      small += (digit < 0 ? 1 : digit) * place;
      digit = -1;
    }
  }
  return total + section + small + Math.max(digit, 0);
}

/** A number as read from text. */
export interface NumberToken {
  start: number;
  end: number;
  value: number;
  /** True when it holds an Arabic digit. */
  arabic: boolean;
  /** True when it holds 万 or 亿 (as a magnitude). */
  magnitude: boolean;
  /** True for 多, 余, 几, 数, 上 inside the number ("3000多", "十几", "上万"). */
  approximate: boolean;
}

const DECIMAL_POINT = new Set(['.', '·', '．']);

/** Magnitude characters allowed after Arabic digits ("25万", "30亿", "3千万"). */
function magnitudeAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const place = PLACE_VALUE[c];
  if (place >= 1e4) return place;
  // 千/百 only when a larger magnitude follows: "3千万" but not "252千瓦".
  if (place === 1000 || place === 100) {
    const next = PLACE_VALUE[text.charCodeAt(i + 1)];
    if (next >= 1e4) return place;
  }
  return 0;
}

function threeDigitsAt(text: string, i: number): boolean {
  return (
    isAsciiDigit(text.charCodeAt(i)) &&
    isAsciiDigit(text.charCodeAt(i + 1)) &&
    isAsciiDigit(text.charCodeAt(i + 2)) &&
    !isAsciiDigit(text.charCodeAt(i + 3))
  );
}

/**
 * Reads an Arabic number at `i` ("2.5", "1400", "2.5万", "3000多", "4万多"): digits, an optional
 * decimal part, magnitude words and 多/余 after. Returns undefined when no digit is at `i`.
 */
export function readArabicNumber(text: string, i: number): NumberToken | undefined {
  const n = text.length;
  let j = i;
  while (j < n && isAsciiDigit(text.charCodeAt(j))) j++;
  if (j === i) return undefined;
  // Thousands separators "1,200,000".
  while (text[j] === ',' && threeDigitsAt(text, j + 1)) j += 4;
  let firstGroupEnd = -1;
  // Decimals; further groups ("1.2.3", tables run together) stay in the same token.
  while (j + 1 < n && DECIMAL_POINT.has(text[j]) && isAsciiDigit(text.charCodeAt(j + 1))) {
    j++;
    while (j < n && isAsciiDigit(text.charCodeAt(j))) j++;
    if (firstGroupEnd < 0) firstGroupEnd = j;
  }
  const numberText = text.slice(i, firstGroupEnd < 0 ? j : firstGroupEnd);
  const plain = numberText.replace(/,/g, '').replace(/[·．]/, '.');
  // Magnitudes (powers of ten) shift the decimal exponent: 512.3亿 is 512.3e8 exactly, where
  // 512.3 * 1e8 gives 51229999999.99999.
  let exponent = 0;
  let approximate = false;
  let magnitude = false;
  // "3000多", "10余", then magnitudes "万", "亿", "多万", then a trailing 多/余.
  for (;;) {
    const c = text[j];
    if ((c === '多' || c === '余') && !approximate) {
      approximate = true;
      j++;
      continue;
    }
    const m = magnitudeAt(text, j);
    if (m) {
      exponent += Math.round(Math.log10(m));
      magnitude = magnitude || m >= 1e4;
      j++;
      continue;
    }
    break;
  }
  return { start: i, end: j, value: Number(exponent ? `${plain}e${exponent}` : plain), arabic: true, magnitude, approximate };
}

/**
 * Reads a Chinese numeral at `i` ("一千二百三十四", "两万", "十几", "三千多", "二点五万"), with 多,
 * 余, 几 as approximations. Returns undefined when no numeral is at `i`.
 */
export function readChineseNumber(text: string, i: number): NumberToken | undefined {
  const n = text.length;
  let j = i;
  let approximate = false;
  let digits = '';
  while (j < n) {
    const c = text.charCodeAt(j);
    if (DIGIT_VALUE[c] >= 0 || PLACE_VALUE[c] > 0) {
      if (c === 0x5343 && digits.length > 0 && startsUnitAfterThousand(text, j)) break;
      digits += text[j];
      j++;
      continue;
    }
    const ch = text[j];
    // 几 inside ("十几", "几十万"), 多/余 after a place ("三千多", "十余万").
    if (ch === '几' && (digits.length > 0 || PLACE_VALUE[text.charCodeAt(j + 1)] > 0)) {
      approximate = true;
      j++;
      continue;
    }
    if ((ch === '多' || ch === '余') && digits.length > 0 && PLACE_VALUE[text.charCodeAt(j - 1)] > 0) {
      approximate = true;
      j++;
      continue;
    }
    if (ch === '点' && digits.length > 0 && DIGIT_VALUE[text.charCodeAt(j + 1)] >= 0) {
      digits += ch;
      j++;
      continue;
    }
    break;
  }
  if (!digits) return undefined;
  const value = parseChineseNumeral(digits);
  if (Number.isNaN(value)) return undefined;
  const magnitude = digits.includes('万') || digits.includes('亿');
  return { start: i, end: j, value, arabic: false, magnitude, approximate };
}

/** 千 that begins a unit (千瓦, or 千米/千克 right after a magnitude: "六万千米"). */
function startsUnitAfterThousand(text: string, j: number): boolean {
  const next = text[j + 1];
  if (next === '瓦') return true;
  if (next === '米' || next === '克') return PLACE_VALUE[text.charCodeAt(j - 1)] >= 1e4;
  return false;
}

/** Reads an Arabic or Chinese number at `i`. */
export function readNumber(text: string, i: number): NumberToken | undefined {
  return isAsciiDigit(text.charCodeAt(i)) ? readArabicNumber(text, i) : readChineseNumber(text, i);
}

/** Value of a short number string, Arabic or Chinese ("12", "十二"); NaN otherwise. */
export function numberValue(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  return parseChineseNumeral(s);
}

/** True when `ch` is one character of `chars` (false for undefined or "", past either end of a text). */
export function isOneOf(chars: string, ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && chars.includes(ch);
}
