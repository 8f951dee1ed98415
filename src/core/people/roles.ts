// A mention's role: a reporter in a byline (记者 X, 新华社记者X摄, 通讯员 X), an official when the text
// gives a title or calls them 同志, anyone else otherwise.
import type { FoundPerson } from '../found';
import type { PersonRole } from '../types';
import type { Span } from '../types';

const REPORTER_BEFORE = ['记者', '通讯员', '摄影', '摄', '报道员', '特约记者'];
const OFFICIAL_AFTER = ['同志', '主席', '总理', '书记'];

export function roleOf(text: string, p: Span, hasTitle: boolean, earlier: FoundPerson[]): PersonRole {
  for (const w of REPORTER_BEFORE) if (p.start >= w.length && text.startsWith(w, p.start - w.length)) return 'reporter';
  // 记者陈雁、李明: the rest of a list of reporters
  const prev = earlier[earlier.length - 1];
  if (prev && prev.role === 'reporter' && prev.end + 1 === p.start && text[prev.end] === '、') return 'reporter';
  if (hasTitle) return 'official';
  for (const w of OFFICIAL_AFTER) if (text.startsWith(w, p.end)) return 'official';
  return 'other';
}
