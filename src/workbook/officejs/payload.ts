// Excel on the web rejects a request or response above 5 MB. Every read and write here is
// planned against a smaller budget, measured the way the payload travels: UTF-8 JSON.

/** The most a single round trip may carry (design.md: at most 4 MB of values per request). */
export const MAX_REQUEST_BYTES = 4_000_000;

/** What plans aim at, leaving room for estimates that run short and per-call overhead. */
export const TARGET_REQUEST_BYTES = 3_000_000;

/** Rough cost of one queued call (object path, method, ids) in the request. */
export const CALL_BYTES = 100;

export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  if (text === undefined) return 0;
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    // A surrogate pair is 2 code units and 4 bytes; other characters are 2 or 3 bytes.
    bytes += code >= 0xd800 && code <= 0xdfff ? 1 : code < 0x800 ? 1 : 2;
  }
  return bytes;
}

/**
 * Queues calls into the open request until the next one would overflow the budget, then syncs.
 * The only sync inside a loop of this adapter, and it runs once per budget's worth of payload.
 */
export class RequestBatch {
  private bytes = 0;
  private calls = 0;

  constructor(
    private readonly context: { sync(): Promise<void> },
    private readonly onOpen: () => void = () => {},
    private readonly signal?: AbortSignal,
    private readonly budget = TARGET_REQUEST_BYTES,
  ) {}

  /** Make room for `bytes`, then queue the calls. */
  async add(bytes: number, queue: () => void): Promise<void> {
    if (this.calls > 0 && this.bytes + bytes + CALL_BYTES > this.budget) await this.flush();
    if (this.calls === 0) this.onOpen();
    this.bytes += bytes + CALL_BYTES;
    this.calls++;
    queue();
  }

  async flush(): Promise<void> {
    if (this.calls === 0) return;
    this.signal?.throwIfAborted();
    await this.context.sync();
    this.bytes = 0;
    this.calls = 0;
  }
}
