// A figure's value in digits with its unit, and large values spelled out.
import * as vscode from 'vscode';
import type { FigureMention } from '../../core';

const DIGITS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

export function digits(value: number): string {
  return DIGITS.format(value);
}

/** "410,000 平方米", "3,000,000,000 元", "12.5 %". */
export function formatFigure(figure: Pick<FigureMention, 'value' | 'unit' | 'counts'>): string {
  const unit = figure.counts ?? figure.unit;
  return unit ? `${digits(figure.value)} ${unit}` : digits(figure.value);
}

/** "3 billion" for 30亿, "410 thousand" for 41万; "" below ten thousand. */
export function spellMagnitude(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e12) return vscode.l10n.t('{0} trillion', digits(value / 1e12));
  if (abs >= 1e9) return vscode.l10n.t('{0} billion', digits(value / 1e9));
  if (abs >= 1e6) return vscode.l10n.t('{0} million', digits(value / 1e6));
  if (abs >= 1e4) return vscode.l10n.t('{0} thousand', digits(value / 1e3));
  return '';
}

/** The same value in 万 and 亿, for text that wrote it in plain digits (or the other word). */
export function chineseMagnitudes(value: number): string[] {
  const abs = Math.abs(value);
  const out: string[] = [];
  if (abs >= 1e8) out.push(`${digits(value / 1e8)}亿`);
  if (abs >= 1e4) out.push(`${digits(value / 1e4)}万`);
  return out;
}
