// Localized names of the annotation kinds, for the entity view, the quick pick and the status bar.
import * as vscode from 'vscode';
import type { AnnotationKind } from './kinds';

export function kindLabel(kind: AnnotationKind): string {
  switch (kind) {
    case 'official':
      return vscode.l10n.t('Officials');
    case 'title':
      return vscode.l10n.t('Titles');
    case 'person':
      return vscode.l10n.t('Other persons');
    case 'date':
      return vscode.l10n.t('Dates');
    case 'figure':
      return vscode.l10n.t('Figures');
    case 'organization':
      return vscode.l10n.t('Organizations');
  }
}

export const KIND_ICONS: Record<AnnotationKind, string> = {
  official: 'account',
  title: 'mortar-board',
  person: 'person',
  date: 'calendar',
  figure: 'symbol-number',
  organization: 'organization',
};
