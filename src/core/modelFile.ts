// The compiled model: everything the engine reads besides the text (jieba's dictionary as a
// double-array trie with costs and tags, the name character statistics, the learned name model) in
// one binary file, dist/model.bin, written at build time (scripts/compileModel.ts). Loading is one
// read (Node) or fetch (web) and typed-array views of its bytes: no text is parsed, no per-word
// object is made.
//
// Layout, little-endian; every section starts on an 8-byte boundary:
//   header    uint32 magic "BLMD", version, section count, 0; then 32 bytes: a digest of what the
//             file was compiled from (the build compares it to decide whether to compile again)
//   table     per section: uint32 tag (4 ASCII characters), byte offset, byte length, 0
//   sections  LXNF float64 [word count, unknown-word cost]
//             LBLS uint16[65536]  trie label of each code unit
//             CELL int32[2 per cell]  trie cells: base; edge label | word class << 16
//             WCST float32[]  cost of each word class   WTAG uint8[]  its tag index
//             TAGN UTF-8 tag names joined by "\n"
//             GIV1 GIV2 GIVS FRGN  given-name and transliteration character costs by code unit:
//                  uint32 first code unit, then float32 costs from there on; Infinity elsewhere
//             SURK uint32[] surname keys (ascending)  SURC float64[] their costs
//             NAME the learned name model (tagger/model.ts format)
import type { EngineResources } from './resources';
import { TrieLexicon, type LexiconData } from './lexicon/trieLexicon';
import { readNameModel } from './tagger/model';

const MAGIC = 0x444d4c42; // "BLMD"
const VERSION = 2;
const HEADER_BYTES = 48;
const DIGEST_BYTES = 32;
const ENTRY_WORDS = 4;

export interface CompiledModel {
  lexicon: LexiconData;
  /** The name model file's bytes. */
  nameModel: Uint8Array;
}

function tagOf(name: string): number {
  return name.charCodeAt(0) | (name.charCodeAt(1) << 8) | (name.charCodeAt(2) << 16) | (name.charCodeAt(3) << 24);
}

function assertLittleEndian(): void {
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('the model file is read on little-endian machines only');
}

/** Costs by code unit as their first code unit and the costs from there to the last finite one. */
function finiteRange(costs: Float32Array): Uint32Array {
  let first = 0;
  while (first < costs.length && costs[first] === Infinity) first++;
  let end = costs.length;
  while (end > first && costs[end - 1] === Infinity) end--;
  const out = new Uint32Array(1 + end - first);
  out[0] = first;
  new Float32Array(out.buffer, 4).set(costs.subarray(first, end));
  return out;
}

/** The file's bytes; `digest` (32 bytes) says what it was compiled from. */
export function writeModelFile(model: CompiledModel, digest: Uint8Array): Uint8Array {
  assertLittleEndian();
  const lex = model.lexicon;
  const sections: Array<[string, ArrayBufferView]> = [
    ['LXNF', new Float64Array([lex.wordCount, lex.unknownCost])],
    ['LBLS', lex.trie.labels],
    ['CELL', lex.trie.cells],
    ['WCST', lex.trie.wordCosts],
    ['WTAG', lex.trie.wordTags],
    ['TAGN', new TextEncoder().encode(lex.tagNames.join('\n'))],
    ['GIV1', finiteRange(lex.names.givenFirst)],
    ['GIV2', finiteRange(lex.names.givenSecond)],
    ['GIVS', finiteRange(lex.names.givenSingle)],
    ['FRGN', finiteRange(lex.names.foreign)],
    ['SURK', lex.names.surnameKeys],
    ['SURC', lex.names.surnameCosts],
    ['NAME', model.nameModel],
  ];
  const align = (n: number) => (n + 7) & ~7;
  let size = align(HEADER_BYTES + sections.length * ENTRY_WORDS * 4);
  const offsets = sections.map(([, view]) => {
    const at = size;
    size = align(size + view.byteLength);
    return at;
  });
  const out = new Uint8Array(size);
  const words = new Uint32Array(out.buffer);
  words.set([MAGIC, VERSION, sections.length, 0]);
  if (digest.length !== DIGEST_BYTES) throw new Error(`a model digest is ${DIGEST_BYTES} bytes`);
  out.set(digest, 16);
  sections.forEach(([name, view], k) => {
    words.set([tagOf(name), offsets[k], view.byteLength, 0], HEADER_BYTES / 4 + k * ENTRY_WORDS);
    out.set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength), offsets[k]);
  });
  return out;
}

/** The digest a model file was compiled from, or undefined when the bytes are no model file of this version. */
export function modelFileDigest(bytes: Uint8Array): Uint8Array | undefined {
  if (bytes.byteLength < HEADER_BYTES) return undefined;
  const head = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
  if (head.getUint32(0, true) !== MAGIC || head.getUint32(4, true) !== VERSION) return undefined;
  return bytes.slice(16, 16 + DIGEST_BYTES);
}

/** Views of a model file's bytes as the engine's resources. Throws on a file of another format or version. */
export function readModelFile(bytes: Uint8Array): EngineResources {
  assertLittleEndian();
  // Typed-array views need aligned offsets: copy only when the bytes sit unaligned.
  const buf = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  if (buf.byteLength < HEADER_BYTES) throw new Error('model file is truncated');
  const head = new Uint32Array(buf.buffer, buf.byteOffset, HEADER_BYTES / 4);
  if (head[0] !== MAGIC) throw new Error('not a model file');
  if (head[1] !== VERSION) throw new Error(`model file version ${head[1]}, expected ${VERSION}: run npm run build`);
  const count = head[2];
  if (buf.byteLength < HEADER_BYTES + count * ENTRY_WORDS * 4) throw new Error('model file is truncated');
  const table = new Uint32Array(buf.buffer, buf.byteOffset + HEADER_BYTES, count * ENTRY_WORDS);
  const section = (name: string): { offset: number; length: number } => {
    const tag = tagOf(name);
    for (let k = 0; k < count; k++) {
      const [t, offset, length] = table.subarray(k * ENTRY_WORDS, k * ENTRY_WORDS + 3);
      if (t !== tag) continue;
      if (offset + length > buf.byteLength) throw new Error(`model file is truncated (section ${name})`);
      return { offset: buf.byteOffset + offset, length };
    }
    throw new Error(`model file has no section ${name}`);
  };
  const view = <T>(name: string, make: new (b: ArrayBufferLike, o: number, n: number) => T, size: number): T => {
    const { offset, length } = section(name);
    return new make(buf.buffer, offset, length / size);
  };
  /** A finiteRange section as costs of every code unit. */
  const costsByCode = (name: string): Float32Array => {
    const range = view(name, Uint32Array, 4);
    const costs = new Float32Array(65536).fill(Infinity);
    costs.set(new Float32Array(range.buffer, range.byteOffset + 4, range.length - 1), range[0]);
    return costs;
  };
  const info = view('LXNF', Float64Array, 8);
  const tagBytes = section('TAGN');
  const lexicon: LexiconData = {
    wordCount: info[0],
    unknownCost: info[1],
    trie: {
      labels: view('LBLS', Uint16Array, 2),
      cells: view('CELL', Int32Array, 4),
      wordCosts: view('WCST', Float32Array, 4),
      wordTags: view('WTAG', Uint8Array, 1),
    },
    tagNames: new TextDecoder().decode(new Uint8Array(buf.buffer, tagBytes.offset, tagBytes.length)).split('\n'),
    names: {
      givenFirst: costsByCode('GIV1'),
      givenSecond: costsByCode('GIV2'),
      givenSingle: costsByCode('GIVS'),
      foreign: costsByCode('FRGN'),
      surnameKeys: view('SURK', Uint32Array, 4),
      surnameCosts: view('SURC', Float64Array, 8),
    },
  };
  return { lexicon: new TrieLexicon(lexicon), model: readNameModel(view('NAME', Uint8Array, 1)) };
}
