// The hover card of a person: role, every title the page gives them, the articles they appear in,
// how often, and who else appears in those articles.
import * as vscode from 'vscode';
import type { Analysis, PersonMention, PersonRole } from '../../core';
import { articleName } from '../outline/articleLabels';
import { Card, excerpt } from './card';

export function roleLabel(role: PersonRole): string {
  switch (role) {
    case 'official':
      return vscode.l10n.t('official');
    case 'reporter':
      return vscode.l10n.t('reporter');
    default:
      return vscode.l10n.t('person');
  }
}

export function personCard(analysis: Analysis, mention: PersonMention, text: string): vscode.MarkdownString {
  const person = analysis.persons.find((p) => p.id === mention.id);
  const card = new Card(mention.name, roleLabel(person?.role ?? mention.role));
  if (!person) return card.quote(excerpt(text, mention.start, mention.end)).markdown;
  card.line(vscode.l10n.t('Titles'), person.titles.join('; ') || vscode.l10n.t('none on this page'));
  card.line(
    vscode.l10n.t('Appears in'),
    person.articles.map((i) => (analysis.articles[i] ? articleName(analysis.articles[i], i) : '')).filter(Boolean).join('; '),
  );
  card.line(vscode.l10n.t('Mentions'), String(person.mentions.length));
  const together = analysis.persons
    .filter((p) => p.id !== person.id && p.articles.some((a) => person.articles.includes(a)))
    .map((p) => p.name);
  card.line(vscode.l10n.t('Appears with'), together.join(', '));
  return card.quote(excerpt(text, mention.start, mention.end)).markdown;
}
