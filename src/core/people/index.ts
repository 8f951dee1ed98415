// Persons, their titles and organizations.
import type { CompactText } from '../compact';
import type { FoundPeople, FoundPerson } from '../found';
import { loadLexicon } from '../lexicon';
import { personSpans } from './persons';
import { segment } from './segment';

export function findPeople(ct: CompactText): FoundPeople {
  const text = ct.text;
  const lex = loadLexicon();
  const tokens = segment(text, lex);
  const persons: FoundPerson[] = [];
  for (const { start, end } of personSpans(text, tokens, lex)) {
    persons.push({ kind: 'person', start, end, name: text.slice(start, end), role: 'other', titles: [] });
  }
  return { persons, titles: [], organizations: [] };
}
