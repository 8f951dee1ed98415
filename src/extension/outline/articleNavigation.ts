// Commands that move the cursor to the start of the next or previous article.
import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysis/analysisStore';

export async function goToArticle(store: AnalysisStore, direction: 1 | -1): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return false;
  const document = editor.document;
  const target = await store.query(document, { what: 'article', offset: document.offsetAt(editor.selection.active), direction });
  if (target === undefined) return false;
  if (target < 0) {
    void vscode.window.setStatusBarMessage(direction > 0 ? vscode.l10n.t('No next article') : vscode.l10n.t('No previous article'), 2000);
    return false;
  }
  const position = document.positionAt(target);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
  return true;
}
