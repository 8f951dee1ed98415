// How an article is named in the outline, the entity view and hovers.
import * as vscode from 'vscode';
import { unwrap } from '../../core/plainText';

export function articleName(headline: string | undefined, index: number): string {
  const name = headline ? unwrap(headline) : '';
  return name || vscode.l10n.t('Article {0}', index + 1);
}
