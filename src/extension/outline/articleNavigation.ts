// Commands that move the cursor to the start of the next or previous article.
import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysis/analysisStore';

export async function goToArticle(store: AnalysisStore, direction: 1 | -1): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return false;
  const document = editor.document;
  const analysis = await store.analysisFor(document);
  if (!analysis || analysis.articles.length === 0) return false;
  const here = document.offsetAt(editor.selection.active);
  const starts = analysis.articles.map((a) => a.start).sort((a, b) => a - b);
  const target = direction > 0 ? starts.find((s) => s > here) : [...starts].reverse().find((s) => s < here);
  if (target === undefined) {
    void vscode.window.setStatusBarMessage(direction > 0 ? vscode.l10n.t('No next article') : vscode.l10n.t('No previous article'), 2000);
    return false;
  }
  const position = document.positionAt(target);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
  return true;
}
