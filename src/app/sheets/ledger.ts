// MB Ledger: every movement of credit in date order with its running balance and a link back to
// the row it came from, so an auditor can walk from any balance to the source cell. Each line is
// dated by the row it links; a delivery sold ahead of credit keeps its own date, and the credit
// that backs it later is a line of its own.
import { cellPlace } from "../../engine/catalogue/location";
import type { AccountKey, Balance, LedgerEntryKind, LedgerLines } from "../../engine/result";
import type { OutValue } from "../../workbook/port";
import { date, isNegative, link } from "./cells";
import {
  type GeneratedSheet,
  type Quantities,
  type ReportContext,
  headerRow,
  singleUnit,
  tableSheet,
  withUnit,
} from "./layout";

const KIND_LABELS: Record<LedgerEntryKind, string> = {
  opening: "Opening balance",
  receipt: "Receipt",
  "production-in": "Production input",
  "production-out": "Production output",
  delivery: "Delivery",
  "transfer-in": "Transfer in",
  "transfer-out": "Transfer out",
  "carry-forward": "Carried forward",
  lapse: "Lapsed (not carried forward)",
  backed: "Sold ahead: backed by this credit",
  unbacked: "Sold ahead: no credit by the period end",
  "not-credited": "Receipt, no credit (physical stock only)",
};

/** the account as staff name it: "Rapeseed oil (ISCC EU, Rapeseed, origin DE, EU RED compliant)" */
export function accountLabel(a: AccountKey): string {
  const c = a.characteristics;
  const raw = c.rawMaterial.toLowerCase() === a.product.toLowerCase() ? "" : c.rawMaterial;
  const traits = [a.scheme, raw, c.countryOfOrigin && `origin ${c.countryOfOrigin}`, c.claim];
  if (c.wasteResidue) traits.push(`waste/residue ${c.wasteResidue}`);
  if (c.annexIxPart) traits.push(`Annex IX ${c.annexIxPart}`);
  const label = `${a.product} (${traits.filter(Boolean).join(", ")})`;
  return a.site ? `${a.site}: ${label}` : label;
}

/** The product-level line of what was sold ahead with no account of its kind to carry it. */
export function awaitingLabel(a: AccountKey): string {
  return `${accountLabel(a)}: sold ahead, awaiting credit`;
}

/**
 * Above this many movements the source is written as plain "Sheet!A1" text: one hyperlink per row
 * doubles the time to save a 100,000-row workbook and slows Excel itself, while the address still
 * works with Go To (Ctrl+G).
 */
export const LEDGER_LINK_LIMIT = 20_000;

const RED = "#FFC7CE";

/** The header, with the unit in the quantity columns where the ledger has one unit. */
export function ledgerHeader(unit: string | null): string[] {
  return [
    "Date",
    "Account",
    "Movement",
    "Reference",
    withUnit("Change", unit),
    withUnit("Running balance", unit),
    ...(unit ? [] : ["Unit"]),
    "Source",
  ];
}

/** The unit of every line, read by field. */
function* unitsOf(ledger: LedgerLines): Generator<string> {
  for (let i = 0; i < ledger.length; i++) yield ledger.unit(i);
}

export function ledgerRows(ledger: LedgerLines, balances: Balance[], q: Quantities): OutValue[][] {
  // the engine's account keys are for joining; people read the label
  const labels = new Map(balances.map((b) => [b.account, accountLabel(b)]));
  const linked = ledger.length <= LEDGER_LINK_LIMIT;
  const unit = singleUnit(unitsOf(ledger));
  const rows: OutValue[][] = [headerRow(ledgerHeader(unit))];
  // one line at a time: each is built, written into its row and left to the collector
  for (const e of ledger) {
    rows.push([
      date(e.date),
      e.awaiting
        ? awaitingLabel(e.awaiting)
        : (labels.get(e.account) ?? (e.accountId ? accountLabel(e.accountId) : e.account)),
      KIND_LABELS[e.kind] ?? e.kind,
      e.reference,
      q.cell(e.quantity, e.unit),
      q.cell(e.running, e.unit, isNegative(e.running) ? RED : undefined),
      ...(unit ? [] : [e.unit]),
      linked ? link(e.source) : e.source ? cellPlace(e.source.sheet, e.source.cell) : null,
    ]);
  }
  return rows;
}

export function ledgerSheet(
  ledger: LedgerLines,
  balances: Balance[],
  q: Quantities,
  ctx: ReportContext,
): GeneratedSheet {
  // long account labels, movements and references wrap rather than widen the page
  return tableSheet(ledgerRows(ledger, balances, q), ctx, { wrapAt: { 1: 44, 2: 22, 3: 30 } });
}
