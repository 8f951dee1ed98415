// Names known by where they stand: two to four characters right after a post (国家主席X,
// 总统X) or right before a speech verb (X表示, X说), whatever the characters are. 
import { isHan } from '../../language/chars';
import { AFTER_NAME_WORDS, POSTS } from '../../language/wordLists';
import type { CandidateGenerator } from './types';

const posts = new Set(POSTS);
const after = new Set(AFTER_NAME_WORDS);
const MAX_POST = 6;

function postEndsAt(text: string, start: number, at: number): boolean {
  for (let len = 2; len <= MAX_POST && at - len >= start; len++) if (posts.has(text.slice(at - len, at))) return true;
  return false;
}

function afterWordAt(text: string, at: number, end: number): boolean {
  for (let len = 1; len <= 3 && at + len <= end; len++) if (after.has(text.slice(at, at + len))) return true;
  return false;
}

export const namesInContext: CandidateGenerator = {
  id: 3,
  propose(text, start, end, _lex, sink) {
    for (let i = start; i < end; i++) {
      const byPost = postEndsAt(text, start, i);
      for (let len = 2; len <= 4 && i + len <= end; len++) {
        if (!isHan(text.charCodeAt(i + len - 1))) break;
        const byVerb = afterWordAt(text, i + len, end);
        if (byPost || byVerb) sink.add(i, i + len, byPost && byVerb ? 0 : byPost ? 1 : 2);
      }
    }
  },
};
