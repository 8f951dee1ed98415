// Chinese names: a surname (single or compound) and one or two given characters, priced by how
// often each character serves there in the dictionary's name entries, against the dictionary's
// own reading of the same characters (周边 is a word; 周爱荣 is a name).
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../../language/surnames';
import { isHan } from '../../language/chars';
import { dictionaryCost } from '../../lexicon/segmentPlain';
import type { CandidateGenerator } from './types';

const single = new Set(SINGLE_SURNAMES);
const compound = new Set(COMPOUND_SURNAMES);

export const chineseNames: CandidateGenerator = {
  id: 1,
  propose(view, start, end, lex, sink) {
    const text = view.text;
    const names = lex.names;
    for (let i = start; i < end; i++) {
      if (!isHan(text.charCodeAt(i))) continue;
      const two = text.slice(i, i + 2);
      const s = compound.has(two) && i + 2 < end ? 2 : single.has(text[i]) ? 1 : 0;
      if (!s) continue;
      const surnameCost = names.surnameCost(text.slice(i, i + s)) ?? 12;
      const g = i + s;
      if (g < end && isHan(text.charCodeAt(g))) {
        const one = surnameCost + names.givenSingle[text.charCodeAt(g)];
        sink.add(i, g + 1, one - dictionaryCost(text, i, g + 1, lex));
        if (g + 1 < end && isHan(text.charCodeAt(g + 1))) {
          const two = surnameCost + names.givenFirst[text.charCodeAt(g)] + names.givenSecond[text.charCodeAt(g + 1)];
          sink.add(i, g + 2, two - dictionaryCost(text, i, g + 2, lex));
        }
      }
    }
  },
};
