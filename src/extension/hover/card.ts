// A hover card: a MarkdownString that runs no commands and renders no HTML, into which text from
// the document only ever goes escaped.
import * as vscode from 'vscode';
import { escapeMarkdown } from './escapeMarkdown';

export class Card {
  readonly markdown = new vscode.MarkdownString('', false);

  constructor(heading: string, kindLabel: string) {
    this.markdown.isTrusted = false;
    this.markdown.supportHtml = false;
    this.markdown.supportThemeIcons = false;
    this.markdown.appendMarkdown(`**${escapeMarkdown(heading)}** · ${escapeMarkdown(kindLabel)}\n\n`);
  }

  /** A "label: value" line; both are escaped. */
  line(label: string, value: string): this {
    if (value) this.markdown.appendMarkdown(`- ${escapeMarkdown(label)}: ${escapeMarkdown(value)}\n`);
    return this;
  }

  /** A quoted excerpt of the document. */
  quote(text: string): this {
    if (text) this.markdown.appendMarkdown(`\n> ${escapeMarkdown(text)}\n`);
    return this;
  }
}

export { excerpt } from '../views/excerpt';
