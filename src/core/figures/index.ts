// Figures: numbers with units and magnitude words, with their numeric value and unit category.
import type { CompactText } from '../compact';
import type { FoundFigure } from '../found';

export function findFigures(_ct: CompactText): FoundFigure[] {
  return [];
}
