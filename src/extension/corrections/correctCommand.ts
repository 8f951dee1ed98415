// bulletin.correct(uri?, range?, action?, otherRange?) and bulletin.undoCorrection(uri?): one command
// for every correction, callable by other extensions and tests with arguments, or from the palette,
// the context menu and the light bulb, where what is missing is asked (the selection, or the entity
// under the cursor; the action from a list; for 'same'/'distinct', the other person).
import * as vscode from 'vscode';
import { CORRECTION_ACTIONS, PAIR_ACTIONS, isCorrectionAction, isPairAction, type CorrectionAction, type PairAction } from '../../core/corrections';
import type { Span } from '../../core';
import type { AnalysisStore } from '../analysis/analysisStore';
import { actionLabel } from './actionLabels';
import type { CorrectionsManager } from './correctionsManager';

export async function correct(store: AnalysisStore, manager: CorrectionsManager, uriArg?: unknown, rangeArg?: unknown, actionArg?: unknown, otherArg?: unknown): Promise<boolean> {
  const document = await documentOf(uriArg);
  if (!document) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a bulletin to correct its analysis.'));
    return false;
  }
  const range = rangeArg instanceof vscode.Range ? rangeArg : vscode.window.activeTextEditor?.document === document ? vscode.window.activeTextEditor.selection : undefined;
  if (!range) return false;
  const span = await spanOf(store, document, range);
  if (!span) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Select the words to correct, or put the cursor on an entity.'));
    return false;
  }
  const action = isCorrectionAction(actionArg) || (typeof actionArg === 'string' && isPairAction(actionArg)) ? actionArg : await pickAction();
  if (!action) return false;
  let other: Span | undefined;
  if (isPairAction(action)) {
    other = otherArg instanceof vscode.Range ? await spanOf(store, document, otherArg) : await pickPerson(store, document, span);
    if (!other) return false;
  }
  return manager.correct(document, span, action, other);
}

export async function undoCorrection(manager: CorrectionsManager, uriArg?: unknown): Promise<boolean> {
  const document = await documentOf(uriArg);
  if (!document) return false;
  const undone = await manager.undo(document);
  if (!undone && !(uriArg instanceof vscode.Uri)) void vscode.window.showInformationMessage(vscode.l10n.t('No correction to undo in this document.'));
  return undone;
}

/** The range's offsets; an empty range stands for the entity under it. */
export async function spanOf(store: AnalysisStore, document: vscode.TextDocument, range: vscode.Range): Promise<Span | undefined> {
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  if (end > start) return { start, end };
  const facts = await store.query(document, { what: 'hover', offset: start });
  return facts ? { start: facts.entity.start, end: facts.entity.end } : undefined;
}

async function pickAction(): Promise<CorrectionAction | PairAction | undefined> {
  const items = [...CORRECTION_ACTIONS, ...PAIR_ACTIONS].map((action) => ({ label: actionLabel(action), action }));
  return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Correct the analysis') }))?.action;
}

/** The other person, picked among the page's persons (at their first mention). */
async function pickPerson(store: AnalysisStore, document: vscode.TextDocument, span: Span): Promise<Span | undefined> {
  const groups = (await store.query(document, { what: 'groups' })) ?? [];
  const items: Array<vscode.QuickPickItem & { annotation: 'official' | 'person'; key: string }> = [];
  for (const g of groups) {
    if (g.kind !== 'official' && g.kind !== 'person') continue;
    for (const group of g.groups) items.push({ label: group.label, description: (group.titles ?? []).join('、'), annotation: g.kind, key: group.key });
  }
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('The other person') });
  if (!picked) return undefined;
  const mentions = await store.query(document, { what: 'mentions', kind: picked.annotation, key: picked.key, limit: 2 });
  const mention = mentions?.items.find((m) => m.start !== span.start) ?? mentions?.items[0];
  return mention && { start: mention.start, end: mention.end };
}

async function documentOf(uriArg: unknown): Promise<vscode.TextDocument | undefined> {
  if (uriArg instanceof vscode.Uri) return vscode.workspace.openTextDocument(uriArg);
  return vscode.window.activeTextEditor?.document;
}
