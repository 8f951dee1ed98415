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

/** The text around a span, unwrapped, with ellipses where it was cut. */
export function excerpt(text: string, start: number, end: number, around = 16): string {
  const from = Math.max(0, start - around * 2);
  const to = Math.min(text.length, end + around * 2);
  const before = text.slice(from, start).replace(/\s+/g, '');
  const after = text.slice(end, to).replace(/\s+/g, '');
  const b = before.slice(-around);
  const a = after.slice(0, around);
  const inner = text.slice(start, end).replace(/\s+/g, '');
  return `${b.length < before.length || from > 0 ? '…' : ''}${b}「${inner}」${a}${a.length < after.length || to < text.length ? '…' : ''}`;
}
