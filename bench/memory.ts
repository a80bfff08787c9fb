// Samples resident memory while a benchmark runs, since process.memoryUsage() alone only gives
// the value at the moment it is called.
export async function measure<T>(work: () => Promise<T> | T): Promise<{ result: T; ms: number; peakMB: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const start = performance.now();
  try {
    const result = await work();
    const ms = performance.now() - start;
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, ms, peakMB: peak / 1024 / 1024 };
  } finally {
    clearInterval(timer);
  }
}
