// brat standoff: "T1<TAB>label start end<TAB>text" lines, offsets in characters of the .txt file as
// stored (code points; CRLF counts two). A span over a line break is written as fragments
// ("start end;start end") around the break, since the text field of a line cannot hold one.
import { CodePoints } from './offsets';
import { EXCHANGE_LABELS, type LabelledSpan } from './labels';

export function toBrat(text: string, spans: readonly LabelledSpan[]): string {
  const points = new CodePoints(text);
  const lines: string[] = [];
  spans.forEach((s, i) => {
    const fragments = fragmentsOf(text, s.start, s.end);
    if (fragments.length === 0) return;
    const offsets = fragments.map(([a, b]) => `${points.point(a)} ${points.point(b)}`).join(';');
    const covered = fragments.map(([a, b]) => text.slice(a, b)).join(' ');
    lines.push(`T${i + 1}\t${s.label} ${offsets}\t${covered}`);
  });
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** The annotation.conf brat needs beside the .ann files for these labels. */
export function bratConf(labels: readonly string[] = EXCHANGE_LABELS): string {
  return ['[entities]', ...labels, '', '[relations]', '', '[events]', '', '[attributes]', ''].join('\n');
}

export interface ReadSpans {
  spans: LabelledSpan[];
  /** Lines that could not be read, with why (1-based line numbers). */
  problems: string[];
}

/** The T-lines of a .ann file as spans over the text (first fragment's start to last fragment's end). */
export function readBrat(ann: string, text: string): ReadSpans {
  const points = new CodePoints(text);
  const spans: LabelledSpan[] = [];
  const problems: string[] = [];
  ann.split(/\r?\n/).forEach((line, i) => {
    if (!line.startsWith('T')) return;
    const m = /^T\S*\t(\S+) (\d+ \d+(?:;\d+ \d+)*)(?:\t.*)?$/.exec(line);
    if (!m) {
      problems.push(`line ${i + 1}: not a text-bound annotation`);
      return;
    }
    const numbers = m[2].split(/[ ;]/).map(Number);
    const start = points.unit(Math.min(...numbers));
    const end = points.unit(Math.max(...numbers));
    if (start < 0 || end < 0 || end <= start) {
      problems.push(`line ${i + 1}: offsets ${m[2]} outside the text (${points.length} characters)`);
      return;
    }
    spans.push({ start, end, label: m[1] });
  });
  return { spans, problems };
}

/** [start, end) pieces of the span between line breaks, without the breaks. */
function fragmentsOf(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n' || text[i] === '\r') {
      if (i > from) out.push([from, i]);
      from = i + 1;
    }
  }
  return out;
}
