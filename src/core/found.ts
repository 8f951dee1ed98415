// What a recognizer reports: an entity without its raw text and article, with offsets in the
// coordinates of the CompactText it was given. The pipeline maps them to raw offsets.
import type { DateMention, FigureMention, OrganizationMention, PersonRole, PostChange, TitleMention } from './types';

type Found<T> = Omit<T, 'text' | 'article'>;

export type FoundDate = Found<DateMention>;
export type FoundFigure = Found<FigureMention>;
export type FoundOrganization = Found<OrganizationMention>;
export type FoundTitle = Omit<Found<TitleMention>, 'personId'>;

export interface FoundPerson {
  kind: 'person';
  start: number;
  end: number;
  name: string;
  role: PersonRole;
  /** Indexes into the `titles` array returned beside it: the titles given to this mention in place. */
  titles: number[];
  /** Titles it shares with the first name of a run of names (副市长陈光明、马丽: 马丽 shares 副市长). */
  shared: number[];
  /** Posts a notice gives or takes away (任命X为…). */
  changes: PostChange[];
}

export interface FoundPeople {
  persons: FoundPerson[];
  titles: FoundTitle[];
  organizations: FoundOrganization[];
}
