// bulletin export FILE… --format brat|conll|jsonl|csv|json [--out DIR]
// brat writes NAME.ann beside the text (brat reads NAME.txt and NAME.ann together; the text is written
// as NAME.txt, without a BOM, when the document is not there under that name) and annotation.conf. The
// other formats go to stdout, or to DIR/NAME.conll|.jsonl|.annotations.csv|.annotations.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Analysis } from '../core/types';
import { bratConf, labelledSpans, toBrat, toConll, toJsonlLine } from '../core/exchange';
import { LineIndex } from '../core/lineIndex';
import { formatAnnotations, locatorOf } from '../core/exchange/tables';

import type { CliExportFormat } from './commands';

export { EXPORT_FORMATS, type CliExportFormat } from './commands';

export function exportDocument(format: CliExportFormat, file: string, text: string, analysis: Analysis, out: string | undefined): void {
  const name = basename(file, extname(file));
  const dir = out ?? dirname(file);
  if (out) mkdirSync(out, { recursive: true });
  const spans = labelledSpans(analysis);
  if (format === 'brat') {
    // brat counts in the .txt as stored: it must be the text the offsets count in (no BOM).
    const txt = join(dir, `${name}.txt`);
    if (resolve(txt) !== resolve(file)) writeFileSync(txt, text);
    else if (readFileSync(file, 'utf8').startsWith('\uFEFF')) {
      // The document itself is never rewritten: say that brat will count its BOM.
      process.stderr.write(`bulletin: ${file} starts with a byte order mark, which brat counts as a character: export with --out DIR for a .txt without it\n`);
    }
    writeFileSync(join(dir, `${name}.ann`), toBrat(text, spans));
    const conf = join(dir, 'annotation.conf');
    if (!existsSync(conf)) writeFileSync(conf, bratConf());
    process.stdout.write(`${join(dir, `${name}.ann`)}\n`);
    return;
  }
  const body = format === 'conll' ? toConll(text, spans) : format === 'jsonl' ? toJsonlLine(file, text, spans) + '\n' : formatAnnotations(format, basename(file), analysis, locatorOf(new LineIndex(text)));
  if (!out) {
    process.stdout.write(body);
    return;
  }
  const target = join(dir, format === 'conll' || format === 'jsonl' ? `${name}.${format}` : `${name}.annotations.${format}`);
  writeFileSync(target, body);
  process.stdout.write(`${target}\n`);
}
