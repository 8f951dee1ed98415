// Engine offsets (UTF-16 code units of the analysed text) to VS Code positions, and back.
import * as vscode from 'vscode';
import type { Analysis, Entity, Span } from '../core';

export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

/** Index of the innermost entity under the offset, or -1. Entities are sorted by start. */
export function entityIndexAt(analysis: Analysis, offset: number): number {
  const entities = analysis.entities;
  // Last entity starting at or before the offset; walk back over the ones that may still cover it.
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  let best = -1;
  for (let i = lo - 1; i >= 0 && i >= lo - 64; i--) {
    const e = entities[i];
    if (offset >= e.end) continue;
    if (best < 0 || e.end - e.start < entities[best].end - entities[best].start) best = i;
  }
  return best;
}

export function entityAt(analysis: Analysis, offset: number): Entity | undefined {
  const i = entityIndexAt(analysis, offset);
  return i < 0 ? undefined : analysis.entities[i];
}

/** The article index holding the offset, or -1. */
export function articleIndexAt(analysis: Analysis, offset: number): number {
  return analysis.articles.findIndex((a) => offset >= a.start && offset < a.end);
}
