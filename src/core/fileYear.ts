// The year a file's path gives: bulletins are often saved by date (2019-10-12.txt, 20191012.txt,
// 2019年第12期.txt) or filed by year (2019/10/, 2019年/). The last such year in the path wins (the
// file's own name before its folders). Years outside 1949–2100 are ids, not years.
const DATED_NAME = /(?:^|[^\d])((?:19|20)\d{2})(?:[-_.年/]?(?:0[1-9]|1[0-2])(?:[-_.月]?(?:0[1-9]|[12]\d|3[01]))?|年)(?=[^\d]|$)/g;
const BARE_YEAR = /^((?:19|20)\d{2})$/g;
const YEAR_FOLDER = /(?:^|\/)((?:19|20)\d{2})(?:年)?(?=\/)/g;

export function yearFromPath(path: string): number | undefined {
  const normalized = path.replace(/\\/g, '/');
  const slash = normalized.lastIndexOf('/');
  const name = normalized.slice(slash + 1);
  const fromName = lastYear(name, DATED_NAME) ?? lastYear(name.replace(/\.[^.]*$/, ''), BARE_YEAR);
  if (fromName !== undefined) return fromName;
  return lastYear(normalized.slice(0, slash + 1), YEAR_FOLDER) ?? lastYear(normalized.slice(0, slash + 1), DATED_NAME);
}

function lastYear(text: string, pattern: RegExp): number | undefined {
  let year: number | undefined;
  for (const m of text.matchAll(pattern)) {
    const y = Number(m[1]);
    if (y >= 1949 && y <= 2100) year = y;
  }
  return year;
}
