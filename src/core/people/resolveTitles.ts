// Abbreviated organizations in titles, given the full name the page uses. A bulletin names the
// district in full once (高新区党工委副书记) and then writes 区党工委副书记, 管委会主任: read against
// the page these are one post, not two. A title keeps its text and value as written and gains
// `resolved` (the full title) and `resolvedOrganization` when exactly one reading fits.
import { PROVINCES } from '../language/wordLists';
import type { Analysis, Page, TitleMention } from '../types';

/** Administrative levels a bulletin abbreviates to one character (区党工委 for 高新区党工委). */
const LEVELS = '省市县区州镇乡';

/**
 * Bodies that belong to a place and are written without it once the place has been named
 * (高新区党工委副书记、管委会常务副主任: the 管委会 is the district's).
 */
const PLACE_BODIES = ['管委会', '党工委', '纪工委', '党委', '政府', '人民政府', '人大常委会', '人大', '政协', '委员会', '常委会', '纪委', '监委'];

/** The longest place name (two or more characters and a level) an organization starts with: 郑州市政府 gives 郑州市. */
function placeOf(organization: string): string | undefined {
  for (let i = organization.length - 1; i >= 2; i--) {
    if (LEVELS.includes(organization[i]) && !LEVELS.includes(organization[0])) return organization.slice(0, i + 1);
  }
  return undefined;
}

/** The one string left when those that are the end of another are dropped (高新区 and 郑州高新区 are one). */
function single(candidates: Set<string>): string | undefined {
  const kept = [...candidates].filter((c) => ![...candidates].some((o) => o !== c && o.endsWith(c)));
  return kept.length === 1 ? kept[0] : undefined;
}

/** The full name of an abbreviated organization, from the page's organizations and the title before it in its chain. */
function resolveOrganization(organization: string, scope: Scope, chainPlace: string | undefined): string | undefined {
  if (!organization) return undefined;
  const abbreviatedLevel = LEVELS.includes(organization[0]);
  const placeBody = PLACE_BODIES.includes(organization);
  if (!abbreviatedLevel && !placeBody) return undefined;
  // The page writes the same body in full: 市政府 is 郑州市政府.
  const fuller = new Set<string>();
  for (const o of scope.organizations) {
    if (o.length > organization.length && o.endsWith(organization) && placeOf(o)) fuller.add(o);
  }
  const full = single(fuller);
  if (full) return full;
  if (abbreviatedLevel) {
    // The page names one place of that level: 区开放创新工作领导小组 is 高新区's.
    const level = organization[0];
    const ofLevel = new Set([...scope.places].filter((p) => p.endsWith(level)).map((p) => p.slice(0, -1)));
    const place = single(ofLevel);
    return place ? place + organization : undefined;
  }
  return chainPlace ? chainPlace + organization : undefined;
}

/** Joined in one chain of titles: next to each other, or with 、 or 兼 between. */
function chained(text: string, before: TitleMention, after: TitleMention): boolean {
  if (before.personId === undefined || before.personId !== after.personId) return false;
  const between = text.slice(before.end, after.start).replace(/\s+/g, '');
  return between === '' || between === '、' || between === '兼';
}

interface Scope {
  organizations: Set<string>;
  places: Set<string>;
}

function scopeOf(titles: TitleMention[], organizations: Iterable<string>): Scope {
  // Places come from officials' titles only: an organization's name may hold a park or a
  // building (枫杨园区运营中心) that is no administrative level.
  const places = new Set<string>();
  for (const t of titles) {
    const p = placeOf(t.organization);
    if (p) places.add(p);
  }
  return { organizations: new Set(organizations), places };
}

/** A page-wide reading that the article contradicts: it names a province, and not the one proposed. */
function contradicted(resolved: string, articleText: string): boolean {
  const province = PROVINCES.find((p) => resolved.startsWith(p));
  if (!province) return false;
  return !articleText.includes(province) && PROVINCES.some((p) => articleText.includes(p));
}

/**
 * Sets `resolved` and `resolvedOrganization` on every title whose organization the page abbreviates,
 * clears them on the others (entities are reused across edits), and rewrites each person's titles
 * as resolved and distinct. The article is read first, then the page (a newspaper page holds
 * stories from several provinces; a district bulletin names its district once).
 */
export function resolveTitles(text: string, analysis: Analysis): void {
  const byValue = new Map<string, string>();
  const pages: Page[] = analysis.pages.length > 0 ? analysis.pages : [{ start: 0, end: analysis.length, articles: [0, analysis.articles.length] }];
  const entities = analysis.entities;
  let i = 0;
  for (const page of pages) {
    while (i < entities.length && entities[i].start < page.start) i++;
    const titlesByArticle = new Map<number, TitleMention[]>();
    const organizationsByArticle = new Map<number, string[]>();
    for (let k = i; k < entities.length && entities[k].start < page.end; k++) {
      const e = entities[k];
      if (e.kind !== 'title' && e.kind !== 'organization') continue;
      const organization = e.kind === 'title' ? e.organization : e.name;
      if (organization) push(organizationsByArticle, e.article, organization);
      if (e.kind === 'title') push(titlesByArticle, e.article, e);
    }
    const pageScope = scopeOf([...titlesByArticle.values()].flat(), [...organizationsByArticle.values()].flat());
    for (const [article, titles] of titlesByArticle) {
      const articleScope = scopeOf(titles, organizationsByArticle.get(article) ?? []);
      // Read only when a page-wide reading is proposed (rare): this runs on every analysis.
      let articleText: string | undefined;
      const textOfArticle = () => {
        const span = analysis.articles[article];
        articleText ??= span ? text.slice(span.start, span.end).replace(/\s+/g, '') : '';
        return articleText;
      };
      let previous: TitleMention | undefined;
      for (const t of titles) {
        delete t.resolved;
        delete t.resolvedOrganization;
        const before = previous && chained(text, previous, t) ? previous : undefined;
        const chainPlace = before && placeOf(before.resolvedOrganization ?? before.organization);
        let organization = resolveOrganization(t.organization, articleScope, chainPlace);
        if (!organization) {
          organization = resolveOrganization(t.organization, pageScope, chainPlace);
          if (organization && contradicted(organization, textOfArticle())) organization = undefined;
        }
        if (organization) {
          t.resolvedOrganization = organization;
          t.resolved = organization + t.post;
          if (!byValue.has(t.value)) byValue.set(t.value, t.resolved);
        }
        previous = t;
      }
    }
  }
  if (byValue.size === 0) return;
  for (const p of analysis.persons) p.titles = distinct(p.titles.map((v) => byValue.get(v) ?? v));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}
