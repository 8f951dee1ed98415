// When an appearance happened. The article's dateline date, with the year the page gives (the
// engine completes it from the masthead or a stated year); else the page's masthead date. What is
// still missing comes from the file's name or folder (2019-10-12.txt, 2019/10/), then from the
// reference year; otherwise the date stays open ("--10-06", or "").

const YEAR = '(1[89]\\d\\d|2[01]\\d\\d)';
const FULL = new RegExp(`(?:^|[^\\d])${YEAR}[-_.年]?(0[1-9]|1[0-2])[-_.月]?(0[1-9]|[12]\\d|3[01])(?!\\d)`);
const YEAR_MONTH_FOLDER = new RegExp(`(?:^|/)${YEAR}[/-](0?[1-9]|1[0-2])(?:/|$)`);
const YEAR_ONLY = new RegExp(`(?:^|[^\\d])${YEAR}(?!\\d)`);

/** The date a file's path gives ("2019-10-12", "2019-10", "2019"), the most precise first; "" if none. */
export function pathDate(path: string): string {
  const p = path.replace(/\\/g, '/');
  const name = p.slice(p.lastIndexOf('/') + 1);
  const full = FULL.exec(name);
  if (full) return `${full[1]}-${full[2]}-${full[3]}`;
  const folders = p.slice(0, p.length - name.length);
  const yearMonth = YEAR_MONTH_FOLDER.exec(folders);
  if (yearMonth) return `${yearMonth[1]}-${yearMonth[2].padStart(2, '0')}`;
  const wholeFull = FULL.exec(folders);
  if (wholeFull) return `${wholeFull[1]}-${wholeFull[2]}-${wholeFull[3]}`;
  const year = YEAR_ONLY.exec(name) ?? lastMatch(YEAR_ONLY, folders);
  return year ? year[1] : '';
}

function lastMatch(re: RegExp, text: string): RegExpExecArray | null {
  let found: RegExpExecArray | null = null;
  const g = new RegExp(re.source, 'g');
  for (let m = g.exec(text); m; m = g.exec(text)) {
    found = m;
    g.lastIndex = m.index + 1;
  }
  return found;
}

/**
 * A date value of the engine cut to the calendar date ("2019-10-06T下午" gives "2019-10-06");
 * "" for what is no calendar date (relative words, years counted from the page's).
 */
export function calendarDate(value: string | undefined): string {
  if (!value) return '';
  const m = /^(\d{4}(?:-\d\d(?:-\d\d)?)?|--\d\d(?:-\d\d)?)(?:T.*)?$/.exec(value);
  return m ? m[1] : '';
}

/** The appearance's date completed from the file's path, then the reference year. */
export function completeDate(date: string, path: string, referenceYear?: number): string {
  const fromPath = pathDate(path);
  if (date === '') return fromPath;
  if (!date.startsWith('--')) return date;
  const year = fromPath ? fromPath.slice(0, 4) : referenceYear !== undefined ? String(referenceYear) : '';
  return year ? year + date.slice(1) : date;
}

/** Orders dates: those with a year first, by value; open ones after, by value; "" last. */
export function compareDates(a: string, b: string): number {
  const rank = (d: string) => (d === '' ? 2 : d.startsWith('--') ? 1 : 0);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
