// When an appearance happened. The article's dateline date, with the year the page gives (the
// engine completes it from the masthead or a stated year); else the page's masthead date. What is
// still missing comes from the file's name or folder (2019-10-12.txt, 2019/10/), then from the
// reference year; otherwise the date stays open ("--10-06", or "").
import { pathDate, type PathDate } from '../pathDate';

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
  const fromPath = isoDate(pathDate(path));
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

/** A path's date as the table writes dates: "2019-10-12", "2019-10", "2019"; "" if none. */
function isoDate(date: PathDate | undefined): string {
  if (!date) return '';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.year}${date.month ? `-${two(date.month)}${date.day ? `-${two(date.day)}` : ''}` : ''}`;
}
