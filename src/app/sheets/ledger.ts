// MB Ledger: every movement of credit in date order with its running balance and a link back to
// the row it came from, so an auditor can walk from any balance to the source cell.
import type { AccountKey, Balance, LedgerEntry, LedgerEntryKind } from "../../engine/result";
import type { OutValue } from "../../workbook/port";
import { date, header, isNegative, link, quantity } from "./cells";

const KIND_LABELS: Record<LedgerEntryKind, string> = {
  opening: "Opening balance",
  receipt: "Receipt",
  "production-in": "Production input",
  "production-out": "Production output",
  delivery: "Delivery",
  "transfer-in": "Transfer in",
  "transfer-out": "Transfer out",
  "carry-forward": "Carried forward",
  lapse: "Lapsed (above physical stock)",
  backed: "Sold ahead: backed by this credit",
  unbacked: "Sold ahead: no credit by the period end",
};

export const LEDGER_HEADER = [
  "Date",
  "Account",
  "Movement",
  "Reference",
  "Change",
  "Running balance",
  "Unit",
  "Source",
];

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

/**
 * Above this many movements the source is written as plain "Sheet!A1" text: one hyperlink per row
 * doubles the time to save a 100,000-row workbook and slows Excel itself, while the address still
 * works with Go To (Ctrl+G).
 */
export const LEDGER_LINK_LIMIT = 20_000;

export function ledgerRows(entries: LedgerEntry[], balances: Balance[] = []): OutValue[][] {
  // the engine's account keys are for joining; people read the label
  const labels = new Map(balances.map((b) => [b.account, accountLabel(b)]));
  const linked = entries.length <= LEDGER_LINK_LIMIT;
  return [
    header(LEDGER_HEADER),
    ...entries.map((e) => [
      date(e.date),
      labels.get(e.account) ?? e.account,
      KIND_LABELS[e.kind] ?? e.kind,
      e.reference,
      quantity(e.quantity),
      quantity(e.running, isNegative(e.running) ? "#FFC7CE" : undefined),
      e.unit,
      linked ? link(e.source) : e.source ? `${e.source.sheet}!${e.source.cell}` : null,
    ]),
  ];
}

export const LEDGER_WIDTHS = [12, 48, 22, 22, 14, 16, 6, 18];
