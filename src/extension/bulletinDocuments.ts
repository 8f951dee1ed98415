// Which documents the extension annotates: `bulletin` files, and plain-text files that look like
// bulletins when `bulletin.detectInPlainText` is on. Providers are registered for both languages
// and answer nothing for a plain-text file that is not a bulletin.
import * as vscode from 'vscode';
import { looksLikeBulletin } from './bulletinDetection';

export const BULLETIN_SELECTOR: vscode.DocumentSelector = [
  { language: 'bulletin' },
  { language: 'plaintext' },
];

export class BulletinDocuments {
  /** Detection result per document version (plain text only). */
  private readonly detected = new WeakMap<vscode.TextDocument, { version: number; bulletin: boolean }>();

  constructor(private detectInPlainText: () => boolean) {}

  isBulletin(document: vscode.TextDocument): boolean {
    if (document.languageId === 'bulletin') return true;
    if (document.languageId !== 'plaintext' || !this.detectInPlainText()) return false;
    if (document.uri.scheme === 'output' || document.uri.scheme === 'vscode-settings') return false;
    const known = this.detected.get(document);
    if (known && known.version === document.version) return known.bulletin;
    const bulletin = looksLikeBulletin(document.getText(new vscode.Range(0, 0, 400, 0)));
    this.detected.set(document, { version: document.version, bulletin });
    return bulletin;
  }
}
