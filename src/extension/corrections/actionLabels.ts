// Localized names of the correction actions (code actions, quick pick, messages).
import * as vscode from 'vscode';
import type { CorrectionAction, PairAction } from '../../core/corrections';

export function actionLabel(action: CorrectionAction | PairAction): string {
  switch (action) {
    case 'remove':
      return vscode.l10n.t('Not an entity');
    case 'person':
      return vscode.l10n.t('Mark as a person');
    case 'official':
      return vscode.l10n.t('Mark as an official');
    case 'reporter':
      return vscode.l10n.t('Mark as a reporter');
    case 'title':
      return vscode.l10n.t('Mark as a title');
    case 'organization':
      return vscode.l10n.t('Mark as an organization');
    case 'date':
      return vscode.l10n.t('Mark as a date');
    case 'figure':
      return vscode.l10n.t('Mark as a figure');
    case 'same':
      return vscode.l10n.t('Same person as…');
    case 'distinct':
      return vscode.l10n.t('Not the same person as…');
  }
}
