// Names known by where they stand: two to four characters right after a post (国家主席X,
// 总统X) or a word of appointment (任命X为), right before a post (X总统, X总书记) or right before
// a word that follows names (X表示, X说), whatever the characters are.
import { isHan } from '../../language/chars';
import type { CandidateGenerator } from './types';

export const namesInContext: CandidateGenerator = {
  id: 3,
  propose(view, start, end, _lex, sink) {
    const { text, postEnd, postStart, afterName, appointmentEnd, wordBounds } = view;
    for (let i = start; i < end; i++) {
      const byPost = i > start && (postEnd[i - 1] >= 2 || appointmentEnd[i - 1] > 0);
      for (let len = 2; len <= 4 && i + len <= end; len++) {
        if (!isHan(text.charCodeAt(i + len - 1))) break;
        const byVerb = i + len < end && (afterName[i + len] > 0 || postStart[i + len] >= 2);
        // A category, not a price: which sides vouch for it, and whether the dictionary's reading
        // breaks where it ends (张红军到 does; 张红 cuts 红军 in two).
        if (byPost || byVerb) sink.add(i, i + len, (byPost && byVerb ? 0 : byPost ? 1 : 2) + (wordBounds[i + len] ? 0 : 3));
      }
    }
  },
};
