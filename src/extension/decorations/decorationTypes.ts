// The editor decoration types, created once at activation and disposed with the extension.
// Colours are theme colours contributed in package.json (`bulletin.<kind>Foreground`), so users
// change them with `workbench.colorCustomizations` and every theme kind gets a readable default.
import * as vscode from 'vscode';
import { ANNOTATION_KINDS, type AnnotationKind } from '../kinds';

export interface DecorationTypes extends vscode.Disposable {
  kinds: Record<AnnotationKind, vscode.TextEditorDecorationType>;
  articleGutter: vscode.TextEditorDecorationType;
  articleBorder: vscode.TextEditorDecorationType;
}

const STYLE: Record<AnnotationKind, vscode.DecorationRenderOptions> = {
  official: { fontWeight: '600' },
  title: {},
  person: {},
  date: { textDecoration: 'underline dotted' },
  figure: { textDecoration: 'underline dotted' },
  organization: { fontStyle: 'italic' },
};

export function createDecorationTypes(extensionUri: vscode.Uri): DecorationTypes {
  const kinds = {} as Record<AnnotationKind, vscode.TextEditorDecorationType>;
  for (const kind of ANNOTATION_KINDS) {
    const color = new vscode.ThemeColor(`bulletin.${kind}Foreground`);
    kinds[kind] = vscode.window.createTextEditorDecorationType({
      ...STYLE[kind],
      color,
      overviewRulerColor: color,
      overviewRulerLane: kind === 'official' || kind === 'person' ? vscode.OverviewRulerLane.Left : vscode.OverviewRulerLane.Center,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
  }
  const articleGutter = vscode.window.createTextEditorDecorationType({
    gutterIconPath: vscode.Uri.joinPath(extensionUri, 'media', 'article-start.svg'),
    gutterIconSize: 'contain',
    overviewRulerColor: new vscode.ThemeColor('bulletin.articleStartBorder'),
    overviewRulerLane: vscode.OverviewRulerLane.Full,
  });
  const articleBorder = vscode.window.createTextEditorDecorationType({
    isWholeLine: true,
    borderStyle: 'solid',
    borderWidth: '1px 0 0 0',
    borderColor: new vscode.ThemeColor('bulletin.articleStartBorder'),
  });
  const all = [...Object.values(kinds), articleGutter, articleBorder];
  return { kinds, articleGutter, articleBorder, dispose: () => all.forEach((t) => t.dispose()) };
}
