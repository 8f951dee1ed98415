// Typed access to the `bulletin.*` settings; the only place that reads them.
import * as vscode from 'vscode';
import { ANNOTATION_KINDS, type AnnotationKind } from './kinds';

export type ArticleStartStyle = 'gutterAndBorder' | 'gutter' | 'border' | 'none';

export interface BulletinConfig {
  kinds: Record<AnnotationKind, boolean>;
  detectInPlainText: boolean;
  /** Relative date words (当前, 近期) highlighted and counted too. */
  showRelativeDates: boolean;
  referenceYear: number | undefined;
  /** Path as written in the setting ("" when unset). */
  userDictionary: string;
  articleStart: ArticleStartStyle;
  analysisTimeoutSeconds: number;
  /** Whether the workspace's bulletins are indexed for the folder's views. */
  folderIndex: boolean;
  /** Largest file the folder index reads, in KB. */
  folderIndexMaxFileKB: number;
}

export function readConfig(scope?: vscode.ConfigurationScope): BulletinConfig {
  const c = vscode.workspace.getConfiguration('bulletin', scope);
  const kinds = {} as Record<AnnotationKind, boolean>;
  for (const k of ANNOTATION_KINDS) kinds[k] = c.get<boolean>(`kinds.${k}`, true);
  const year = c.get<number | null>('referenceYear', null);
  return {
    kinds,
    detectInPlainText: c.get<boolean>('detectInPlainText', true),
    showRelativeDates: c.get<boolean>('showRelativeDates', false),
    referenceYear: typeof year === 'number' && Number.isInteger(year) ? year : undefined,
    userDictionary: c.get<string>('userDictionary', '').trim(),
    articleStart: c.get<ArticleStartStyle>('articleStart', 'gutterAndBorder'),
    analysisTimeoutSeconds: Math.max(2, c.get<number>('analysisTimeoutSeconds', 30)),
    folderIndex: c.get<boolean>('folderIndex.enabled', true),
    folderIndexMaxFileKB: Math.max(1, c.get<number>('folderIndex.maxFileSizeKB', 4096)),
  };
}

/** Shows or hides one kind, in the user's settings. */
export async function setKindShown(kind: AnnotationKind, shown: boolean): Promise<void> {
  await vscode.workspace.getConfiguration('bulletin').update(`kinds.${kind}`, shown, vscode.ConfigurationTarget.Global);
}

export function affectsBulletin(e: vscode.ConfigurationChangeEvent, key: string): boolean {
  return e.affectsConfiguration(`bulletin.${key}`);
}
