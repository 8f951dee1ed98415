// bulletin.importLayer(uri?, layer?) shows a brat .ann or JSONL file (by default NAME.ann, else
// NAME.jsonl beside the document; else one picked) as a second layer; bulletin.compareLayer(uri?)
// compares it with the analysis (corrections applied): precision, recall and F1 per label in the
// log, and a list of the differences to step through (each revealed as it is highlighted).
import * as vscode from 'vscode';
import type { Analysis } from '../../core';
import { compareSpans, labelledSpans, type Comparison } from '../../core/exchange';
import type { AnalysisStore } from '../analysis/analysisStore';
import type { ExtensionLog } from '../log';
import type { ImportedLayers } from './importedLayers';

export async function importLayer(layers: ImportedLayers, uriArg?: unknown, layerArg?: unknown): Promise<number | undefined> {
  const document = await documentOf(uriArg);
  if (!document) return undefined;
  const source = layerArg instanceof vscode.Uri ? layerArg : (await besideDocument(document.uri)) ?? (await pickLayerFile(document.uri));
  if (!source) return undefined;
  const layer = await layers.import(document, source);
  if (layer.problems.length) void vscode.window.showWarningMessage(vscode.l10n.t('{0} lines of {1} could not be read (see the log).', layer.problems.length, baseName(source.path)));
  return layer.spans.length;
}

export async function compareLayer(store: AnalysisStore, layers: ImportedLayers, log: ExtensionLog, uriArg?: unknown, options: { quiet?: boolean } = {}): Promise<Comparison | undefined> {
  const document = await documentOf(uriArg);
  if (!document) return undefined;
  if (!layers.get(document)) await importLayer(layers, document.uri);
  const layer = layers.get(document);
  if (!layer) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Import an annotation layer (.ann or .jsonl) first.'));
    return undefined;
  }
  const analysis = (await store.query(document, { what: 'analysis' })) as Analysis | undefined;
  if (!analysis) return undefined;
  const comparison = compareSpans(layer.spans, labelledSpans(analysis));
  const pct = (x: number) => (100 * x).toFixed(1);
  log.info(`${baseName(layer.source.path)} against the analysis of ${baseName(document.uri.path)}:`);
  for (const s of [...comparison.scores, comparison.total]) log.info(`  ${s.label}: P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)} (${s.matched} matched, ${s.extra} extra, ${s.missing} missing)`);
  if (!options.quiet) void stepThrough(document, comparison);
  return comparison;
}

/** A quick pick of the differences; moving through it reveals each in the editor. */
async function stepThrough(document: vscode.TextDocument, comparison: Comparison): Promise<void> {
  const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { start: number; end: number }>();
  const t = comparison.total;
  pick.title = vscode.l10n.t('P {0} · R {1} · F1 {2} — {3} differences', (100 * t.precision).toFixed(1), (100 * t.recall).toFixed(1), (100 * t.f1).toFixed(1), comparison.differences.length);
  pick.items = comparison.differences.map((d) => ({
    label: document.getText(new vscode.Range(document.positionAt(d.start), document.positionAt(d.end))).replace(/\s+/g, ''),
    description: d.kind === 'label' ? vscode.l10n.t('imported {0}, analysis {1}', d.imported!, d.analysis!) : d.kind === 'missing' ? vscode.l10n.t('only imported: {0}', d.imported!) : vscode.l10n.t('only in the analysis: {0}', d.analysis!),
    detail: vscode.l10n.t('line {0}', document.positionAt(d.start).line + 1),
    start: d.start,
    end: d.end,
  }));
  const reveal = (item: { start: number; end: number } | undefined) => item && void vscode.commands.executeCommand('bulletin.revealMention', document.uri, item.start, item.end);
  const subscriptions = [
    pick.onDidChangeActive((items) => reveal(items[0])),
    pick.onDidAccept(() => pick.hide()),
    pick.onDidHide(() => {
      subscriptions.forEach((s) => s.dispose());
      pick.dispose();
    }),
  ];
  pick.show();
}

async function besideDocument(document: vscode.Uri): Promise<vscode.Uri | undefined> {
  const base = baseName(document.path).replace(/\.[^.]*$/, '');
  for (const name of [`${base}.ann`, `${base}.jsonl`]) {
    const candidate = vscode.Uri.joinPath(document, '..', name);
    try {
      await vscode.workspace.fs.stat(candidate);
      return candidate;
    } catch {
      // Not there: try the next.
    }
  }
  return undefined;
}

async function pickLayerFile(document: vscode.Uri): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({ defaultUri: vscode.Uri.joinPath(document, '..'), canSelectMany: false, filters: { [vscode.l10n.t('Annotation layers')]: ['ann', 'jsonl'] } });
  return picked?.[0];
}

async function documentOf(uriArg: unknown): Promise<vscode.TextDocument | undefined> {
  if (uriArg instanceof vscode.Uri) return vscode.workspace.openTextDocument(uriArg);
  return vscode.window.activeTextEditor?.document;
}

function baseName(uriPath: string): string {
  return uriPath.slice(uriPath.lastIndexOf('/') + 1);
}
