// setImmediate for the browser bundles: esbuild injects it wherever their code names that global
// (esbuild.mjs), since the browser's extension host and Web Workers have none, and the code they
// share with Node yields with it. No global is set: other extensions share the host.
export function setImmediate<A extends unknown[]>(callback: (...args: A) => void, ...args: A): ReturnType<typeof setTimeout> {
  return setTimeout(callback, 0, ...args);
}
