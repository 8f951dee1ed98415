// A suite's copy of the sample, opened and analysed before its tests, closed and removed after them:
// for suites that write beside the document (exports, layers) and must not touch the shared sample.
import { suiteSetup, suiteTeardown } from 'mocha';
import type * as vscode from 'vscode';
import type { BulletinApi } from '../../../../src/extension/api';
import { activate, closeAllEditors, openAnalysed, sampleCopy } from './bulletin';

export interface AnalysedSample {
  api: BulletinApi;
  copy: ReturnType<typeof sampleCopy>;
  editor: vscode.TextEditor;
}

/** Call inside suite(); the fields are set once the suite's set-up has run. */
export function analysedSampleCopy(): AnalysedSample {
  const sample = {} as AnalysedSample;
  suiteSetup(async () => {
    sample.api = await activate();
    sample.copy = sampleCopy();
    sample.editor = await openAnalysed(sample.api, sample.copy.file);
  });
  suiteTeardown(async () => {
    await closeAllEditors();
    sample.copy?.remove();
  });
  return sample;
}
