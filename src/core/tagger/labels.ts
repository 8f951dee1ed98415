// The tags the name tagger gives each character of compact text: outside, the first or a later
// character of a person's name, the first or a later character of a title (职务) next to a name.

export const Label = { O: 0, BPer: 1, IPer: 2, BTitle: 3, ITitle: 4 } as const;
export type Label = (typeof Label)[keyof typeof Label];
export const LABEL_COUNT = 5;

/** Whether `to` may follow `from` (a continuation needs its beginning before it). */
export function allowedTransition(from: number, to: number): boolean {
  if (to === Label.IPer) return from === Label.BPer || from === Label.IPer;
  if (to === Label.ITitle) return from === Label.BTitle || from === Label.ITitle;
  return true;
}

/** Whether a sequence may start with `label`. */
export function allowedStart(label: number): boolean {
  return label !== Label.IPer && label !== Label.ITitle;
}

export interface LabelledSpan {
  kind: 'person' | 'title';
  start: number;
  end: number;
}

/** The spans a label sequence marks. */
export function spansOf(labels: ArrayLike<number>, offset = 0): LabelledSpan[] {
  const out: LabelledSpan[] = [];
  let start = -1;
  let kind: LabelledSpan['kind'] = 'person';
  const close = (end: number) => {
    if (start >= 0) out.push({ kind, start: start + offset, end: end + offset });
    start = -1;
  };
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l === Label.BPer || l === Label.BTitle) {
      close(i);
      start = i;
      kind = l === Label.BPer ? 'person' : 'title';
    } else if (l === Label.O) close(i);
  }
  close(labels.length);
  return out;
}
