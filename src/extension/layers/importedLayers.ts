// Imported annotation layers: a brat .ann or a doccano / Label Studio JSONL file beside a document,
// read against the document's text and shown as a second layer (a dashed box around each span, the
// label in its hover), apart from the analysis. A layer holds offsets into the text it was read
// against: an edit of the document drops it (import it again to see it on the new text).
import * as vscode from 'vscode';
import { readBrat, readJsonl, type LabelledSpan } from '../../core/exchange';
import type { Log } from '../log';

export interface ImportedLayer {
  source: vscode.Uri;
  version: number;
  spans: LabelledSpan[];
  problems: string[];
}

export class ImportedLayers implements vscode.Disposable {
  private readonly layers = new Map<string, ImportedLayer>();
  private readonly decoration = vscode.window.createTextEditorDecorationType({
    border: '1px dashed',
    borderColor: new vscode.ThemeColor('editorInfo.foreground'),
    overviewRulerColor: new vscode.ThemeColor('editorInfo.foreground'),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
  });
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly log: Log) {
    this.subscriptions.push(
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.paint(e))),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.layers.delete(e.document.uri.toString())) this.repaint(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.layers.delete(d.uri.toString())),
    );
  }

  get(document: vscode.TextDocument): ImportedLayer | undefined {
    const layer = this.layers.get(document.uri.toString());
    return layer && layer.version === document.version ? layer : undefined;
  }

  /** Reads the layer file against the document's text and shows it. */
  async import(document: vscode.TextDocument, source: vscode.Uri): Promise<ImportedLayer> {
    const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(source));
    const text = document.getText();
    const read = /\.jsonl?$/i.test(source.path) ? readJsonl(content, text) : readBrat(content, text);
    for (const p of read.problems) this.log.warn(`${source.toString(true)}: ${p}`);
    const layer: ImportedLayer = { source, version: document.version, spans: read.spans, problems: read.problems };
    this.layers.set(document.uri.toString(), layer);
    this.repaint(document);
    return layer;
  }

  clear(document: vscode.TextDocument): void {
    this.layers.delete(document.uri.toString());
    this.repaint(document);
  }

  private repaint(document: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) this.paint(editor);
  }

  private paint(editor: vscode.TextEditor): void {
    const layer = this.get(editor.document);
    const document = editor.document;
    const options = (layer?.spans ?? []).map((s) => ({
      range: new vscode.Range(document.positionAt(s.start), document.positionAt(s.end)),
      hoverMessage: new vscode.MarkdownString().appendText(vscode.l10n.t('Imported: {0}', s.label)),
    }));
    editor.setDecorations(this.decoration, options);
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.decoration.dispose();
    this.layers.clear();
  }
}
