// declaration-period-closed (brk22 §12; domain.md §8: a PoS is issued for a dispatch, when it
// leaves): a delivery without an SD number dispatched before the period before the one the Settings
// issue date falls in and before the issue date's year (dispatched 01.12.2024, issue date
// 02.04.2025, quarterly periods: Q4 2024 lies before Q1 2025 and in 2024) is no delivery still
// waiting for its declaration. Last year's sheets kept
// beside this year's ("Deliveries 2024"), or a book brought to the add-in with its history, list
// sales whose SDs were sent at dispatch, by hand or by another tool; a number issued now would give
// the load a second declaration, dated months after dispatch in a period already closed. So none
// is issued: the delivery is held back at its SD number cell (else its date cell), saying to type
// the number it was sent with (read as issued outside, its credit counted as declared), or, where
// it truly never had one, to write "to issue" in an SD status column of its row. Its credit is
// booked as before; only issuing changes. The period before the issue date's stays open (Q1
// deliveries are declared on 02.04, Q4 ones on 05.01), and so does the issue date's year (Q1
// deliveries declared on 02.07). Only where Settings states the issue date (the user names the
// day they declare on); the run's own day is not judged.
import { addDays } from "../dates";
import { cellOf, exactCell, finding } from "../findings";
import type { CellRef } from "../model";
import { periodContaining } from "../periods";
import { dec, toText } from "../quantity";
import type { Finding } from "../result";
import { cellAt } from "../source-cells";
import type { Candidate } from "../issue/stage";
import { layoutCell, type OutgoingContext } from "./declaration";
import type { Rule } from "./rule";

/**
 * The first dispatch day a new declaration dated `issued` may be issued for: the start of the
 * period before the one `issued` lies in, or of the year of `issued` where that is earlier (a
 * quarter's sales declared in the next quarter's first days; a year's, up to its end). The periods
 * are the book's (periods.ts periodContaining): the grid from the book's first period start
 * `first`, `months` months each, carried on past its last period.
 */
export function openSince(issued: string, first: string, months: number): string {
  const before = periodContaining(
    addDays(periodContaining(issued, first, months).start, -1),
    first,
    months,
  ).start;
  const year = `${issued.slice(0, 4)}-01-01`;
  return before < year ? before : year;
}

function closed(c: Candidate, ctx: OutgoingContext): Finding | null {
  const d = c.alloc.delivery;
  const issued = ctx.profile.issueDate;
  // a new declaration for a row without a number, dated by Settings; a top-up or a replacement
  // (the row has its number) and a row whose SD status says "to issue" are issued as before
  if (!issued || c.issueDate !== issued || c.anchor !== "" || c.replaces.length > 0) return null;
  if (cellAt(d.source, "sdToIssue")) return null;
  // the book's periods; none where nothing is dated (then there is no delivery to judge)
  const first = ctx.periods[0]?.start;
  if (first === undefined) return null;
  const months = ctx.profile.periodMonths;
  const since = openSince(issued, first, months);
  if (d.date >= since) return null;
  const period = periodContaining(d.date, first, months);
  const sdCell = layoutCell(d.source, "sdNumber", ctx.layout);
  const at: CellRef | undefined = sdCell ?? cellOf(d.source, "date");
  const setting = exactCell(ctx.profile.settingsSource, "issueDate");
  const quantity = c.lines.reduce((sum, b) => sum.plus(b.line.quantity), dec(0));
  const f = finding(
    "declaration-period-closed",
    "error",
    at,
    {
      date: d.date,
      periodStart: period.start,
      periodEnd: period.end,
      issued,
      since,
      ...(setting?.cell ? { setting: `${setting.sheet}!${setting.cell}` } : {}),
      quantity: c.lines.length > 0 ? toText(quantity) : String(d.fields.quantity ?? ""),
      unit: c.lines[0]?.line.account.unit ?? d.unit,
      product: d.product,
      customer: d.customer,
      sdColumn: !!sdCell,
    },
    [setting, cellOf(d.source, "date")],
  );
  f.reach = { deliveries: [{ sheet: d.source.sheet, row: d.source.row }] };
  return f;
}

export const declarationPeriodClosed: Rule<"declaration-period-closed"> = {
  code: "declaration-period-closed",
  declaration(candidate: Candidate, ctx: OutgoingContext): Finding[] {
    const f = closed(candidate, ctx);
    return f ? [f] : [];
  },
};
