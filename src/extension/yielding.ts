// Long loops on the extension host give the event loop a turn every so many steps.

/** Returns a function to call once per step: every `steps` calls it waits for a macrotask turn (and says so). */
export function yieldEvery(steps: number): () => Promise<boolean> {
  let count = 0;
  return async () => {
    if (++count % steps !== 0) return false;
    await new Promise<void>((resolve) => setImmediate(resolve));
    return true;
  };
}
