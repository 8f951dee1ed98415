// Commands that move the cursor to the start of the next or previous article.
import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysis/analysisStore';

export async function goToArticle(store: AnalysisStore, direction: 1 | -1): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return false;
  const document = editor.document;
  const offset = document.offsetAt(editor.selection.active);
  let target = await store.query(document, { what: 'article', offset, direction });
  // An article starting after nothing but white space from the cursor is where the cursor already
  // is to a reader (the top of the file, an indented first line): go on to the one after it.
  if (target !== undefined && target > offset && document.getText(new vscode.Range(document.positionAt(offset), document.positionAt(target))).trim() === '') {
    target = await store.query(document, { what: 'article', offset: target, direction });
  }
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
