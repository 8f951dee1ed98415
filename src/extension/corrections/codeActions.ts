// The light bulb: on a selection, or with the cursor on an entity, one code action per correction,
// each running bulletin.correct with the span and the action.
import * as vscode from 'vscode';
import { CORRECTION_ACTIONS, PAIR_ACTIONS } from '../../core/corrections';
import type { AnalysisStore } from '../analysis/analysisStore';
import { actionLabel } from './actionLabels';
import { spanOf } from './correctCommand';

export class CorrectionCodeActions implements vscode.CodeActionProvider {
  static readonly kind = vscode.CodeActionKind.QuickFix.append('bulletin');

  constructor(private readonly store: AnalysisStore) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range, _context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    const span = await spanOf(this.store, document, range);
    if (!span || token.isCancellationRequested) return [];
    const target = new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
    const pairs = range.isEmpty ? PAIR_ACTIONS : [];
    return [...CORRECTION_ACTIONS, ...pairs].map((action) => {
      const title = `${vscode.l10n.t('Bulletin')}: ${actionLabel(action)}`;
      const codeAction = new vscode.CodeAction(title, CorrectionCodeActions.kind);
      codeAction.command = { command: 'bulletin.correct', title, arguments: [document.uri, target, action] };
      return codeAction;
    });
  }
}
