// What a user's correction of the analysis is, as kept in the standoff file beside the document.
// A correction never holds an offset it trusts: it is anchored by the text it covers and the text
// around it, so it follows the words through edits elsewhere in the document.
import type { PersonRole } from '../types';

/** What the user says a span is ('remove': not an entity). 'person' is a person of no particular role. */
export type CorrectionAction = 'remove' | 'person' | 'official' | 'reporter' | 'title' | 'organization' | 'date' | 'figure';

/** Two persons' mentions are one person ('same') or not ('distinct'). */
export type PairAction = 'same' | 'distinct';

export const CORRECTION_ACTIONS: readonly CorrectionAction[] = ['remove', 'person', 'official', 'reporter', 'title', 'organization', 'date', 'figure'];
export const PAIR_ACTIONS: readonly PairAction[] = ['same', 'distinct'];

export interface Anchor {
  /** The covered text exactly as stored (line breaks included). */
  text: string;
  /** Up to CONTEXT_LENGTH characters before and after it when the correction was made. */
  before: string;
  after: string;
  /** Where it was (UTF-16 offset) when made: only breaks ties between equally good places. */
  hint: number;
}

export type Correction =
  | { action: CorrectionAction; anchor: Anchor }
  | { action: PairAction; anchor: Anchor; other: Anchor };

export function isPairAction(action: string): action is PairAction {
  return (PAIR_ACTIONS as readonly string[]).includes(action);
}

export function isCorrectionAction(action: unknown): action is CorrectionAction {
  return typeof action === 'string' && (CORRECTION_ACTIONS as readonly string[]).includes(action);
}

/** The role a person-marking action gives. */
export function roleOfAction(action: CorrectionAction): PersonRole | undefined {
  return action === 'official' ? 'official' : action === 'reporter' ? 'reporter' : action === 'person' ? 'other' : undefined;
}
