// The corrections file: JSON beside the document, named after it ("bulletin.txt" keeps its
// corrections in "bulletin.txt.corrections.json"), so it travels with the document and the command
// line finds it without a workspace. Reading is strict: a file that does not parse as corrections is
// reported and never rewritten (the user's work in it would be lost).
import { isCorrectionAction, isPairAction, type Anchor, type Correction } from './types';

export const CORRECTIONS_SUFFIX = '.corrections.json';
const FORMAT = 'bulletin-corrections';

/** The corrections file's name for a document's file name. */
export function correctionsFileName(documentName: string): string {
  return documentName + CORRECTIONS_SUFFIX;
}

export type ParsedCorrections = { ok: true; corrections: Correction[] } | { ok: false; error: string };

export function parseCorrections(json: string): ParsedCorrections {
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ok: false, error: `not JSON (${(err as Error).message})` };
  }
  if (!isObject(data) || data.format !== FORMAT || !Array.isArray(data.corrections)) {
    return { ok: false, error: `not a corrections file (expected {"format": "${FORMAT}", "corrections": [...]})` };
  }
  if (data.version !== 1) return { ok: false, error: `corrections file version ${String(data.version)} is not known (expected 1)` };
  const corrections: Correction[] = [];
  for (const [i, c] of data.corrections.entries()) {
    const anchor = isObject(c) ? anchorOf(c) : undefined;
    if (!isObject(c) || !anchor) return { ok: false, error: `correction ${i + 1} has no valid text, before, after and start` };
    if (isPairAction(String(c.action))) {
      const other = isObject(c.other) ? anchorOf(c.other) : undefined;
      if (!other) return { ok: false, error: `correction ${i + 1} (${String(c.action)}) has no valid "other"` };
      corrections.push({ action: c.action as 'same' | 'distinct', anchor, other });
    } else if (isCorrectionAction(c.action)) corrections.push({ action: c.action, anchor });
    else return { ok: false, error: `correction ${i + 1} has an unknown action "${String(c.action)}"` };
  }
  return { ok: true, corrections };
}

/** The file's text: one correction a line group, readable and diffable. */
export function serializeCorrections(documentName: string, corrections: readonly Correction[]): string {
  const list = corrections.map((c) => ({
    action: c.action,
    ...anchorJson(c.anchor),
    ...('other' in c ? { other: anchorJson(c.other) } : {}),
  }));
  return JSON.stringify({ format: FORMAT, version: 1, document: documentName, corrections: list }, null, 2) + '\n';
}

function anchorJson(a: Anchor) {
  return { text: a.text, before: a.before, after: a.after, start: a.hint };
}

function anchorOf(c: Record<string, unknown>): Anchor | undefined {
  const { text, before, after, start } = c;
  if (typeof text !== 'string' || !text || typeof before !== 'string' || typeof after !== 'string') return undefined;
  if (typeof start !== 'number' || !Number.isInteger(start) || start < 0) return undefined;
  return { text, before, after, hint: start };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
