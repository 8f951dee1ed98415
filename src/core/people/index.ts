// Persons, their titles and organizations.
import type { CompactText } from '../compact';
import type { FoundPeople } from '../found';

export function findPeople(_ct: CompactText): FoundPeople {
  return { persons: [], titles: [], organizations: [] };
}
