// The engine: one pure pipeline, intake → periods → conversions → rules → booking → declarations
// (style.md). Each stage returns its value and its findings; this orchestrator only threads them.
// It never throws: a record that cannot be read becomes a finding, and anything unforeseen becomes
// an `engine-error` finding on an empty result.
//
// Declaration status: "issued" for numbers already in the workbook (register or delivery row),
// "new" when the run found no error at all, else "draft". The engine always computes the
// declarations it could issue; the host decides what to write. `draft` is accepted for hosts that
// pass it along and does not change the result.
import { bookingStage } from "./book/booking";
import { incompleteness } from "./book/incomplete";
import { conversionsStage } from "./conversions";
import { declarationsStage } from "./declarations";
import { finding, sortFindings } from "./findings";
import { intake } from "./intake";
import type { Ledger } from "./model";
import { periodsStage } from "./periods";
import { resolveProfile } from "./profile";
import type { EngineResult, Finding } from "./result";
import { rulesStage } from "./rules";

export type * from "./model";
export type * from "./result";
export { FINDING_CODES } from "./result";
export { resolveProfile, minimumSaving, type RuleProfile } from "./profile";

export interface EngineOptions {
  /** YYYY-MM-DD issuance date for new declarations (default: settings.issueDate, else the delivery date) */
  today?: string;
  /** produce new declarations; default true */
  declare?: boolean;
  /** accepted for hosts; status already says "draft" whenever errors exist */
  draft?: boolean;
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
  const declarations = keep(
    declarationsStage(books, allocations, profile, { today, declare: options.declare !== false }),
  );
  const blocked = findings.some((f) => f.severity === "error");
  for (const d of declarations) {
    // nothing is declared from a balance whose input could not all be read (domain.md §4)
    if (d.status === "new" && (blocked || incomplete.affects(d.site, d.product))) d.status = "draft";
  }
  return {
    findings: sortFindings(findings),
    balances: book.balances,
    ledger: book.ledger,
    declarations,
    periods: periods.map((p) => ({ start: p.start, end: p.end })),
  };
}
