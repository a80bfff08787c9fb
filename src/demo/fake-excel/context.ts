// The request context: a queue of calls that `sync()` sends as one request, with the request
// accounting and failure modes of Excel on the web (5 MB payload limit, cell edit mode).
import { FakeOfficeError, apiNotFound } from "./errors";
import { ACTION_OVERHEAD, jsonBytes } from "./object";
import type { FakeWorkbookState } from "./state";
import { FakeApplication, FakeWorkbook } from "./workbook";

/** Excel on the web rejects a request or a response above 5 MB. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface QueuedCall {
  /** what the call sends (property value or method arguments), for the request size */
  args: unknown;
  /** true when the call changes the workbook */
  writes: boolean;
  /** true when the call changes only what the user sees (selection, active sheet) */
  view?: boolean;
  /** applies the call; returns the response bytes it produced, if any */
  run: () => number | void;
}

export interface SyncRecord {
  calls: number;
  /** whether the request paused recalculation / screen updating (by the time it ended) */
  calculationSuspended: boolean;
  screenUpdatingSuspended: boolean;
  sentBytes: number;
  receivedBytes: number;
  writes: number;
  /** the error code when Excel turned the request away before running it */
  refused?: string;
}

const NOTHING_DONE = {
  calculationSuspended: false,
  screenUpdatingSuspended: false,
  receivedBytes: 0,
  writes: 0,
};

export interface FakeStats {
  /** context.sync() calls, including the implicit one at the end of run */
  syncs: number;
  /** syncs that carried at least one call (round trips to Excel) */
  requests: number;
  /** largest request + response of one round trip, in bytes */
  maxRequestBytes: number;
  totalBytes: number;
  /** write calls that ran while calculation was not suspended */
  writesWithoutSuspendedCalculation: number;
  /** write calls that ran while screen updating was not suspended */
  writesWithoutSuspendedScreenUpdating: number;
  /** every round trip, in order */
  history: SyncRecord[];
}

export function emptyStats(): FakeStats {
  return {
    syncs: 0,
    requests: 0,
    maxRequestBytes: 0,
    totalBytes: 0,
    writesWithoutSuspendedCalculation: 0,
    writesWithoutSuspendedScreenUpdating: 0,
    history: [],
  };
}

/** Everything shared by the contexts of one fake Excel: the workbook, the host version, stats. */
export interface FakeHost {
  state: FakeWorkbookState;
  /** highest ExcelApi requirement set this host supports, e.g. "1.17" */
  apiVersion: string;
  stats: FakeStats;
  editMode: boolean;
  /** failures to inject: each fails the request after `skip` more requests have passed */
  failures: { skip: number; error: FakeOfficeError }[];
  notify: () => void;
}

export function supportsApi(host: FakeHost, version: string): boolean {
  const [maj, min] = version.split(".").map(Number);
  const [hmaj, hmin] = host.apiVersion.split(".").map(Number);
  return (hmaj ?? 0) > (maj ?? 0) || ((hmaj ?? 0) === (maj ?? 0) && (hmin ?? 0) >= (min ?? 0));
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  readonly trackedObjects = { add: (): void => {}, remove: (): void => {} };
  private queue: QueuedCall[] = [];
  /** set by Application.suspendApiCalculationUntilNextSync during a sync */
  calculationSuspended = false;
  /** set by Application.suspendScreenUpdatingUntilNextSync during a sync */
  screenUpdatingSuspended = false;

  constructor(readonly host: FakeHost) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
  }

  get state(): FakeWorkbookState {
    return this.host.state;
  }

  /** set when its Excel.run is over: its proxies can be read but no longer used for requests */
  closed = false;

  enqueue(call: QueuedCall): void {
    if (this.closed) {
      throw new FakeOfficeError(
        "InvalidObjectPath",
        `The object path isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
      );
    }
    this.queue.push(call);
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Why Excel would turn the whole request away before running any of it, if it would. */
  private refusal(sentBytes: number): FakeOfficeError | null {
    if (this.host.editMode) {
      return new FakeOfficeError(
        "InvalidOperationInCellEditMode",
        "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
      );
    }
    const failures = this.host.failures;
    const due = failures.find((f) => f.skip === 0);
    for (const f of failures) if (f !== due) f.skip = Math.max(0, f.skip - 1);
    if (due) {
      failures.splice(failures.indexOf(due), 1);
      return due.error;
    }
    if (sentBytes > PAYLOAD_LIMIT) {
      return new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit.",
      );
    }
    return null;
  }

  /** Throws ApiNotFound at sync when the host lacks the requirement set, as Excel does. */
  requireApi(version: string, api: string): void {
    if (!supportsApi(this.host, version)) throw apiNotFound(api, version);
  }

  async sync(): Promise<void> {
    const calls = this.queue;
    this.queue = [];
    const { stats } = this.host;
    stats.syncs++;
    if (calls.length === 0) return Promise.resolve();
    // A round trip to Excel takes real time: the page paints and handles clicks (Cancel) meanwhile.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    // A refused request still made the round trip.
    stats.requests++;
    const sentBytes = calls.reduce((sum, c) => sum + ACTION_OVERHEAD + jsonBytes(c.args), 0);
    const refused = this.refusal(sentBytes);
    if (refused) {
      stats.history.push({ ...NOTHING_DONE, calls: calls.length, sentBytes, refused: refused.code });
      throw refused;
    }
    let receivedBytes = 0;
    let writes = 0;
    const viewChanged = calls.some((c) => c.view === true);
    try {
      for (const call of calls) {
        if (call.writes) {
          writes++;
          if (!this.calculationSuspended) stats.writesWithoutSuspendedCalculation++;
          if (!this.screenUpdatingSuspended) stats.writesWithoutSuspendedScreenUpdating++;
        }
        receivedBytes += call.run() ?? 0;
      }
    } finally {
      stats.history.push({
        calls: calls.length,
        calculationSuspended: this.calculationSuspended,
        screenUpdatingSuspended: this.screenUpdatingSuspended,
        sentBytes,
        receivedBytes,
        writes,
      });
      this.calculationSuspended = false;
      this.screenUpdatingSuspended = false;
      stats.maxRequestBytes = Math.max(stats.maxRequestBytes, sentBytes + receivedBytes);
      stats.totalBytes += sentBytes + receivedBytes;
      if (writes > 0 || viewChanged) this.host.notify();
    }
    if (receivedBytes > PAYLOAD_LIMIT) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit.",
      );
    }
  }
}
