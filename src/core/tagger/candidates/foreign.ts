// Transliterated foreign names (普京, 埃尔多安, 安东尼奥·古特雷斯): spans of characters that
// transliterations use, joined across name dots, priced by their mean transliteration cost. One
// character that transliterations rarely use may stand inside (京 in 普京), at a price.
import { isHan, isNameDot } from '../../language/chars';
import type { CandidateGenerator } from './types';

/** A character costlier than this inside transliterations is a weak one. */
export const MAX_CHAR_COST = 9;
const WEAK_CHAR_COST = 12;
/** The longest span a candidate covers. */
export const MAX_LENGTH = 10;

export const foreignNames: CandidateGenerator = {
  id: 2,
  propose(view, start, end, lex, sink) {
    const text = view.text;
    const foreign = lex.names.foreign;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (!isHan(c) || !(foreign[c] < MAX_CHAR_COST)) continue;
      let sum = foreign[c];
      let weak = 0;
      let chars = 1;
      let longest = 0;
      let longestCost = 0;
      for (let j = i + 1; j < end && j - i < MAX_LENGTH; j++) {
        const d = text.charCodeAt(j);
        if (isNameDot(d)) {
          if (j + 1 < end && foreign[text.charCodeAt(j + 1)] < MAX_CHAR_COST) continue;
          break;
        }
        if (!isHan(d)) break;
        if (foreign[d] < MAX_CHAR_COST) sum += foreign[d];
        else if (weak++ === 0) sum += WEAK_CHAR_COST;
        else break;
        chars++;
        // Short readings, and the longest: what a name of this run can be.
        if (chars <= 4) sink.add(i, j + 1, sum / chars);
        else {
          longest = j + 1;
          longestCost = sum / chars;
        }
      }
      if (longest > 0) sink.add(i, longest, longestCost);
    }
  },
};
