// Builds benchmark text from the hard-wrapped corpus pages (or the sample bulletin when the corpus is
// absent), repeated until it reaches the size asked for.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const SHARED = resolve(__dirname, '../../shared');

/** Hard-wrapped pages, one string each. */
export function loadPages(): string[] {
  const wrapped = resolve(SHARED, 'corpus/pd98-dev-wrapped.jsonl');
  if (existsSync(wrapped)) {
    return readFileSync(wrapped, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { text: string }).text);
  }
  const sample = resolve(SHARED, 'samples/gaoxin-bulletin.txt');
  if (existsSync(sample)) return [readFileSync(sample, 'utf8')];
  throw new Error(`no corpus or sample under ${SHARED}`);
}

/** Pages joined by blank lines until the UTF-8 size reaches `bytes`. */
export function buildText(pages: string[], bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i = (i + 1) % pages.length) {
    parts.push(pages[i]);
    size += Buffer.byteLength(pages[i], 'utf8') + 2;
  }
  return parts.join('\n\n');
}

/** The sample bulletin page (the page a user opens first). */
export function samplePage(): string {
  const sample = resolve(SHARED, 'samples/gaoxin-bulletin.txt');
  if (!existsSync(sample)) throw new Error(`no sample at ${sample}`);
  return readFileSync(sample, 'utf8');
}
