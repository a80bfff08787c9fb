// issue-date-too-early (domain.md §8; iscc-rules.md §5: a PoS is issued for a dispatch, from
// material already received): a new declaration is never dated before its delivery's dispatch,
// nor before the receipt date of any incoming SD it draws on. Its date of issuance is the one the
// run gives every new declaration (the issue date set in Settings, else the day of the run); where
// that lies too early the declaration of that delivery alone is held back, at the delivery's date
// cell, with the Settings cell and the latest receipt behind it as related cells. The date is
// never moved for the user: an auditor strikes a PoS dated before what it declares.
import { originsOf } from "../book/accounts";
import { cellOf, exactCell, finding } from "../findings";
import type { CellRef } from "../model";
import type { Receipt } from "../records";
import type { Finding } from "../result";
import type { Candidate } from "../issue/stage";
import type { OutgoingContext } from "./declaration";
import type { Rule } from "./rule";

/** The latest receipt among the incoming SDs behind the declaration's lines, or null. */
function latestReceipt(c: Candidate, ctx: OutgoingContext): Receipt | null {
  let latest: Receipt | null = null;
  for (const { line } of c.lines) {
    for (const p of line.portions) {
      const from = p.batch.from;
      if (!Array.isArray(from)) {
        if (!latest || from.date > latest.date) latest = from;
        continue;
      }
      for (const o of originsOf(p.batch)) {
        const r = ctx.receiptOf(o.source);
        if (r && (!latest || r.date > latest.date)) latest = r;
      }
    }
  }
  return latest;
}

export const issueDateTooEarly: Rule<"issue-date-too-early"> = {
  code: "issue-date-too-early",
  declaration(c: Candidate, ctx: OutgoingContext): Finding[] {
    const d = c.alloc.delivery;
    const date = c.issueDate;
    const r = latestReceipt(c, ctx);
    const received = r && r.date > date ? r : null;
    if (d.date <= date && !received) return [];
    const from = date === ctx.profile.issueDate ? "settings" : ctx.today ? "run" : "dispatch";
    const setting = from === "settings" ? exactCell(ctx.profile.settingsSource, "issueDate") : undefined;
    const receipt: CellRef | undefined = received ? cellOf(received.source, "date") : undefined;
    const f = finding(
      "issue-date-too-early",
      "error",
      cellOf(d.source, "date"),
      {
        date,
        from,
        ...(setting?.cell ? { setting: `${setting.sheet}!${setting.cell}` } : {}),
        dispatched: d.date,
        ...(received
          ? {
              received: received.date,
              sd: received.sd,
              ...(receipt?.cell ? { receipt: `${receipt.sheet}!${receipt.cell}` } : {}),
            }
          : {}),
        earliest: received && received.date > d.date ? received.date : d.date,
      },
      [setting, receipt],
    );
    // its own delivery only: the Settings cell is related, not where it points (reach.ts)
    f.reach = { deliveries: [{ sheet: d.source.sheet, row: d.source.row }] };
    return [f];
  },
};
