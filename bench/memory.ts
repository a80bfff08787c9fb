// Peak resident memory comes from the process's own high-water mark (getrusage maxrss), because
// a sampling timer never fires while synchronous work (the engine) holds the thread. Run the
// heaviest benchmark last or in its own process for a clean figure: the mark never goes down.
export async function measure<T>(
  work: () => Promise<T> | T,
): Promise<{ result: T; ms: number; peakMB: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  const peakMB = process.resourceUsage().maxRSS / 1024;
  return { result, ms, peakMB };
}
