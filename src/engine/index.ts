// The engine: one pure pipeline, intake → periods → conversions → rules → booking → register →
// outgoing checks → decision (style.md). Each stage returns its value and its findings; this
// orchestrator only threads them. It never throws: a record that cannot be read becomes a finding,
// and anything unforeseen becomes an `engine-error` finding on an empty result.
//
// Declaration status is decided once, in issue/decide.ts, when every finding is known (the host's,
// given in the options, and the engine's own): "issued" for declarations read back from the
// register, "new" for those issued now, "blocked" for those an error in their reach holds back
// ("draft" when the host asked for drafts), "cancelled"/"replaced" for withdrawn ones.
import { bookingStage } from "./book/booking";
import { incompleteness } from "./book/incomplete";
import { conversionsStage } from "./conversions";
import { finding, sortFindings } from "./findings";
import { intake } from "./intake";
import { decide } from "./issue/decide";
import { registerStage } from "./issue/stage";
import type { Cancellation, Ledger } from "./model";
import { outgoingStage } from "./outgoing";
import { incompleteFindings } from "./incomplete-reach";
import { periodsStage } from "./periods";
import { resolveProfile } from "./profile";
import type { EngineResult, Finding } from "./result";
import { rulesStage } from "./rules";

export type * from "./model";
export type * from "./result";
export { FINDING_CODES } from "./result";
export { resolveProfile, minimumSaving, type RuleProfile } from "./profile";
export { recordText } from "./issue/meta";

export interface EngineOptions {
  /** YYYY-MM-DD issuance date for new declarations (default: settings.issueDate, else the delivery date) */
  today?: string;
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
      ledger: [],
      declarations: [],
      periods: [],
    };
  }
}

function run(ledger: Ledger, options: EngineOptions): EngineResult {
  // the host's findings keep their order; copies, so what holds back what is noted on them here
  const host: Finding[] = (Array.isArray(options.findings) ? options.findings : []).map((f) => ({ ...f }));
  const findings: Finding[] = [];
  const keep = <T>(stage: { value: T; findings: Finding[] }): T => {
    findings.push(...stage.findings);
    return stage.value;
  };
  const profile = resolveProfile(ledger && typeof ledger === "object" ? ledger.settings : undefined);
  const read = keep(intake(ledger, profile));
  const { books, periods } = keep(periodsStage(read, profile));
  const conversions = keep(conversionsStage(books, profile));
  const verdicts = keep(rulesStage(books, profile));
  const incomplete = incompleteness(ledger && typeof ledger === "object" ? ledger.incomplete : undefined);
  const { book, allocations } = keep(
    bookingStage(books, periods, conversions, verdicts, profile, incomplete),
  );
  const today =
    typeof options.today === "string" && /^\d{4}-\d{2}-\d{2}$/.test(options.today)
      ? options.today
      : undefined;
  const layout = ledger && typeof ledger === "object" && ledger.layout ? ledger.layout : {};
  const sdColumns = new Set(Object.keys(layout).filter((sheet) => layout[sheet]?.sdNumber));
  const register = keep(
    registerStage(books, allocations, profile, {
      today,
      declare: options.declare !== false,
      cancel: Array.isArray(options.cancel) ? options.cancel : [],
      sdColumns,
    }),
  );
  // a sheet read in part holds back what it would feed (domain.md §4, input-incomplete)
  findings.push(
    ...incompleteFindings(ledger && typeof ledger === "object" ? ledger.incomplete : undefined, [
      ...host,
      ...findings,
    ]),
  );
  keep(outgoingStage(register.candidates, { profile, layout, own: book.own }));
  const all = [...host, ...findings];
  const declarations = decide(register, all, ledger, books, profile, { draft: options.draft === true });
  return {
    findings: [...host, ...sortFindings(findings)],
    balances: book.balances,
    ledger: book.ledger,
    declarations,
    periods: periods.map((p) => ({ start: p.start, end: p.end })),
  };
}
