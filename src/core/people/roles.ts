// A mention's role: a reporter in a byline (记者 X, 新华社记者X摄, 通讯员 X), an official when the text
// gives a title or calls them 同志, anyone else otherwise.
import type { FoundPerson } from '../found';
import { OFFICIAL_AFTER_WORDS, REPORTER_WORDS } from '../language/wordLists';
import type { PersonRole, Span } from '../types';
import { joinedInRun } from './nameRuns';

/** The word for leaders before their names (区领导X, 市领导X、Y). */
const LEADERS = '领导';

export function roleOf(text: string, p: Span, hasTitle: boolean, earlier: FoundPerson[]): PersonRole {
  for (const w of REPORTER_WORDS) if (p.start >= w.length && text.startsWith(w, p.start - w.length)) return 'reporter';
  // 记者陈雁、李明: the rest of a list of reporters
  const prev = earlier[earlier.length - 1];
  if (prev && prev.role === 'reporter' && joinedInRun(text, prev, p)) return 'reporter';
  if (hasTitle) return 'official';
  for (const w of OFFICIAL_AFTER_WORDS) if (text.startsWith(w, p.end)) return 'official';
  // 区领导孙海洋、陈晓峰: leaders named as such, first of the list or later in it.
  let first: Span = p;
  for (let k = earlier.length - 1; k >= 0 && joinedInRun(text, earlier[k], first); k--) first = earlier[k];
  if (text.startsWith(LEADERS, first.start - LEADERS.length)) return 'official';
  return 'other';
}

/**
 * 同志 after a run of names joined by 、 (张建国、李明、王芳同志), or after 等 (刘志强等同志), is said of
 * every name of the run: they are officials. Sets the roles in place.
 */
export function comradesInRuns(text: string, persons: FoundPerson[]): void {
  for (let k = persons.length - 1; k >= 0; k--) {
    const end = persons[k].end;
    if (!text.startsWith(COMRADE, end) && !text.startsWith('等' + COMRADE, end)) continue;
    for (let j = k; j >= 0; j--) {
      if (persons[j].role === 'other') persons[j].role = 'official';
      if (j === 0 || !joinedInRun(text, persons[j - 1], persons[j])) break;
    }
  }
}

const COMRADE = '同志';