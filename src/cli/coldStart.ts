// A command line run that analyses one page spends about a third of its CPU time in TurboFan,
// V8's optimising compiler, compiling functions the run is nearly done with by the time the code is
// ready (and touching some 14 MB of fresh memory for it). So the first page is analysed with the
// optimiser off, by interpreted and baseline code; from the second page on, the optimiser is on again
// as usual. The results are the same either way: only the speed of the code differs.
import { setFlagsFromString } from 'node:v8';

/** Whether the optimiser was switched on the command line or in NODE_OPTIONS, which then decide alone. */
function optimiserFlagGiven(): boolean {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  return given.some((a) => /^--(no-)?(opt|turbofan)(=|$)/.test(a));
}

/** Calls `work` with V8's optimiser off (unless a flag says otherwise), then turns it on again. */
export function withoutOptimiser<T>(work: () => T): T {
  let off = false;
  if (!optimiserFlagGiven()) {
    try {
      setFlagsFromString('--no-opt');
      off = true;
    } catch {
      // A V8 that freezes its flags: run as usual.
    }
  }
  try {
    return work();
  } finally {
    if (off) setFlagsFromString('--opt');
  }
}
