// Which documents the extension annotates: `bulletin` files, and plain-text files that read as news
// when `bulletin.detectInPlainText` is on (or every plain-text file of a folder where the user chose
// "Always for this folder"). Binary data opened as text is refused, with the reason kept for the
// status bar. Providers are registered for both languages and answer nothing for the others.
import * as vscode from 'vscode';
import { looksLikeBulletin, mostlyChinese, whyNotText } from '../core/newsDetection';

export const BULLETIN_SELECTOR: vscode.DocumentSelector = [
  { language: 'bulletin' },
  { language: 'plaintext' },
];

/** How much of a document detection reads (lines): its start says what it is. */
const HEAD_LINES = 400;

interface Verdict {
  version: number;
  languageId: string;
  bulletin: boolean;
  /** Why the document is not analysed although it is a bulletin by language or setting. */
  refused?: string;
  /** Plain text, mostly Chinese, not read as news: the extension may offer to annotate it. */
  offer: boolean;
}

export class BulletinDocuments {
  private readonly verdicts = new WeakMap<vscode.TextDocument, Verdict>();

  constructor(private readonly detectInPlainText: () => boolean) {}

  isBulletin(document: vscode.TextDocument): boolean {
    return this.verdict(document).bulletin;
  }

  /** Why a document that would be annotated is not (binary data), if it is refused. */
  refusal(document: vscode.TextDocument): string | undefined {
    return this.verdict(document).refused;
  }

  /** A plain-text document of mostly Chinese prose that does not read as news. */
  mayOffer(document: vscode.TextDocument): boolean {
    return this.verdict(document).offer;
  }

  /** Settings or languages changed: every document is judged again. */
  reset(): void {
    for (const document of vscode.workspace.textDocuments) this.verdicts.delete(document);
  }

  private verdict(document: vscode.TextDocument): Verdict {
    const known = this.verdicts.get(document);
    // A document read as a bulletin stays one while it is edited (no rescan per keystroke, and no
    // decorations dropped while the user rewrites its lead); others are judged again per version.
    if (known && known.languageId === document.languageId && (known.version === document.version || known.bulletin)) return known;
    const verdict = this.judge(document);
    this.verdicts.set(document, verdict);
    return verdict;
  }

  private judge(document: vscode.TextDocument): Verdict {
    const { version, languageId } = document;
    const plain = document.languageId === 'plaintext';
    if (document.uri.scheme === 'output' || document.uri.scheme === 'vscode-settings') return { version, languageId, bulletin: false, offer: false };
    if (document.languageId !== 'bulletin' && (!plain || !this.detectInPlainText())) return { version, languageId, bulletin: false, offer: false };
    const head = document.getText(new vscode.Range(0, 0, HEAD_LINES, 0));
    const refused = whyNotText(head);
    const always = plain && vscode.workspace.getConfiguration('bulletin', document.uri).get<boolean>('annotateAllPlainText', false);
    const wanted = document.languageId === 'bulletin' || always;
    if (refused) return { version, languageId, bulletin: false, refused: wanted ? refused : undefined, offer: false };
    if (wanted || looksLikeBulletin(head)) return { version, languageId, bulletin: true, offer: false };
    return { version, languageId, bulletin: false, offer: mostlyChinese(head) };
  }
}
