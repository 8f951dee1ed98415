// How an article is named in the outline, the entity view and hovers.
import * as vscode from 'vscode';
import type { Article } from '../../core';
import { unwrap } from '../text';

export function articleName(article: Article, index: number): string {
  const headline = article.headline?.text ? unwrap(article.headline.text) : '';
  return headline || vscode.l10n.t('Article {0}', index + 1);
}

/** "dateline · byline", each part only when the engine found it. */
export function articleDetail(article: Article): string {
  return [article.dateline?.text, article.byline?.text]
    .filter((t): t is string => !!t)
    .map(unwrap)
    .join(' · ');
}
