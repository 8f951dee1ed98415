// JSON lines, one document a line, in the shape both doccano and Label Studio import:
//   doccano (sequence labelling): {"text": …, "label": [[start, end, "label"], …]}
//   Label Studio (pre-annotations): {"data": {"text": …}, "predictions": [{"result": [{"from_name": "label",
//     "to_name": "text", "type": "labels", "value": {"start", "end", "text", "labels": […]}}]}]}
// Each tool reads its own keys of the same line. Offsets are characters (code points), as both count.
import { CodePoints } from './offsets';
import type { LabelledSpan } from './labels';

export function toJsonlLine(id: string, text: string, spans: readonly LabelledSpan[]): string {
  const points = new CodePoints(text);
  const label = spans.map((s) => [points.point(s.start), points.point(s.end), s.label]);
  const result = spans.map((s, i) => ({
    id: `b${i + 1}`,
    from_name: 'label',
    to_name: 'text',
    type: 'labels',
    value: { start: points.point(s.start), end: points.point(s.end), text: text.slice(s.start, s.end), labels: [s.label] },
  }));
  return JSON.stringify({ id, text, label, data: { text }, predictions: [{ model_version: 'bulletin-annotator', result }] });
}

/**
 * The spans of the JSONL line whose text is this text (doccano's "label" or "labels", or Label
 * Studio's annotations or predictions), offsets mapped to UTF-16 units.
 */
export function readJsonl(jsonl: string, text: string): { spans: LabelledSpan[]; problems: string[] } {
  const points = new CodePoints(text);
  const problems: string[] = [];
  const lines = jsonl.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(line);
    } catch (err) {
      problems.push(`line ${i + 1}: invalid JSON (${(err as Error).message})`);
      continue;
    }
    const own = typeof record.text === 'string' ? record.text : (record.data as { text?: unknown } | undefined)?.text;
    if (own !== text && lines.filter((l) => l.trim()).length > 1) continue;
    const spans: LabelledSpan[] = [];
    const add = (start: unknown, end: unknown, label: unknown) => {
      const s = points.unit(Number(start));
      const e = points.unit(Number(end));
      if (s < 0 || e <= s || typeof label !== 'string') problems.push(`line ${i + 1}: span ${String(start)}-${String(end)} ${String(label)} does not fit the text`);
      else spans.push({ start: s, end: e, label });
    };
    const doccano = (record.label ?? record.labels) as unknown;
    if (Array.isArray(doccano)) for (const l of doccano) if (Array.isArray(l)) add(l[0], l[1], l[2]);
    if (!Array.isArray(doccano)) {
      const sets = (record.annotations ?? record.predictions) as Array<{ result?: Array<{ value?: { start?: unknown; end?: unknown; labels?: unknown[] } }> }> | undefined;
      for (const r of sets?.[0]?.result ?? []) add(r.value?.start, r.value?.end, r.value?.labels?.[0]);
    }
    return { spans, problems };
  }
  problems.push('no line holds this text');
  return { spans: [], problems };
}
