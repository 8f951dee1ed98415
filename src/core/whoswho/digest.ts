// A bulletin's analysis reduced to what the folder's view needs: each person per article, with the
// titles the article gives them, the article's date and where they are mentioned; and each
// article's headline (for symbols across the folder). Small enough to keep on disk for a thousand files.
import type { Analysis, DateMention, TitleMention } from '../types';
import { calendarDate } from './dating';
import { LineIndex } from '../lineIndex';
import type { Appearance, DigestTitle, DocumentDigest } from './types';

export function digestOf(text: string, analysis: Analysis): DocumentDigest {
  const lines = new LineIndex(text);
  const articleDates = analysis.articles.map(() => '');
  // The date inside an article's dateline; else the date of its page's masthead.
  for (const page of analysis.pages) {
    const pageDate = calendarDate(page.date);
    for (let i = page.articles[0]; i < page.articles[1] && i < articleDates.length; i++) articleDates[i] = pageDate;
  }
  const issueDates = [...articleDates];
  for (const e of analysis.entities) {
    if (e.kind !== 'date' || e.article < 0) continue;
    const article = analysis.articles[e.article];
    const dateline = article?.dateline;
    const value = calendarDate((e as DateMention).value);
    // A report with no lead that opens with its date (6月18日，县委…) is dated by it, as by a dateline,
    // when that day falls in the month before its issue's (not a date of history: 2013年3月20日，…).
    if (!dateline) {
      if (article && e.start === article.body.start && withinMonthBefore(value, issueDates[e.article])) articleDates[e.article] = value;
      continue;
    }
    if (e.start < dateline.start || e.end > dateline.end) continue;
    if (value && (e as DateMention).precision !== 'year') articleDates[e.article] = value;
  }
  const byKey = new Map<string, Appearance>();
  const titleKeys = new Map<Appearance, Set<string>>();
  const appearanceOf = (personId: string, name: string, article: number, role: Appearance['role']) => {
    const key = `${personId}\u0000${article}`;
    let a = byKey.get(key);
    if (!a) {
      a = { name, role, article, titles: [], date: articleDates[article] ?? '', mentions: [] };
      byKey.set(key, a);
      titleKeys.set(a, new Set());
    }
    return a;
  };
  const persons = new Map(analysis.persons.map((p) => [p.id, p]));
  for (const e of analysis.entities) {
    // A surname alone (王书记) that no full name of its article explains names nobody across a folder.
    if (e.kind !== 'person' || e.name.length < 2) continue;
    const role = persons.get(e.id)?.role ?? e.role;
    appearanceOf(e.id, e.name, e.article, role).mentions.push(lines.quad(e.start, e.end));
  }
  /** The article's titles by value and by resolved value, the first of each: looked up by person below. */
  const titleNamed = new Map<string, TitleMention>();
  for (const e of analysis.entities) {
    if (e.kind !== 'title') continue;
    for (const v of [e.value, e.resolved]) if (v !== undefined && !titleNamed.has(`${e.article}\u0000${v}`)) titleNamed.set(`${e.article}\u0000${v}`, e);
    if (!e.personId) continue;
    const a = byKey.get(`${e.personId}\u0000${e.article}`);
    if (!a) continue;
    const t = e as TitleMention;
    const seen = titleKeys.get(a)!;
    // The title as the page resolves it (区党工委副书记 on a page of 高新区 is 高新区党工委副书记).
    const value = t.resolved ?? t.value;
    if (seen.has(value)) continue;
    seen.add(value);
    const title: DigestTitle = { value, organization: t.resolvedOrganization ?? t.organization, post: t.post };
    a.titles.push(title);
  }
  for (const e of analysis.entities) {
    if (e.kind !== 'person' || (e.titles.length === 0 && !e.changes)) continue;
    const a = byKey.get(`${e.id}\u0000${e.article}`);
    if (!a) continue;
    const seen = titleKeys.get(a)!;
    // A post a notice gives or takes away (任命X为…, 免去X的…职务) was the person's at the article's date.
    for (const c of e.changes ?? []) {
      // Named as a title in the same article too (区财政局局长王强…免去王强的区财政局局长职务): the change is its.
      const named = a.titles.find((t) => t.value === c.value);
      if (named) {
        named.change ??= c.action;
        continue;
      }
      seen.add(c.value);
      a.titles.push({ value: c.value, organization: c.organization, post: c.post, change: c.action });
    }
    // A title a person shares with the first name of a run (副市长陈光明、马丽) is a span of the first's:
    // found by its value among the article's titles.
    for (const given of e.titles) {
      if (seen.has(given)) continue;
      const t = titleNamed.get(`${e.article}\u0000${given}`);
      if (!t) continue;
      const value = t.resolved ?? t.value;
      if (seen.has(value)) continue;
      seen.add(value);
      seen.add(given);
      a.titles.push({ value, organization: t.resolvedOrganization ?? t.organization, post: t.post });
    }
  }
  return {
    articles: analysis.articles.map((article, index) => ({
      headline: (article.headline?.text ?? '').replace(/\s+/g, '') || `#${index + 1}`,
      range: lines.quad(article.start, article.end),
    })),
    appearances: [...byKey.values()],
  };
}

/** Whether `day` (YYYY-MM-DD) falls on `issue` (YYYY-MM-DD) or in the 31 days before it. */
function withinMonthBefore(day: string, issue: string | undefined): boolean {
  const full = /^\d{4}-\d{2}-\d{2}$/;
  if (!issue || !full.test(day) || !full.test(issue)) return false;
  const days = (Date.parse(issue) - Date.parse(day)) / 86_400_000;
  return days >= 0 && days <= 31;
}
