// Chinese names: a surname (single or compound) and one or two given characters, priced by how
// often each character serves there in the dictionary's name entries, against the dictionary's
// own reading of the same characters (周边 is a word; 周爱荣 is a name).
import type { Lexicon } from '../../lexicon';
import { compoundSurnameAt, SINGLE_SURNAMES } from '../../language/surnames';
import { isHan } from '../../language/chars';
import { dictionaryCost } from '../../lexicon/segmentPlain';
import type { CandidateGenerator } from './types';

/** Cost of each single-character surname by code unit (NaN: not a surname), once per lexicon. */
const singleCosts = new WeakMap<Lexicon, Float32Array>();
function singleCostsOf(lex: Lexicon): Float32Array {
  let table = singleCosts.get(lex);
  if (!table) {
    table = new Float32Array(65536).fill(NaN);
    for (const s of SINGLE_SURNAMES) table[s.charCodeAt(0)] = lex.names.surnameCost(s) ?? 12;
    singleCosts.set(lex, table);
  }
  return table;
}

export const chineseNames: CandidateGenerator = {
  id: 1,
  propose(view, start, end, lex, sink) {
    const text = view.text;
    const names = lex.names;
    const singles = singleCostsOf(lex);
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      let s = 0;
      let surnameCost = 0;
      if (i + 2 < end && compoundSurnameAt(text, i, end)) {
        s = 2;
        surnameCost = names.surnameCost(text.slice(i, i + 2)) ?? 12;
      } else if (singles[c] === singles[c]) {
        s = 1;
        surnameCost = singles[c];
      } else continue;
      const g = i + s;
      if (g >= end || !isHan(text.charCodeAt(g))) continue;
      const g1 = text.charCodeAt(g);
      sink.add(i, g + 1, surnameCost + names.givenSingle[g1] - dictionaryCost(view.lattice, i, g + 1));
      if (g + 1 < end && isHan(text.charCodeAt(g + 1))) {
        const two = surnameCost + names.givenFirst[g1] + names.givenSecond[text.charCodeAt(g + 1)];
        sink.add(i, g + 2, two - dictionaryCost(view.lattice, i, g + 2));
      }
    }
  },
};
