// The dates a post or a bulletin was seen, as the Who's who view and the hover card show them.
import * as vscode from 'vscode';
import { readableSpan } from './readableDates';

export function dateSpan(first: string, last = first): string {
  const span = readableSpan(first, last);
  if (!span.text) return vscode.l10n.t('date unknown');
  return span.yearless ? vscode.l10n.t('{0} (year unknown)', span.text) : span.text;
}
