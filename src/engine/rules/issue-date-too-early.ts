// issue-date-too-early (domain.md §8; iscc-rules.md §5: a PoS is issued for a dispatch, from
// material already received): a new declaration is never dated before its delivery's dispatch,
// nor before the receipt date of any incoming SD it draws on, nor (p-misc) before the production
// that made the output it declares: that credit and the GHG values the declaration states are
// the production row's (domain.md §5), and exist from its date on; nor (p-opening) before the
// transfer that brought the credit it draws on to the delivering site (iscc-rules.md §6.2: the
// transfer is booked as an out/in between the site ledgers, so that site holds the credit from the
// transfer's date on, though the batch keeps its origin's date for FIFO). Its date of issuance is the one the
// run gives every new declaration (the issue date set in Settings, else the day of the run); where
// that lies too early the declaration of that delivery alone is held back, at the delivery's date
// cell, with the Settings cell and the latest receipt behind it as related cells. Where the Settings
// date is too early for several deliveries, that is said once, at the Settings cell, naming them
// (each date cell a related cell) with the date that suits them all; each is still held back (its
// reach), not one finding per delivery. The date is never moved for the user: an auditor strikes a
// PoS dated before what it declares.
import { madeOf, originsOf, type Stage } from "../book/accounts";
import { cellOf, exactCell, finding } from "../findings";
import type { CellRef } from "../model";
import type { Batch } from "../book/accounts";
import type { Receipt } from "../records";
import type { Finding } from "../result";
import type { Candidate } from "../issue/stage";
import type { OutgoingContext } from "./declaration";
import type { Rule } from "./rule";

/** How many deliveries the finding said once at the Settings cell names by their cell. */
const NAMED = 8;

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

/**
 * The latest stage `of` the batches behind the declaration's lines: the production that made an
 * output (madeOf: also where a transfer moved it since), or (p-opening) the transfer that brought
 * the credit to the delivering site (Batch.transfer: a transfer keeps its batch's date for the
 * order credit is taken in, but the credit is that site's only from the transfer's date on).
 */
function latest(c: Candidate, of: (b: Batch) => Stage | undefined): Stage | null {
  let last: Stage | null = null;
  for (const { line } of c.lines)
    for (const { batch } of line.portions) {
      const s = of(batch);
      if (s && (!last || s.date > last.date)) last = s;
    }
  return last;
}

/** Why a candidate's date of issuance is too early, or null where it is not. */
interface TooEarly {
  c: Candidate;
  date: string;
  from: "settings" | "run" | "dispatch";
  setting: CellRef | undefined;
  received: Receipt | null;
  /** the production behind it dated after `date` (its date and row) */
  produced: Stage | null;
  /** (p-opening) the transfer that brought the credit behind it to its site, dated after `date` */
  transferred: Stage | null;
  earliest: string;
}

function tooEarly(c: Candidate, ctx: OutgoingContext): TooEarly | null {
  const d = c.alloc.delivery;
  const date = c.issueDate;
  const r = latestReceipt(c, ctx);
  const received = r && r.date > date ? r : null;
  const m = latest(c, madeOf);
  const produced = m && m.date > date ? m : null;
  const t = latest(c, (b) => b.transfer);
  const transferred = t && t.date > date ? t : null;
  if (d.date <= date && !received && !produced && !transferred) return null;
  const from = date === ctx.profile.issueDate ? "settings" : ctx.today ? "run" : "dispatch";
  const setting = from === "settings" ? exactCell(ctx.profile.settingsSource, "issueDate") : undefined;
  const earliest = [d.date, received?.date ?? "", produced?.date ?? "", transferred?.date ?? ""].reduce(
    (a, b) => (b > a ? b : a),
  );
  return { c, date, from, setting, received, produced, transferred, earliest };
}

/** The Settings date too early for several deliveries: said once, at its cell (said once, below). */
const sharedSetting = (list: TooEarly[]): boolean =>
  list.length > 1 && list.every((x) => x.from === "settings" && !!x.setting?.cell);

export const issueDateTooEarly: Rule<"issue-date-too-early"> = {
  code: "issue-date-too-early",
  declarations(candidates: readonly Candidate[], ctx: OutgoingContext): Finding[] {
    const list: TooEarly[] = [];
    for (const c of candidates) {
      const x = tooEarly(c, ctx);
      if (x) list.push(x);
    }
    if (list.length === 0) return [];
    return sharedSetting(list) ? [once(list)] : list.map(single);
  },
};

/** The finding at the delivery's date cell, holding back its declaration alone. */
function single(x: TooEarly): Finding {
  const d = x.c.alloc.delivery;
  const { received, produced, transferred, setting } = x;
  const receipt: CellRef | undefined = received ? cellOf(received.source, "date") : undefined;
  const production: CellRef | undefined = produced ? cellOf(produced.source, "date") : undefined;
  const transfer: CellRef | undefined = transferred ? cellOf(transferred.source, "date") : undefined;
  const f = finding(
    "issue-date-too-early",
    "error",
    cellOf(d.source, "date"),
    {
      date: x.date,
      from: x.from,
      ...(setting?.cell ? { setting: `${setting.sheet}!${setting.cell}` } : {}),
      dispatched: d.date,
      ...(received
        ? {
            received: received.date,
            sd: received.sd,
            ...(receipt?.cell ? { receipt: `${receipt.sheet}!${receipt.cell}` } : {}),
          }
        : {}),
      ...(produced
        ? {
            produced: produced.date,
            ...(production?.cell ? { production: `${production.sheet}!${production.cell}` } : {}),
          }
        : {}),
      ...(transferred
        ? {
            transferred: transferred.date,
            ...(transfer?.cell ? { transfer: `${transfer.sheet}!${transfer.cell}` } : {}),
          }
        : {}),
      earliest: x.earliest,
    },
    [setting, receipt, production, transfer],
  );
  // its own delivery only: the Settings cell is related, not where it points (reach.ts)
  f.reach = { deliveries: [{ sheet: d.source.sheet, row: d.source.row }] };
  return f;
}

/**
 * The Settings date too early for several deliveries, said once at its cell: how many it holds
 * back, the date cells of the first of them, and the date that suits them all (the latest earliest).
 * Each delivery's date cell is a related cell, and each is held back (the reach names them all).
 */
function once(list: TooEarly[]): Finding {
  const first = list[0] as TooEarly;
  const setting = first.setting as CellRef;
  const dates = list.map((x) => cellOf(x.c.alloc.delivery.source, "date"));
  const named = dates.filter((r): r is CellRef => !!r?.cell).map((r) => `${r.sheet}!${r.cell}`);
  const latest = (pick: (x: TooEarly) => string | undefined): string =>
    list.reduce((m, x) => ((pick(x) ?? "") > m ? (pick(x) ?? "") : m), "");
  const f = finding(
    "issue-date-too-early",
    "error",
    setting,
    {
      date: first.date,
      from: "settings",
      setting: `${setting.sheet}!${setting.cell}`,
      dispatched: latest((x) => x.c.alloc.delivery.date),
      earliest: latest((x) => x.earliest),
      held: list.length,
      deliveries: named.slice(0, NAMED).join(", "),
      more: Math.max(0, named.length - NAMED),
    },
    dates,
  );
  const rows = new Map(list.map((x) => [x.c.alloc.delivery.source, x.c.alloc.delivery.source]));
  f.reach = { deliveries: [...rows.values()].map((s) => ({ sheet: s.sheet, row: s.row })) };
  return f;
}
