// The hover card of a figure: value in digits with its unit, 万/亿 spelled out, unit conversions,
// and whether the text gives it as approximate.
import * as vscode from 'vscode';
import type { FigureMention } from '../../core';
import { unwrap } from '../../core/plainText';
import { Card } from './card';
import { conversionsOf } from './figureConversions';
import { chineseMagnitudes, formatFigure, spellMagnitude } from './figureFormat';

export function figureCard(figure: FigureMention, quoted: string): vscode.MarkdownString {
  const written = unwrap(figure.text);
  const card = new Card(written, vscode.l10n.t('figure'));
  // A telephone number's digits count nothing: no value, no magnitudes.
  if (figure.category === 'identifier') return card.line(vscode.l10n.t('Category'), vscode.l10n.t('telephone number')).quote(quoted).markdown;
  const spelled = spellMagnitude(figure.value);
  card.line(vscode.l10n.t('Value'), formatFigure(figure) + (spelled ? ` (${spelled})` : ''));
  const magnitudes = chineseMagnitudes(figure.value).filter((m) => !written.includes(m));
  card.line(vscode.l10n.t('Also'), magnitudes.join(' = '));
  card.line(vscode.l10n.t('Converted'), conversionsOf(figure.value, figure.unit).map((c) => `≈ ${c}`).join(', '));
  if (figure.currency) card.line(vscode.l10n.t('Currency'), figure.currency);
  card.line(vscode.l10n.t('Category'), figure.category);
  card.line(vscode.l10n.t('Approximate'), figure.approximate ? vscode.l10n.t('yes') : vscode.l10n.t('no'));
  return card.quote(quoted).markdown;
}
