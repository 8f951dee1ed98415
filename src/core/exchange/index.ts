// Exchange with annotation tools: brat standoff, CoNLL, doccano / Label Studio JSON lines, and the
// comparison of an imported layer with the analysis. Offsets in files are characters (code points).
export { CodePoints } from './offsets';
export { entityLabels, labelledSpans, EXCHANGE_LABELS, type LabelledSpan, type ExchangeLabel } from './labels';
export { toBrat, bratConf, readBrat, type ReadSpans } from './brat';
export { toConll, readConll } from './conll';
export { toJsonlLine, readJsonl } from './jsonl';
export { compareSpans, type Comparison, type Difference, type Score } from './compare';
