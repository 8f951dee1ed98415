// A person named inside a spirit, an honour or a doctrine of political language (雷锋精神, 南丁格尔奖,
// 习近平新时代中国特色社会主义思想): the name is a person's mention, though the dictionary reads the
// whole term as one word and the tagger, trusting it, may read no name there.
import { NAMED_TERMS } from '../language/wordLists';
import type { LabelledSpan } from '../tagger/labels';
import { anyMarked } from '../marks';

const TERMS = NAMED_TERMS.map((t) => {
  const parts = t.split('|');
  return { whole: parts.join(''), names: parts.slice(0, -1) };
});

/** The found persons and the names inside named terms that no found person or title covers (`covered`). */
export function withNamedTerms(text: string, found: readonly LabelledSpan[], covered: Uint8Array): LabelledSpan[] {
  const added: LabelledSpan[] = [];
  // The caller's marks, copied once a term is found (most segments hold none).
  let taken: Uint8Array | undefined;
  for (const { whole, names } of TERMS)
    for (let at = text.indexOf(whole); at >= 0; at = text.indexOf(whole, at + whole.length)) {
      taken ??= covered.slice();
      let start = at;
      for (const name of names) {
        const end = start + name.length;
        if (!anyMarked(taken, start, end)) {
          taken.fill(1, start, end);
          added.push({ kind: 'person', start, end });
        }
        start = end;
      }
    }
  return added.length ? [...found, ...added].sort((a, b) => a.start - b.start) : [...found];
}
