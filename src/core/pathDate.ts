// The date a file's path gives, the one reader of it: the engine takes the year (a page without a
// stated year), the who's who the whole date (an appearance without one). Bulletins are often saved
// by date (2019-10-12.txt, 20191012.txt, 高新区报2021年第12期.txt) or filed by it (2019/10/, 2020年/).
// The file's own name is read before its folders; folders may make the name's date more precise.

export interface PathDate {
  year: number;
  month?: number;
  day?: number;
}

// Years outside these are ids, not years.
const FIRST_YEAR = 1949;
const LAST_YEAR = 2100;

// A year standing alone (not glued to letters or digits, not an ordinal 第2019期), then optionally a
// month and day: 20191012 (eight digits), 2019-10-12 / 2019_10 / 2019.10 / 2019/10/12 (one separator),
// or 2019年10月12日.
const DATE = /(?<![0-9A-Za-z第])(\d{4})(?:(\d\d)(\d\d)|([-_./])(\d{1,2})(?:\4(\d{1,2}))?|年(?:(\d{1,2})月(?:(\d{1,2})日?)?)?)?(?![0-9A-Za-z])/g;

/** The date a path gives, as far as it gives it (year; year and month; or the full date). */
export function pathDate(path: string): PathDate | undefined {
  const normalized = path.replace(/\\/g, '/');
  const slash = normalized.lastIndexOf('/');
  const fromName = mostPrecise(normalized.slice(slash + 1));
  const fromFolders = mostPrecise(normalized.slice(0, slash + 1));
  if (!fromName) return fromFolders;
  // 2019/10/简报2019.txt: the folders add the month the name leaves out.
  const refines = fromFolders && fromFolders.year === fromName.year && (fromName.month === undefined || fromFolders.month === fromName.month);
  return refines && precision(fromFolders) > precision(fromName) ? fromFolders : fromName;
}

/** The year a path gives (see pathDate). */
export function yearFromPath(path: string): number | undefined {
  return pathDate(path)?.year;
}

/** The most precise date in the text; the last of equally precise ones (the innermost folder). */
function mostPrecise(text: string): PathDate | undefined {
  let best: PathDate | undefined;
  for (const m of text.matchAll(DATE)) {
    const date = dateOf(m);
    if (date && (!best || precision(date) >= precision(best))) best = date;
  }
  return best;
}

function dateOf(m: RegExpMatchArray): PathDate | undefined {
  const year = Number(m[1]);
  if (year < FIRST_YEAR || year > LAST_YEAR) return undefined;
  if (m[2] !== undefined) {
    // Eight digits are a date only when they are a real one: 20191340 is an id, not a year.
    const day = validDay(year, Number(m[2]), Number(m[3]));
    return day ? { year, month: Number(m[2]), day } : undefined;
  }
  // With a separator or 年 the year stands alone; an impossible month or day (2019-13-40) is dropped.
  const month = Number(m[5] ?? m[7]);
  if (!(month >= 1 && month <= 12)) return { year };
  const dayText = m[6] ?? m[8];
  if (dayText === undefined) return { year, month };
  const day = validDay(year, month, Number(dayText));
  return day ? { year, month, day } : { year };
}

function validDay(year: number, month: number, day: number): number | undefined {
  if (!(month >= 1 && month <= 12) || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth ? day : undefined;
}

function precision(date: PathDate): number {
  return date.day !== undefined ? 2 : date.month !== undefined ? 1 : 0;
}
