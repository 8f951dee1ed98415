// The hover card of a date: its normalized value, and the weekday when the year is known.
import * as vscode from 'vscode';
import type { DateMention } from '../../core';
import { unwrap } from '../text';
import { Card } from './card';

export function dateCard(date: DateMention, quoted: string): vscode.MarkdownString {
  const card = new Card(unwrap(date.text), vscode.l10n.t('date'));
  card.line(vscode.l10n.t('Value'), date.value || vscode.l10n.t('relative ({0})', unwrap(date.text)));
  card.line(vscode.l10n.t('Weekday'), weekdayOf(date.value));
  card.line(vscode.l10n.t('Precision'), date.precision);
  if (date.qualifier) card.line(vscode.l10n.t('Qualifier'), date.qualifier);
  if (date.yearSource === 'page') card.line(vscode.l10n.t('Year'), vscode.l10n.t('from elsewhere on the page'));
  if (date.yearSource === 'option') card.line(vscode.l10n.t('Year'), vscode.l10n.t('from the bulletin.referenceYear setting'));
  return card.quote(quoted).markdown;
}

/** The weekday of a full "YYYY-MM-DD…" value, in the UI language; "" otherwise. */
export function weekdayOf(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return '';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return '';
  try {
    return new Intl.DateTimeFormat(vscode.env.language, { weekday: 'long', timeZone: 'UTC' }).format(day);
  } catch {
    return new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' }).format(day);
  }
}
