// The engine's result types. Offsets are UTF-16 code units into the text exactly as given
// (line breaks, stray spaces and CRLF included); `end` is exclusive.
import type { EngineResources } from './resources';

export interface Span {
  start: number;
  end: number;
}

export type EntityKind = 'person' | 'title' | 'organization' | 'date' | 'figure';

export type PersonRole = 'official' | 'reporter' | 'other';

interface EntityBase extends Span {
  /** The text of the span as stored (it may hold line breaks). */
  text: string;
  /** Index of the article the span lies in, or -1 outside every article. */
  article: number;
}

/** One mention of a person; `id` is shared by every mention of the same person on the page. */
export interface PersonMention extends EntityBase {
  kind: 'person';
  /** Shared by every mention of the same person on the page, and stable across edits ("p:张红军"). */
  id: string;
  /** The name with line breaks and spaces removed. */
  name: string;
  role: PersonRole;
  /** The titles given to this mention in place (their spans are title entities with this person's id). */
  titles: string[];
  /** Posts a notice gives or takes away here (任命X为…, 免去X的…职务); absent when none. */
  changes?: PostChange[];
}

/** A post given or taken away by a verb (任命, 聘任, 选举, 免去): no title span, as the verb stands between. */
export interface PostChange {
  action: 'appointed' | 'elected' | 'removed';
  /** The post with its organization, e.g. "区财政局局长". */
  value: string;
  organization: string;
  post: string;
}

/** A post the text gives a person, split into organization and post where it can be. */
export interface TitleMention extends EntityBase {
  kind: 'title';
  /** The title with line breaks and spaces removed, e.g. "高新区党工委副书记". */
  value: string;
  /** The organization part, e.g. "高新区党工委" ("" when the title is a bare post). */
  organization: string;
  /** The post part, e.g. "副书记". */
  post: string;
  /** Id of the person the title belongs to, when known. */
  personId?: string;
  /**
   * The title with its abbreviated organization given the full name the page uses (区党工委副书记 on
   * a page that names 高新区党工委: "高新区党工委副书记"); absent when written in full or ambiguous.
   */
  resolved?: string;
  /** The organization part of `resolved`. */
  resolvedOrganization?: string;
}

export interface OrganizationMention extends EntityBase {
  kind: 'organization';
  /** The name with line breaks and spaces removed. */
  name: string;
}

export type DatePrecision = 'year' | 'quarter' | 'month' | 'day' | 'part-of-day' | 'minute' | 'relative';

export interface DateMention extends EntityBase {
  kind: 'date';
  /**
   * Normalized value, ISO-8601 style with the unknown parts left open:
   * "2019-10-06", "--10-06" (no year), "--10" (a month), "2019-10", "1998", "--10-06T14:20"
   * (hours on the 24-hour clock, 下午三时 is 15:00), with a part of day as "T上午"/"T下午" etc.
   * Quarters: "2019-Q3", "--Q3" with no year. A day named alone ("8日") takes the month named
   * last before it in the same text, else "--XX-08". A year relative to the page's ("去年8月")
   * is "Y-1-08" ("Y+1" for 明年; 今年 is an open year "--08"). "" for relative words (今天, 近期)
   * and for words such as 一大早 that hold a numeral but name no calendar date.
   * Values starting with "--" are given the page's year by the pipeline.
   */
  value: string;
  precision: DatePrecision;
  /**
   * From the words right after the date, which stay outside its span: "before" for 前/以前/底前,
   * "after" for 后/以后/以来/起, "around" for 前后/左右, "end" for 底/末, "start" for 初.
   */
  qualifier?: 'before' | 'after' | 'around' | 'start' | 'end';
  /** False for relative words (今天, 近期), which carry no numeral. */
  numeric: boolean;
  /** Where the year came from when the text itself does not say it. */
  yearSource?: 'text' | 'page' | 'file' | 'option';
}

export type UnitCategory =
  | 'money'
  | 'area'
  | 'length'
  | 'weight'
  | 'volume'
  | 'people'
  | 'percent'
  | 'count'
  | 'time'
  | 'energy'
  /** A number that names rather than counts: a telephone number. */
  | 'identifier'
  | 'other';

export interface FigureMention extends EntityBase {
  kind: 'figure';
  /**
   * Numeric value with magnitude words applied (41万平方米 gives 410000). Percentages give the
   * number before the sign (5.6% and 百分之五点六 give 5.6), fractions their quotient (三分之一),
   * ratios their first term (3∶1), ordinals their number (第十五次 gives 15).
   */
  value: number;
  /** The unit as written, e.g. "平方米", "元", "人次", "%" ("" for a bare number). */
  unit: string;
  /**
   * What a number counts when a noun follows it instead of a measure word (3.5万人: "人", 0.6个百分点:
   * "百分点"). The noun stays outside the span, as the gold corpora segment it, but a reader wants it
   * with the value.
   */
  counts?: string;
  category: UnitCategory;
  /** Currency when stated (人民币, 美元). */
  currency?: string;
  /** True for 余, 多, 约, 近, 超, 左右 and the like. */
  approximate: boolean;
  /** False when it holds neither an Arabic digit nor a Chinese numeral with 万, 亿 or 百分之. */
  numeric: boolean;
}

export type Entity = PersonMention | TitleMention | OrganizationMention | DateMention | FigureMention;

export interface Headline extends Span {
  /** The main title with line breaks removed. */
  text: string;
}

/** The masthead of a bulletin's issue: 报名, 第N期, the issue's date, 主办单位 (never an article). */
export interface Masthead extends Span {
  name?: string;
  issue?: string;
  /** The issue's date as printed ("2019年10月15日"). */
  dateText?: string;
}

/** A page of the file (an issue of a bulletin, or a page cut by a form feed or a page number). */
export interface Page extends Span {
  masthead?: Masthead;
  /** The masthead's date, normalized ("2019-10-15"): the page's date. */
  date?: string;
  /** Indexes of the page's articles: [first, end). */
  articles: [number, number];
}

export interface Article extends Span {
  /** Main title; absent when no headline was found. */
  headline?: Headline;
  pretitle?: Headline;
  subtitle?: Headline;
  /** "in-place" above the article, "page-end" (or elsewhere) when matched from a gathered block. */
  headlinePlacement?: 'in-place' | 'elsewhere';
  /** The lead and dateline ("本报讯 10月 6日下午", "新华社北京１月１日电"). */
  dateline?: Span & { text: string; place?: string; date?: string; agency?: string };
  /** Names in the byline (记者 孙庆辉), with the byline's range. */
  byline?: Span & { text: string; names: string[] };
  /** Range of the body, after headline and dateline lead. */
  body: Span;
  /** The column heading the article stands under (【工作动态】), with its brackets; none before the first. */
  section?: Headline;
}

/** A person as the page knows them: every mention, every title. */
export interface Person {
  id: string;
  name: string;
  role: PersonRole;
  /** Distinct titles (resolved against the page where abbreviated), in order of first appearance. */
  titles: string[];
  /** Indexes into Analysis.entities of this person's mentions. */
  mentions: number[];
  /** Indexes of the articles they appear in. */
  articles: number[];
}

export interface Analysis {
  /** Length of the analysed text, for sanity checks by consumers. */
  length: number;
  articles: Article[];
  /** Every entity, sorted by start offset. */
  entities: Entity[];
  persons: Person[];
  /** Ranges of gathered-headline blocks (not articles). */
  headlineBlocks: Span[];
  /** The pages of the file: one, unless it holds several issues or page breaks. */
  pages: Page[];
  /** Year used for dates that do not state one, if any (the first page's, when pages differ). */
  pageYear?: number;
}

export interface AnalyzeOptions {
  /** Year to give dates whose text and page state none. */
  referenceYear?: number;
  /** Year the file's name or folder gives (2019-10-12.txt, 2019/10/): before referenceYear, after the page's. */
  fileYear?: number;
  /** Extra names and titles from the user (names are surname+given, titles are post words). */
  userDictionary?: { names?: string[]; titles?: string[]; organizations?: string[] };
  /** False: relative date words with no numeral (当前, 近期, 今后) are not reported. Default true. */
  relativeDates?: boolean;
  /** Dictionary and name model; the default ones (setDefaultResources) when absent. */
  resources?: EngineResources;
}
