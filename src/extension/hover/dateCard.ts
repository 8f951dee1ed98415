// The hover card of a date: the date in words (2019年10月6日（星期日）下午), its normalized value,
// and where its year came from, or, when no year is known, how to give one.
import * as vscode from 'vscode';
import type { DateMention } from '../../core';
import { unwrap } from '../../core/plainText';
import { Card } from './card';
import { dateInWords } from './dateWords';

export function dateCard(date: DateMention, quoted: string): vscode.MarkdownString {
  const card = new Card(unwrap(date.text), vscode.l10n.t('date'));
  if (!date.value) {
    card.line(vscode.l10n.t('Date'), vscode.l10n.t('a relative word ({0}): no calendar date', unwrap(date.text)));
    return card.quote(quoted).markdown;
  }
  const { words, yearKnown } = dateInWords(date.value);
  card.line(vscode.l10n.t('Date'), words + qualifierWords(date.qualifier));
  card.line(vscode.l10n.t('Value'), date.value);
  card.line(vscode.l10n.t('Year'), yearKnown ? yearSourceWords(date.yearSource) : vscode.l10n.t('unknown'));
  if (!yearKnown) {
    card.markdown.appendMarkdown(
      `\n${vscode.l10n.t(
        'The page states no year. Give one with the `bulletin.referenceYear` setting, a date in the file name (`2019-10-06.txt`, or a `2019/` folder), or a masthead at the top of the page (`2019年10月15日`).',
      )}\n`,
    );
  }
  return card.quote(quoted).markdown;
}

function yearSourceWords(source: DateMention['yearSource']): string {
  switch (source) {
    case 'text':
      return vscode.l10n.t('stated here');
    case 'page':
      return vscode.l10n.t("from the page (its masthead or another date)");
    case 'file':
      return vscode.l10n.t("from the file's name or folder");
    case 'option':
      return vscode.l10n.t('from the bulletin.referenceYear setting');
    default:
      return '';
  }
}

function qualifierWords(qualifier: DateMention['qualifier']): string {
  switch (qualifier) {
    case 'before':
      return vscode.l10n.t(' (before)');
    case 'after':
      return vscode.l10n.t(' (since)');
    case 'around':
      return vscode.l10n.t(' (around)');
    case 'start':
      return vscode.l10n.t(' (early)');
    case 'end':
      return vscode.l10n.t(' (end of)');
    default:
      return '';
  }
}
