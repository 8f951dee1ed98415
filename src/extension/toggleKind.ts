// `bulletin.toggleKind`: shows or hides annotation kinds. With a kind as argument it flips that
// kind; without, a quick pick lists every kind with its current state.
import * as vscode from 'vscode';
import { readConfig, setKindShown } from './config';
import { ANNOTATION_KINDS, isAnnotationKind, type AnnotationKind } from './kinds';
import { kindLabel } from './kindLabels';

export async function toggleKind(kindArg?: unknown, shownArg?: unknown): Promise<void> {
  const current = readConfig().kinds;
  if (isAnnotationKind(kindArg)) {
    await setKindShown(kindArg, typeof shownArg === 'boolean' ? shownArg : !current[kindArg]);
    return;
  }
  const items = ANNOTATION_KINDS.map((kind) => ({ label: kindLabel(kind), annotation: kind, picked: current[kind] }));
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: vscode.l10n.t('Annotation kinds to show'),
  });
  if (!picked) return;
  const chosen = new Set<AnnotationKind>(picked.map((p) => p.annotation));
  for (const kind of ANNOTATION_KINDS) if (chosen.has(kind) !== current[kind]) await setKindShown(kind, chosen.has(kind));
}
