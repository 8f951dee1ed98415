// Runs of names joined by 、 (陈光明、马丽、王芳): what is said before or after a run may be said of
// every name in it (a post, 同志, 区领导, 记者, an appointment). The one test of "the next name of
// the same run", shared by the facts that read runs.
import type { Span } from '../types';

/** Whether `after` follows `before` in one run: only 、 stands between them. */
export function joinedInRun(text: string, before: Span, after: Span): boolean {
  return before.end + 1 === after.start && text[before.end] === '、';
}
