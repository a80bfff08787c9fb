// The engine: one pure pipeline, read → periods → conversions → record rules → booking → fact
// rules → register → input-incomplete → declaration rules → decision (style.md). Every stage is of
// one type and takes the run's one context; runPipeline (pipeline.ts) threads their values and
// findings. runEngine never throws: a record that cannot be read becomes a finding,
// and anything unforeseen becomes an `engine-error` finding on an empty result.
//
// Declaration status is decided once, in issue/decide.ts, when every finding is known (the host's,
// given in the options, and the engine's own): "issued" for declarations read back from the
// register, "new" for those issued now, "blocked" for those an error in their reach holds back
// ("draft" when the host asked for drafts), "cancelled"/"replaced" for withdrawn ones.
import { LedgerTable } from "./book/ledger-table";
import { finding } from "./findings";
import type { Cancellation, Ledger } from "./model";
import { runPipeline } from "./pipeline";
import { resolveProfile } from "./profile";
import type { EngineResult, Finding } from "./result";

export type * from "./model";
export type * from "./result";
export { FINDING_CODES } from "./result";
export { resolveProfile, minimumSaving, type RuleProfile } from "./profile";
export { recordText } from "./issue/meta";
export { CellShapes, cellAt, cellsOf } from "./source-cells";

export interface EngineOptions {
  /** YYYY-MM-DD issuance date for new declarations (default: settings.issueDate, else the delivery date) */
  today?: string;
  /**
   * YYYY-MM-DD, the day the run is made in the calendar of the person running it: the host reads
   * its clock and passes the day as data (the engine never reads a clock). A receipt, delivery,
   * production row, stock count or transfer booked on a later day is refused at its date cell
   * (`date-after-run-day`, intake/run-day.ts). Absent: no row is compared with a run day.
   */
  runDay?: string;
  /** produce new declarations; default true */
  declare?: boolean;
  /** declarations held back by errors become drafts (no number) instead of blocked */
  draft?: boolean;
  /**
   * Findings the host made itself (reading the workbook). They hold back declarations by their
   * reach like the engine's own, and come back first in the result's findings, in their order.
   */
  findings?: Finding[];
  /** issued declarations the user withdraws in this run (the register records who, when, why) */
  cancel?: Cancellation[];
}

export function runEngine(ledger: Ledger, options: EngineOptions = {}): EngineResult {
  try {
    return run(ledger, options ?? {});
  } catch (e) {
    return {
      findings: [
        finding("engine-error", "error", undefined, { error: e instanceof Error ? e.message : String(e) }),
      ],
      balances: [],
      ledger: new LedgerTable(),
      declarations: [],
      periods: [],
    };
  }
}

function run(ledger: Ledger, options: EngineOptions): EngineResult {
  const profile = resolveProfile(ledger && typeof ledger === "object" ? ledger.settings : undefined);
  return runPipeline(ledger, profile, options);
}
