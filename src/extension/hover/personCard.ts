// The hover card of a person: role, every title the page gives them, the articles they appear in,
// how often, and who else appears in those articles; with a folder indexed, their posts across its
// bulletins with the first and last dates seen, how many bulletins, and the latest one.
import * as vscode from 'vscode';
import type { PersonMention, PersonRole, PostChange } from '../../core';
import type { FolderPersonFacts } from '../folder/folderLookup';
import type { HoverFacts } from '../views/viewTypes';
import { articleName } from '../outline/articleLabels';
import { Card } from './card';
import { dateSpan } from '../folder/dateSpan';

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

/** What a notice does to a post (任命, 选举, 免去). */
function changeLabel(action: PostChange['action']): string {
  switch (action) {
    case 'appointed':
      return vscode.l10n.t('Appointed');
    case 'elected':
      return vscode.l10n.t('Elected');
    default:
      return vscode.l10n.t('Removed from');
  }
}

export function personCard(mention: PersonMention, facts: HoverFacts, folder: FolderPersonFacts = []): vscode.MarkdownString {
  const person = facts.person;
  const card = new Card(mention.name, roleLabel(person?.role ?? mention.role));
  if (!person) return card.quote(facts.excerpt).markdown;
  card.line(vscode.l10n.t('Titles'), person.titles.join('; ') || vscode.l10n.t('none on this page'));
  for (const change of person.changes) card.line(changeLabel(change.action), change.value);
  const more = person.articleCount - person.articles.length;
  const listed = person.articles.map((a) => articleName(a.headline, a.index));
  if (more > 0) listed.push(vscode.l10n.t('{0} more articles', more));
  card.line(vscode.l10n.t('Appears in'), listed.join('; '));
  card.line(vscode.l10n.t('Mentions'), String(person.mentions));
  card.line(vscode.l10n.t('Appears with'), person.together.join(', '));
  for (const who of folder) {
    card.line(vscode.l10n.t('In the folder'), vscode.l10n.t('{0} bulletins, {1} mentions', who.documents, who.mentions) + (folder.length > 1 ? ` (${who.key})` : ''));
    for (const post of who.posts) {
      const notices = [post.appointed && vscode.l10n.t('appointed {0}', post.appointed), post.removed && vscode.l10n.t('removed {0}', post.removed)].filter(Boolean);
      card.line(post.title, dateSpan(post.firstSeen, post.lastSeen) + (notices.length ? ` (${notices.join(', ')})` : ''));
    }
    if (who.latest) card.line(vscode.l10n.t('Latest'), `${who.latest.path}${who.latest.date ? ` (${dateSpan(who.latest.date)})` : ''}`);
    if (who.possiblySame.length) card.line(vscode.l10n.t('Possibly the same as'), who.possiblySame.join(', '));
  }
  return card.quote(facts.excerpt).markdown;
}
