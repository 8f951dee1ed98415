// Page-level evidence: a string that stands somewhere on the page where only a name stands (right
// after a post, 国家主席X; right before a speech verb, X表示) is likely a name wherever else it
// appears on the page (普京说 later in the same story). Found without the model, so that training
// and tagging see the same evidence.
import type { Lexicon } from '../lexicon';
import { GENERATORS } from './candidates';
import { AFTER_NAME_WORDS, POSTS } from '../language/wordLists';

const MAX_POST = 6;
const posts = new Set(POSTS);
const afterWords = new Set(AFTER_NAME_WORDS);

function postEndsAt(text: string, at: number): boolean {
  for (let len = 2; len <= MAX_POST && len <= at; len++) if (posts.has(text.slice(at - len, at))) return true;
  return false;
}

function afterWordAt(text: string, at: number): boolean {
  for (let len = 1; len <= 3; len++) if (afterWords.has(text.slice(at, at + len))) return true;
  return false;
}

/** Strings of the text that some candidate generator proposes in a context only names have. */
export function attestedNames(text: string, lex: Lexicon): Set<string> {
  const found = new Set<string>();
  const sink = {
    add(s: number, e: number) {
      if (e - s < 2 || e - s > 8) return;
      if (postEndsAt(text, s) || afterWordAt(text, e)) found.add(text.slice(s, e));
    },
  };
  for (const g of GENERATORS) g.propose(text, 0, text.length, lex, sink);
  return found;
}
