// Dates and times: absolute and partial dates, parts of day, quarters, with normalized values.
import type { CompactText } from '../compact';
import type { FoundDate } from '../found';

export function findDates(_ct: CompactText): FoundDate[] {
  return [];
}
