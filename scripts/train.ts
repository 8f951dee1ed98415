// Builds the name model (model/names.bin) from the hand-marked pages in ../shared/corpus.
//
//   npm run train                 held-back scores, then the model trained on everything, written
//   npm run train -- --check      exit 1 unless the committed model is what training produces
//   npm run train -- --held-back  only the held-back run; writes its model and the held-back pages
//                                 to out/held-back/ for scoring the whole pipeline on them:
//     BULLETIN_NAME_MODEL=out/held-back/names.bin node ../shared/tools/score.mjs \
//       --gold out/held-back/xwlb-dev-wrapped.jsonl --cmd "node dist/cli.js analyze --jsonl"
//
//   npm run train -- --held-back --fold 2   another fifth held back (pages 2, 7, 12…): every fold
//                                 scored tells more than one, the held-back pages being few;
//                                 BULLETIN_HELD_BACK_DIR=DIR writes them to DIR instead, so that
//                                 folds can train side by side
//
// Held back: every fifth page of each file (pages 4, 9, 14…): trained on the rest, scored on them.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { lexiconFromJiebaText, type Lexicon } from '../src/core/lexicon';
import { readJiebaDictionary } from './model/jiebaDictionary';
import { spansOf } from '../src/core/tagger/labels';
import { readNameModel, writeNameModel, type NameModel } from '../src/core/tagger/model';
import { readPage, tagRange, type ReadPage } from '../src/core/tagger/tagger';
import { readSequences, type Sequence } from './train/corpus';
import { trainCrf, type CrfOptions } from './train/crf';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const corpus = process.env.BULLETIN_CORPUS ?? join(root, '..', 'shared', 'corpus');
const MODEL = join(root, 'model', 'names.bin');
// Chosen on the held-back pages: steps past 0.03 were unstable, penalties from 1e-6 to 3e-5 scored
// alike, 18 epochs a point above 12.
/** Features whose weights all stay under this are left out of the file: on the held-back pages 0.02 cost nothing and cut the file to an eighth. */
const MIN_WEIGHT = 0.05;
const OPTIONS: CrfOptions = { epochs: 18, seed: 20221011, l2: 1e-6, eta0: 0.01, log: (l) => console.error(`  ${l}`) };

/** The training data: modern news (persons and titles), People's Daily 1998 and CLUENER (persons). */
export function trainingSequences(lex: Lexicon): Sequence[] {
  return [
    ...readSequences(join(corpus, 'xwlb-dev-wrapped.jsonl'), 'xwlb-dev', lex),
    ...readSequences(join(corpus, 'pd98-dev-wrapped.jsonl'), 'pd98-dev', lex),
    ...readSequences(join(corpus, 'cluener-train-plain.jsonl'), 'cluener', lex, true),
  ];
}

const foldArg = process.argv.indexOf('--fold');
const FOLD = foldArg > 0 ? Number(process.argv[foldArg + 1]) : 4;
if (!(FOLD >= 0 && FOLD <= 4 && Number.isInteger(FOLD))) throw new Error('--fold is 0 to 4');
const heldBack = (s: Sequence) => s.page % 5 === FOLD;

/**
 * Modern news is what the tool reads, and the smallest part of the data: its sequences are seen
 * this many times an epoch.
 */
const MODERN_REPEATS = 3;

function emphasized(seqs: Sequence[]): Sequence[] {
  const modern = seqs.filter((s) => s.source === 'xwlb-dev');
  const out = [...seqs];
  for (let r = 1; r < MODERN_REPEATS; r++) out.push(...modern);
  return out;
}

function f1(tp: number, found: number, gold: number): string {
  const p = found ? tp / found : 0;
  const r = gold ? tp / gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `P ${(100 * p).toFixed(1)} R ${(100 * r).toFixed(1)} F1 ${(100 * f).toFixed(1)} (${tp}/${found}/${gold})`;
}

function score(seqs: Sequence[], lex: Lexicon, model: NameModel): void {
  const pages = new Map<string, ReadPage>();
  const pageOf = (text: string) => {
    let page = pages.get(text);
    if (!page) pages.set(text, (page = readPage(text, lex)));
    return page;
  };
  for (const source of [...new Set(seqs.map((s) => s.source))]) {
    const counts = { person: [0, 0, 0], title: [0, 0, 0] };
    let titles = false;
    for (const s of seqs.filter((x) => x.source === source)) {
      const gold = spansOf(s.gold);
      const page = pageOf(s.text);
      const found = spansOf(tagRange(page, s.start, s.end, lex, model));
      titles ||= s.titlesMarked;
      for (const kind of ['person', 'title'] as const) {
        const g = gold.filter((x) => x.kind === kind);
        const f = found.filter((x) => x.kind === kind);
        const c = counts[kind];
        c[0] += f.filter((x) => g.some((y) => y.start === x.start && y.end === x.end)).length;
        c[1] += f.length;
        c[2] += g.length;
      }
    }
    console.log(`  ${source.padEnd(9)} person ${f1(counts.person[0], counts.person[1], counts.person[2])}` + (titles ? `   title ${f1(counts.title[0], counts.title[1], counts.title[2])}` : ''));
  }
}

const HELD_BACK_DIR = process.env.BULLETIN_HELD_BACK_DIR ?? join(root, 'out', 'held-back');

/** The held-back model and pages, for scoring the pipeline with a model that never saw them. */
function writeHeldBack(model: Uint8Array): void {
  mkdirSync(HELD_BACK_DIR, { recursive: true });
  writeFileSync(join(HELD_BACK_DIR, 'names.bin'), model);
  for (const file of ['xwlb-dev-wrapped.jsonl', 'pd98-dev-wrapped.jsonl']) {
    const lines = readFileSync(join(corpus, file), 'utf8').split('\n').filter((l) => l.trim());
    const kept = lines.filter((_, page) => page % 5 === FOLD);
    writeFileSync(join(HELD_BACK_DIR, file), kept.join('\n') + '\n');
  }
  console.log(`Wrote the held-back model and pages to ${HELD_BACK_DIR}`);
}

function main(): void {
  const args = new Set(process.argv.slice(2));
  const lex = lexiconFromJiebaText(readJiebaDictionary());
  const all = trainingSequences(lex);
  if (!args.has('--check')) {
    console.log(`Held back (every fifth page, fold ${FOLD}), trained on the rest:`);
    const t = trainCrf(emphasized(all.filter((s) => !heldBack(s))), lex, OPTIONS);
    score(all.filter(heldBack), lex, readNameModel(writeNameModel(t.features, t.transitions, MIN_WEIGHT)));
    if (args.has('--held-back')) {
      writeHeldBack(writeNameModel(t.features, t.transitions, MIN_WEIGHT));
      return;
    }
  }
  const t = trainCrf(emphasized(all), lex, OPTIONS);
  const bytes = writeNameModel(t.features, t.transitions, MIN_WEIGHT);
  if (args.has('--check')) {
    const shipped = readFileSync(MODEL);
    const same = shipped.length === bytes.length && shipped.equals(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    console.log(same ? `${MODEL} is what training produces` : `${MODEL} differs from what training produces: run npm run train`);
    process.exitCode = same ? 0 : 1;
    return;
  }
  mkdirSync(dirname(MODEL), { recursive: true });
  writeFileSync(MODEL, bytes);
  console.log(`Wrote ${MODEL}: ${readNameModel(bytes).featureCount} features, ${(bytes.length / 1024 / 1024).toFixed(2)} MiB`);
}

main();
