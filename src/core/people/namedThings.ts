// Strings the page names as things, not persons, though the tagger reads them where names stand:
// a typhoon's name (台风“杜苏芮”, “杜苏芮”台风: typhoons are given persons' names, and every mention
// of it on the page is the storm), and the documents an official sends or issues, which follow a post
// as a name does (宣读习近平主席贺信, 《新时代的中国北斗》白皮书) and which jieba lists as names; places
// abroad and movements, which the news names where a person's would stand (专机抵达利雅得, 哈马斯释放).
import { DOCUMENT_WORDS, NAMED_GROUPS, WORLD_PLACES } from '../language/wordLists';
import type { LabelledSpan } from '../tagger/labels';

const documents = new Set(DOCUMENT_WORDS);
const things = new Set([...DOCUMENT_WORDS, ...WORLD_PLACES, ...NAMED_GROUPS]);
const JOINERS = new Set([...'并和及与']);
const STORM = '台风';
const QUOTES = [['“', '”'], ['"', '"'], ['「', '」']] as const;
/** Longer quoted strings are not a storm's name. */
const MAX_NAME = 6;

/** The names the text gives its typhoons: quoted right after 台风 (台风“杜苏芮”) or right before it (“杜苏芮”台风). */
function stormNames(text: string): Set<string> {
  const names = new Set<string>();
  for (let at = text.indexOf(STORM); at >= 0; at = text.indexOf(STORM, at + STORM.length)) {
    for (const [open, close] of QUOTES) {
      const after = at + STORM.length;
      if (text.startsWith(open, after)) {
        const end = text.indexOf(close, after + 1);
        if (end > after + 1 && end - after - 1 <= MAX_NAME) names.add(text.slice(after + 1, end));
      }
      if (at > 0 && text.startsWith(close, at - 1)) {
        const start = text.lastIndexOf(open, at - 2);
        if (start >= 0 && at - 1 - start - 1 >= 1 && at - 1 - start - 1 <= MAX_NAME) names.add(text.slice(start + 1, at - 1));
      }
    }
  }
  return names;
}

/**
 * A document run into the joining word after it (宣读贺信并致辞), as no name is; a name that starts
 * like one (贺信华, 贺电平: 贺 is a surname) goes on with a given name instead.
 */
function documentAndJoiner(name: string): boolean {
  return JOINERS.has(name[name.length - 1]) && documents.has(name.slice(0, -1));
}

/** The found persons without those the page names as things. */
export function withoutNamedThings(text: string, found: readonly LabelledSpan[]): LabelledSpan[] {
  const storms = text.includes(STORM) ? stormNames(text) : undefined;
  return found.filter((p) => {
    const name = text.slice(p.start, p.end);
    return !things.has(name) && !storms?.has(name) && !documentAndJoiner(name);
  });
}
