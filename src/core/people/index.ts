// Persons, their titles and organizations, found on the compact text of one segment. The learned
// tagger marks names and titles; here they are tied together: each title to the name it stands
// next to (a chain before it joined by 、 兼 ，, or a post right after it), split into
// organization and post, and each person given a role.
import type { CompactText } from '../compact';
import type { FoundOrganization, FoundPeople, FoundPerson, FoundTitle } from '../found';
import { defaultResources, type EngineResources } from '../resources';
import { tagSpans } from '../tagger/tagger';
import type { LabelledSpan } from '../tagger/labels';
import type { Span } from '../types';
import type { Lexicon } from '../lexicon/lexicon';
import type { TextView } from '../tagger/textView';
import { wholeWordTag } from './nameShape';
import { completeChains } from './chains';
import { acrossNameDots } from './dottedNames';
import { addressedSurnames, nameSurnameMentions } from './addressedSurnames';
import { appointedNames } from './appointments';
import { listedNames, withoutThingListItems } from './listedNames';
import { postedNames } from './postedNames';
import { courtesyNames } from './courtesyNames';
import { slashPartners } from './slashPairs';
import { spacedListNames, splitAtSpaces } from './spacedNames';
import { conjoinedPersons } from './conjoinedPersons';
import { withoutOrganizationHeads } from './organizationHeads';
import { withNamedTerms } from './namedTerms';
import { withoutNamedThings } from './namedThings';
import { signatures } from './signatures';
import { labelledNames } from './labelledNames';
import { withoutRunInWords } from './runInWords';
import { findOrganizations } from './organizations';
import { comradesInRuns, roleOf } from './roles';
import { runTitles } from './runTitles';
import { postChanges } from './postChanges';
import { tagIndex } from './tagIndex';
import { CHAIN_JOINTS, isCountryName, postEndingAt, qualifierBefore } from '../language/titleChains';
import { byFirstTwo, firstTwoAt } from '../language/wordSet';
import { isHan } from '../language/chars';
import { COUNTRY_SHORT_NAMES, KINSHIP_WORDS, SURNAME_TITLES } from '../language/wordLists';
import { anyMarked } from '../marks';

/** Forms of address and kinship terms, alone or after 老/小 (伯伯, 老同志, 小叔叔), name nobody. */
const addressWords = new Set([...SURNAME_TITLES, ...KINSHIP_WORDS]);
function isAddress(text: string, s: Span): boolean {
  const w = text.slice(s.start, s.end);
  return addressWords.has(w) || ((w[0] === '老' || w[0] === '小') && addressWords.has(w.slice(1)));
}

/**
 * A country's name is no person's name, however it stands (沙特国王 reads like 普京总统); nor is one
 * character before 总统, a country's short name (乌总统办公室, 俄总统): a president goes by his whole name.
 * Nor are two different short names run together before the words of two countries' leaders (俄法总统,
 * 中俄两国元首, 中哈总理会晤), or three before 三国: 哈比比总统 and 埃德加总统 are presidents.
 */
function isCountry(text: string, s: Span): boolean {
  const len = s.end - s.start;
  if (isCountryName(text, s.start, s.end) || (len === 1 && text.startsWith('总统', s.end))) return true;
  // The second of two short names, read alone (中哈总理会晤: 哈 after 中), is read with the first.
  if (len === 1 && s.start > 0 && isCountry(text, { start: s.start - 1, end: s.end })) return true;
  if (len === 3 ? !text.startsWith('三国', s.end) : len !== 2 || !AFTER_TWO_COUNTRIES.some((w) => text.startsWith(w, s.end))) return false;
  const name = text.slice(s.start, s.end);
  return new Set(name).size === len && [...name].every((c) => COUNTRY_SHORT_NAMES.includes(c));
}
/** Words after two countries' short names run together: their leaders, or the two countries. */
const AFTER_TWO_COUNTRIES = ['总统', '总理', '两国', '元首', '领导人', '首脑'];

/**
 * A party named by what it does is no person: 方 after a word of the dictionary that is no name
 * (承建方, 投资方, 施工方: the contractor, the investor, the builder) reads like 李建方.
 */
function isParty(text: string, s: Span, lex: Lexicon): boolean {
  if (s.end - s.start < 3 || text[s.end - 1] !== '方') return false;
  const tag = lex.wordTag(text.slice(s.start, s.end - 1));
  return tag !== undefined && !tag.startsWith('nr');
}

/**
 * Whether the dictionary's reading has the span as one word of function: a preposition, conjunction or
 * particle (按照 before 总书记的指引 stands where a name would). Not a pronoun or an adverb: jieba
 * reads 何方 as "where" and 何力, 常远 as adverbs, and all are names too.
 */
function readAsFunctionWord(view: TextView, s: Span, lex: Lexicon): boolean {
  return /^[pcu]/.test(wholeWordTag(view, s, lex) ?? '');
}

/** What the user adds (AnalyzeOptions.userDictionary): names, posts and organizations always read as such. */
export interface UserDictionary {
  names?: string[];
  titles?: string[];
  organizations?: string[];
}

/** Every occurrence of the given strings, longest first, none overlapping another. */
function occurrences(text: string, words: string[] | undefined): Span[] {
  const found: Span[] = [];
  if (!words?.length) return found;
  const taken = new Uint8Array(text.length + 1);
  for (const w of [...words].filter((x) => x.length > 0).sort((a, b) => b.length - a.length)) {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
      const end = at + w.length;
      if (anyMarked(taken, at, end)) continue;
      taken.fill(1, at, end);
      found.push({ start: at, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The found spans with the preferred ones put in, found spans they overlap dropped. */
function preferring<T extends Span>(found: T[], preferred: T[]): T[] {
  if (!preferred.length) return found;
  // Marks, not pairwise tests: an appointment notice can prefer thousands of spans.
  let size = 0;
  for (const s of found) size = Math.max(size, s.end);
  for (const s of preferred) size = Math.max(size, s.end);
  const marked = new Uint8Array(size + 1);
  for (const u of preferred) marked.fill(1, u.start, u.end);
  const kept = found.filter((s) => !anyMarked(marked, s.start, s.end));
  return [...kept, ...preferred].sort((a, b) => a.start - b.start);
}

/**
 * A person in Chinese news is named in Chinese characters: letters alone (MMM, a company; a gamer's
 * handle in the noisy training sentences) name nobody here. A name the user adds may still be Latin.
 */
function hasHan(text: string, s: Span): boolean {
  for (let i = s.start; i < s.end; i++) {
    const c = text.charCodeAt(i);
    if (isHan(c) || (c >= 0xd800 && c <= 0xdfff)) return true;
  }
  return false;
}

/** A place in a photograph's caption (王茂林（左一）, 前左二) names nobody, though 左 is a surname. */
const PHOTO_PLACE = /^[前后]?[左右][一二三四五六七八九]$/;
const isPhotoPlace = (text: string, s: Span) => PHOTO_PLACE.test(text.slice(s.start, s.end));

/** 兼 ("and concurrently") joins two posts; alone it is never a name. */
function isJoint(text: string, s: Span): boolean {
  return s.end - s.start === 1 && text[s.start] === '兼';
}

/**
 * The person each title belongs to: the first person after its chain of titles, else the person
 * it follows directly. A title next to no name is no title here (the tagger's stray guess).
 */
function ownersOf(text: string, titles: Span[], persons: Span[]): number[] {
  // The person starting right where each title ends, if any.
  const next = titles.map(() => -1);
  let p = 0;
  for (let t = 0; t < titles.length; t++) {
    while (p < persons.length && persons[p].start < titles[t].end) p++;
    if (p < persons.length && persons[p].start === titles[t].end) next[t] = p;
  }
  const owners = next.slice();
  // A title joined to the next one by 、 兼 ， belongs to that one's person.
  for (let t = titles.length - 2; t >= 0; t--) {
    if (owners[t] >= 0 || owners[t + 1] < 0) continue;
    const end = titles[t].end;
    if (titles[t + 1].start === end + 1 && CHAIN_JOINTS.has(text[end])) owners[t] = owners[t + 1];
    else if (titles[t + 1].start === end) owners[t] = owners[t + 1];
  }
  // Else a post right after the name (习近平总书记, 普京总统).
  p = 0;
  for (let t = 0; t < titles.length; t++) {
    if (owners[t] >= 0) continue;
    while (p < persons.length && persons[p].end < titles[t].start) p++;
    if (p < persons.length && persons[p].end === titles[t].start) owners[t] = p;
  }
  return owners;
}

/**
 * Every occurrence of a name the tagger found somewhere in the text is that name (a page names one
 * person the same way throughout), the longest name first: 张红军 found once makes every 张红军 one,
 * and a mention cut short (张红 before 军) takes the whole name. Titles are not overrun, nor words
 * the dictionary reads whole.
 */
function everyMention(text: string, persons: LabelledSpan[], titles: LabelledSpan[], bounds: Uint8Array): LabelledSpan[] {
  const names = [...new Set(persons.map((p) => text.slice(p.start, p.end)))].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
  if (!names.length) return persons;
  const n = text.length;
  const taken = new Uint8Array(n + 1);
  for (const t of titles) taken.fill(1, t.start, t.end);
  // The tagged name covering each character, to tell an occurrence that would cut one in two.
  const coverStart = new Int32Array(n).fill(-1);
  const coverEnd = new Int32Array(n).fill(-1);
  for (const p of persons) {
    coverStart.fill(p.start, p.start, p.end);
    coverEnd.fill(p.end, p.start, p.end);
  }
  // Names by their first two characters, longest first: one pass over the text finds them all.
  const byStart = byFirstTwo(names);
  const out: LabelledSpan[] = [];
  const claimed = new Uint8Array(n + 1);
  let claimedTo = 0;
  for (let at = 0; at + 1 < n; at++) {
    if (at < claimedTo) continue;
    const list = byStart.get(firstTwoAt(text, at));
    if (!list) continue;
    for (const name of list) {
      const end = at + name.length;
      if (!text.startsWith(name, at) || anyMarked(taken, at, end)) continue;
      // Not inside a word the dictionary reads whole (马克思主义, 邓小平理论 as one term).
      if (!bounds[at] || !bounds[end]) continue;
      // Not where it would cut a tagged name in two.
      if (coverStart[at] >= 0 && coverStart[at] < at && coverEnd[at] < end) continue;
      if (coverEnd[end - 1] > end && coverStart[end - 1] > at) continue;
      claimed.fill(1, at, end);
      claimedTo = end;
      out.push({ kind: 'person', start: at, end });
      break;
    }
  }
  // Tagged names the found ones do not cover stay as they are.
  for (const p of persons) if (!anyMarked(claimed, p.start, p.end)) out.push(p);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Persons, titles and organizations of compact text. `blocked` spans (the dates) are never part of
 * an organization.
 */
export function findPeople(ct: CompactText, resources: EngineResources = defaultResources(), user: UserDictionary = {}, blocked: readonly Span[] = []): FoundPeople {
  const text = ct.text;
  const { lexicon, model } = resources;
  const read = tagSpans(text, lexicon, model);
  const view = read.view;
  const tagged = conjoinedPersons(view, read.spans, lexicon);
  const userOrgs = occurrences(text, user.organizations);
  const bounds = view.wordBounds;
  const taggedTitles = tagged.filter((s) => s.kind === 'title');
  // The tagger's names, then what facts of the text add to them (see the README's "How names are found").
  const inUserOrg = new Uint8Array(text.length + 1);
  for (const o of userOrgs) inUserOrg.fill(1, o.start, o.end);
  const outsideUserOrgs = (s: Span) => !anyMarked(inUserOrg, s.start, s.end);
  let found = tagged.filter((s) => s.kind === 'person' && hasHan(text, s) && !isJoint(text, s) && !isPhotoPlace(text, s) && !isCountry(text, s) && !isAddress(text, s) && !isParty(text, s, lexicon) && !readAsFunctionWord(view, s, lexicon) && outsideUserOrgs(s));
  found = splitAtSpaces(text, found, ct.spaced, lexicon);
  found = acrossNameDots(text, found, lexicon.names.foreign, view.countryMarks, view);
  found = preferring(found, appointedNames(view, lexicon));
  found = everyMention(text, found, taggedTitles, bounds);
  // Characters in a person or a title so far: each fact adds names only where none stands.
  const named = new Uint8Array(text.length + 1);
  const marking = (spans: LabelledSpan[]) => {
    for (const s of spans) named.fill(1, s.start, s.end);
    return spans;
  };
  const byStart = (a: Span, b: Span) => a.start - b.start;
  marking(taggedTitles);
  marking(found);
  found = marking([...found, ...listedNames(view, found, named, lexicon)].filter(outsideUserOrgs).sort(byStart));
  // Found is filtered and sorted from here on: a fact that adds nothing leaves it as it is.
  const adding = (extra: LabelledSpan[]) => (extra.length ? marking([...found, ...extra].filter(outsideUserOrgs).sort(byStart)) : found);
  found = adding(spacedListNames(view, found, named, ct.spaced, lexicon));
  found = adding(slashPartners(view, found, named, lexicon));
  found = adding(courtesyNames(view, named, lexicon));
  found = adding(signatures(view, named, lexicon));
  found = adding(labelledNames(view, named, lexicon, (i) => i > 0 && i < text.length && ct.toRaw[i] > ct.toRaw[i - 1] + 1));
  found = postedNames(view, found, named, lexicon).filter(outsideUserOrgs);
  const titleEnds = new Set(taggedTitles.map((t) => t.end));
  const titleStarts = new Set(taggedTitles.map((t) => t.start));
  found = withoutThingListItems(view, found, lexicon, (s) => titleEnds.has(s.start) || titleStarts.has(s.end));
  // What a list of things dropped is free again.
  named.fill(0);
  marking(taggedTitles);
  // A name the facts found or completed is found at its other mentions too (伊朗总统莱希。……莱希表示).
  found = marking(everyMention(text, withoutRunInWords(view, found, taggedTitles, lexicon), taggedTitles, bounds).filter(outsideUserOrgs));
  // A surname with an address may be a country's short name (中哈总理会晤).
  found = addressedSurnames(view, found, named, lexicon).filter((s) => outsideUserOrgs(s) && !isCountry(text, s));
  found = withoutOrganizationHeads(view, found, read.attested);
  found = withoutNamedThings(text, found);
  found = withNamedTerms(text, found, named).filter(outsideUserOrgs);
  const personSpans = preferring(found, occurrences(text, user.names).map((s): LabelledSpan => ({ kind: 'person', ...s })));
  const titleSpans = preferring(
    completeChains(
      text,
      tagged.filter((s) => s.kind === 'title' && !personSpans.some((p) => overlaps(s, p))).map((s) => withoutPortraitVerb(text, s)),
      personSpans,
      bounds,
    ),
    occurrences(text, user.titles).filter((s) => !personSpans.some((p) => overlaps(s, p))).map((s): LabelledSpan => ({ kind: 'title', ...s })),
  );
  const owners = ownersOf(text, titleSpans, personSpans);
  const titles: FoundTitle[] = [];
  const titlesOf: number[][] = personSpans.map(() => []);
  titleSpans.forEach((t, k) => {
    if (owners[k] < 0) return;
    // A bracketed qualifier is the post's (县长（代）): the post word ends before it.
    const qualified = qualifierBefore(text, t.start, t.end);
    const postStart = Math.max(t.start, postEndingAt(text, t.start, qualified >= 0 ? qualified : t.end));
    titlesOf[owners[k]].push(titles.length);
    titles.push({
      kind: 'title',
      start: t.start,
      end: t.end,
      value: text.slice(t.start, t.end),
      organization: text.slice(t.start, postStart),
      post: text.slice(postStart, t.end),
    });
  });
  const persons: FoundPerson[] = [];
  personSpans.forEach((p, k) => {
    const name = text.slice(p.start, p.end);
    persons.push({ kind: 'person', start: p.start, end: p.end, name, role: roleOf(text, p, titlesOf[k].length > 0, persons), titles: titlesOf[k], shared: [], changes: [] });
  });
  comradesInRuns(text, persons);
  const changes = postChanges(text, persons);
  const shared = runTitles(text, persons, titles);
  persons.forEach((p, k) => {
    p.changes = changes[k];
    p.shared = shared[k];
    // A post a notice gives or takes away, or shares down a run of names, makes its holder an official.
    if (p.role === 'other' && (changes[k].length > 0 || shared[k].length > 0)) p.role = 'official';
  });
  nameSurnameMentions(persons);
  // One person is official everywhere in the segment once any mention is.
  const officials = new Set(persons.filter((p) => p.role === 'official').map((p) => p.name));
  for (const p of persons) if (p.role === 'other' && officials.has(p.name)) p.role = 'official';

  const tokens = view.tokens;
  const verbEnds = new Uint8Array(text.length + 1);
  const verbTag = tagIndex(lexicon, 'v');
  for (let t = 0; t < tokens.count; t++) if (tokens.tag[t] === verbTag) verbEnds[tokens.end[t]] = 1;
  const taken = new Uint8Array(text.length + 1);
  for (const p of persons) taken.fill(1, p.start, p.end);
  for (const t of titles) taken.fill(1, t.start, t.end);
  for (const b of blocked) taken.fill(1, b.start, b.end);
  const orgSpans = preferring(findOrganizations(text, tokens, taken, bounds, verbEnds), userOrgs);
  const organizations: FoundOrganization[] = orgSpans.map((o) => ({ kind: 'organization', start: o.start, end: o.end, name: text.slice(o.start, o.end) }));
  return { persons, titles, organizations };
}

/** The dash and 记 that open a portrait's subtitle, as OCR reads them too (一一记). */
const PORTRAIT_DASH = /[一—－-]{2}记(?!者)/;

/**
 * A portrait's subtitle, "——记区公安分局城关派出所所长刘建军": 记 (an account of) is no part of the
 * title; nor is the dash, where OCR read it as 一一 and the tagger took it in.
 */
function withoutPortraitVerb(text: string, s: LabelledSpan): LabelledSpan {
  // The tagger may run the headline above into it too, the lines joined (仁心仁术一一记区…).
  const dashed = PORTRAIT_DASH.exec(text.slice(s.start, s.end));
  if (dashed && s.end - (s.start + dashed.index + 3) >= 3) return { kind: s.kind, start: s.start + dashed.index + 3, end: s.end };
  if (text[s.start] !== '记' || text[s.start + 1] === '者' || s.end - s.start < 3 || !/[—－\-]/.test(text[s.start - 1] ?? '')) return s;
  return { kind: s.kind, start: s.start + 1, end: s.end };
}
