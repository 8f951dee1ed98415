// Which build of the engine made an analysis. The bundler sets it to a hash of the engine's code and
// model (esbuild.mjs); run from source (the unit tests) it reads "source". What was stored by another
// build, such as the folder index's digests, is stale and made again.
declare const __ENGINE_BUILD__: string | undefined;

export const ENGINE_BUILD: string = typeof __ENGINE_BUILD__ === 'string' ? __ENGINE_BUILD__ : 'source';
