// Japanese names as Chinese text writes them (岸田文雄, 桥本龙太郎): a Japanese family name and one to
// three given characters, or the family name alone (岸田首相).
import { isHan } from '../../language/chars';
import { JAPANESE_SURNAMES } from '../../language/japaneseSurnames';
import type { CandidateGenerator } from './types';

const surnames = new Set(JAPANESE_SURNAMES);
const first = new Uint8Array(65536);
for (const s of JAPANESE_SURNAMES) first[s.charCodeAt(0)] = 1;

export const japaneseNames: CandidateGenerator = {
  id: 4,
  propose(view, start, end, _lex, sink) {
    const text = view.text;
    for (let i = start; i < end; i++) {
      if (!first[text.charCodeAt(i)]) continue;
      for (let s = 3; s >= 2; s--) {
        if (i + s > end || !surnames.has(text.slice(i, i + s))) continue;
        sink.add(i, i + s, 4);
        for (let g = 1; g <= 3 && i + s + g <= end && isHan(text.charCodeAt(i + s + g - 1)); g++) sink.add(i, i + s + g, g);
        break;
      }
    }
  },
};
