// A mention's role: a reporter in a byline (记者 X, 新华社记者X摄, 通讯员 X), an official when the text
// gives a title or calls them 同志, anyone else otherwise.
import type { FoundPerson } from '../found';
import { OFFICIAL_AFTER_WORDS, REPORTER_WORDS } from '../language/wordLists';
import type { PersonRole, Span } from '../types';

export function roleOf(text: string, p: Span, hasTitle: boolean, earlier: FoundPerson[]): PersonRole {
  for (const w of REPORTER_WORDS) if (p.start >= w.length && text.startsWith(w, p.start - w.length)) return 'reporter';
  // 记者陈雁、李明: the rest of a list of reporters
  const prev = earlier[earlier.length - 1];
  if (prev && prev.role === 'reporter' && prev.end + 1 === p.start && text[prev.end] === '、') return 'reporter';
  if (hasTitle) return 'official';
  for (const w of OFFICIAL_AFTER_WORDS) if (text.startsWith(w, p.end)) return 'official';
  return 'other';
}
