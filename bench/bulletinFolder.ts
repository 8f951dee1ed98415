// A folder of bulletin pages built from the corpus, for the who's who benchmarks: each broadcast day
// of xwlb-early cut into pages of four or five stories (one file each, dated by its path:
// xwlb/2022/09/2022-09-24-p01.bulletin), then the People's Daily pages of pd98-dev (dated by their
// text). Stories are cut at the gold article ranges. Files are *.bulletin: the extension takes a
// .txt file for a bulletin only when it looks like one (a 本报讯 lead, a byline), which the
// broadcast's 央视网消息 pages do not.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const CORPUS = resolve(__dirname, '../../shared/corpus');

interface Line {
  id: string;
  text: string;
  articles: Array<[number, number] | { start: number; end: number }>;
}

function read(name: string, corpus = CORPUS): Line[] {
  const path = join(corpus, name);
  if (!existsSync(path)) throw new Error(`no corpus file ${path}`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);
}

/** Writes at least `pages` xwlb pages (whole days) and every pd98 page under `dir`; returns the file paths. */
export function buildBulletinFolder(dir: string, pages = 1000, corpus = CORPUS): string[] {
  const files: string[] = [];
  let xwlbPages = 0;
  for (const day of read('xwlb-early-wrapped.jsonl', corpus)) {
    if (xwlbPages >= pages) break;
    const m = /^(\d{4})(\d\d)(\d\d)$/.exec(day.id);
    if (!m) continue;
    const stories = day.articles.map((a) => (Array.isArray(a) ? day.text.slice(a[0], a[1]) : day.text.slice(a.start, a.end)));
    const folder = join(dir, 'xwlb', m[1], m[2]);
    mkdirSync(folder, { recursive: true });
    // Pages of five stories, then four, alternately.
    for (let i = 0, n = 1; i < stories.length; n++) {
      const size = n % 2 ? 5 : 4;
      const path = join(folder, `${m[1]}-${m[2]}-${m[3]}-p${String(n).padStart(2, '0')}.bulletin`);
      writeFileSync(path, stories.slice(i, i + size).join('\n\n') + '\n');
      files.push(path);
      i += size;
      xwlbPages++;
    }
  }
  const pd = join(dir, 'pd98');
  mkdirSync(pd, { recursive: true });
  for (const page of read('pd98-dev-wrapped.jsonl', corpus)) {
    const path = join(pd, `${page.id}.bulletin`);
    writeFileSync(path, page.text + '\n');
    files.push(path);
  }
  return files;
}
