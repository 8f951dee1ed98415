// The longest synchronous stretch each of the extension's own hot paths held the extension host's
// thread, for the perf suite (the event-loop monitor sees VS Code's own work too; this sees ours).
export const hostTimings = new Map<string, number>();

export function timed<T>(name: string, work: () => T): T {
  const started = performance.now();
  try {
    return work();
  } finally {
    const took = performance.now() - started;
    if (took > (hostTimings.get(name) ?? 0)) hostTimings.set(name, took);
  }
}
