// The --json shape of the massbal contract (design.md). Quantities stay decimal strings.
import { overdraftOf, type ProductPosition } from "../app/positions";
import type { CheckOutcome } from "../app/types";
import { ghgUnitName, soleGhg } from "../app/sheets/declarations";
import { cellPlace } from "../engine/catalogue/location";
import { findingPlace } from "../engine/catalogue/render";
import type { Balance, Declaration } from "../engine/result";

/** The first running balance below zero in a period: its date and that balance (MB Ledger's line). */
export interface JsonOverdraft {
  date: string;
  amount: string;
}

export interface JsonReport {
  sheets: {
    name: string;
    kind: string;
    headerRow: number | null;
    rows: number;
    columns: Record<string, string>;
    /** field -> "exact" | "remembered" | "uncertain" (uncertain: applied, please confirm) */
    confidence: Record<string, string>;
    /** a sheet of receipts and deliveries side by side, listed once per block: the block's columns ("A:G") */
    block?: string;
  }[];
  findings: {
    code: string;
    severity: string;
    message: string;
    sheet: string | null;
    cell: string | null;
    /**
     * added: where the finding is, as the summary prints it, never null ("Receipts!C5", "Sheet
     * Receipts", "UCO at site Hamburg" for a product's stock, "Settings"): `sheet` and `cell` are
     * null for a finding that is at no cell, and print as "null!null" where joined
     */
    place: string;
    /** added (issue 12): the delivery cells whose declarations this error holds back */
    holdsBack?: string[];
  }[];
  balances: (Pick<
    Balance,
    | "site"
    | "scheme"
    | "product"
    | "characteristics"
    | "periodStart"
    | "periodEnd"
    | "unit"
    | "opening"
    | "received"
    | "produced"
    | "consumed"
    | "delivered"
    | "transferredIn"
    | "transferredOut"
    | "closing"
    | "physicalStock"
    | "lapsed"
    | "carriedForward"
    | "complete"
  > & {
    /** added to the contract (issue 14): as MB Summary and MB Ledger show it */
    firstOverdraft: JsonOverdraft | null;
  })[];
  /**
   * Added to the contract (issue 14): one entry per site, product and period, as MB Summary's
   * product table: physical stock, and credit sold ahead while no account could carry it.
   */
  products: (Omit<ProductPosition, "soldAhead"> & { soldAhead: JsonOverdraft | null })[];
  declarations: {
    /** "" while not issued (blocked, draft): a number is taken only when a declaration is issued */
    number: string;
    /**
     * "issued" (read back from the register, as issued), "new" (issued by this run), "blocked"
     * (held back by errors), "draft" (held back, printed as a draft on request); added by issue 12:
     * "cancelled" and "replaced" (withdrawn, see correction)
     */
    status: Declaration["status"];
    date: string;
    customer: string;
    product: string;
    quantity: string;
    unit: string;
    inputs: { sd: string; quantity: string }[];
    ghgTotal: string | null;
    saving: string | null;
    energyContent: string | null;
    /** added (issue 12): each GHG value with the quantity it covers (per batch, or the pool's worst) */
    ghg: { total: string; saving: string | null; quantity: string }[];
    /**
     * added (p-issue), blocked only: a sustainable delivery whose credit falls short, listed so
     * that no delivery needing an SD is left out; the part of `quantity` no credit backs (its
     * inputs add up to the rest)
     */
    unbacked?: string;
    /** added (issue 12), blocked and draft only: the errors that hold it back */
    heldBy?: { code: string; sheet: string | null; cell: string | null }[];
    /** added (issue 12), cancelled and replaced only: who withdrew it, when (on), why, and what replaced it */
    correction?: { on: string; by: string; reason: string; replacedBy: string };
    /** added (brk22 §5): the withdrawn declarations this one was issued in place of, "; "-separated */
    replaces?: string;
  }[];
}

export function jsonReport(outcome: CheckOutcome): JsonReport {
  return {
    sheets: outcome.sheets.map((s) => ({
      name: s.name,
      kind: s.kind,
      headerRow: s.headerRow,
      rows: s.rows,
      columns: s.columns,
      confidence: s.confidence,
      ...(s.block ? { block: s.block } : {}),
    })),
    findings: outcome.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      message: f.message,
      sheet: f.sheet ?? null,
      cell: f.cell ?? null,
      place: findingPlace(f),
      ...(f.holdsBack?.length ? { holdsBack: f.holdsBack.map((c) => cellPlace(c.sheet, c.cell)) } : {}),
    })),
    balances: outcome.balances.map((b) => ({
      site: b.site,
      scheme: b.scheme,
      product: b.product,
      characteristics: b.characteristics,
      periodStart: b.periodStart,
      periodEnd: b.periodEnd,
      unit: b.unit,
      opening: b.opening,
      received: b.received,
      produced: b.produced,
      consumed: b.consumed,
      delivered: b.delivered,
      transferredIn: b.transferredIn,
      transferredOut: b.transferredOut,
      closing: b.closing,
      physicalStock: b.physicalStock,
      lapsed: b.lapsed,
      carriedForward: b.carriedForward,
      complete: b.complete,
      firstOverdraft: brief(overdraftOf(outcome.overdrafts, b)),
    })),
    products: outcome.products.map((p) => ({
      site: p.site,
      product: p.product,
      periodStart: p.periodStart,
      periodEnd: p.periodEnd,
      unit: p.unit,
      physicalStock: p.physicalStock,
      bookPhysicalStock: p.bookPhysicalStock,
      soldAhead: brief(p.soldAhead),
    })),
    declarations: outcome.declarations.map((d) => ({
      number: d.number,
      status: d.status,
      date: d.issueDate,
      customer: d.recipient.name,
      product: d.product,
      quantity: d.quantity,
      unit: d.unit,
      inputs: d.inputs.map((i) => ({ sd: i.sd, quantity: i.quantity })),
      // (brk22 §13) a declaration over several batches has no one total: null, its values in `ghg`
      ghgTotal: soleGhg(d)?.total ?? null,
      saving: soleGhg(d)?.saving ?? null,
      // (brk22 §4) the energy content the SD states, MJ; null where the books state none
      energyContent: d.energyContent,
      // p-drymass: each value with its unit (a blank one reads per MJ), never a bare number
      ghg: d.ghg.map((g) => ({
        total: g.total,
        unit: ghgUnitName(g),
        saving: g.saving,
        quantity: g.quantity ?? d.quantity,
      })),
      ...(d.unbacked ? { unbacked: d.unbacked } : {}),
      ...(d.heldBy
        ? { heldBy: d.heldBy.map((f) => ({ code: f.code, sheet: f.sheet ?? null, cell: f.cell ?? null })) }
        : {}),
      ...(d.correction ? { correction: { ...d.correction } } : {}),
      ...(d.replaces ? { replaces: d.replaces } : {}),
    })),
  };
}

function brief(o: { date: string; amount: string } | null): JsonOverdraft | null {
  return o ? { date: o.date, amount: o.amount } : null;
}
