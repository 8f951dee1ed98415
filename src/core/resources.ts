// What the engine reads besides the text: the dictionary and the learned name model. They are
// passed in (AnalyzeOptions.resources), or set once as the default by whoever loads them (the
// command line and the analysis worker, through nodeResources.ts); the engine never loads files.
import type { Lexicon } from './lexicon';
import type { NameModel } from './tagger/model';

export interface EngineResources {
  lexicon: Lexicon;
  model: NameModel;
}

let defaults: EngineResources | (() => EngineResources) | undefined;

/** Sets the resources used when an analysis is given none: the resources, or a function that loads them on first use. */
export function setDefaultResources(resources: EngineResources | (() => EngineResources)): void {
  defaults = resources;
}

export function defaultResources(): EngineResources {
  if (typeof defaults === 'function') defaults = defaults();
  if (!defaults) throw new Error('no dictionary and name model: pass AnalyzeOptions.resources or call setDefaultResources');
  return defaults;
}
