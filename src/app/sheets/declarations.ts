// MB Declarations: the register. Every declaration ever issued, with the incoming SDs and GHG
// values behind it, its fingerprint, and its record: what was issued, read back by the next run
// and never recomputed (domain.md §8). Withdrawn ones stay, with who withdrew them, when, why and
// what replaced them. Below them, this run's drafts and held-back declarations: no number, no record.
import { cellPlace } from "../../engine/catalogue/location";
import { recordText } from "../../engine/index";
import type { Declaration, GhgValues } from "../../engine/result";
import type { OutValue } from "../../workbook/port";
import { RECORD_PIECE, REGISTER_HEADER, type RegisterColumn } from "../../workbook/register";
import { date, header, link, percent, quantity } from "./cells";
import { type GeneratedSheet, type ReportContext, tableSheet } from "./layout";
import { STATUS_TEXT } from "../status-text";
import { sourceCell } from "./trace";

export { REGISTER_HEADER };

/**
 * The unit a GHG value is named in: its unit as carried, a blank one read per MJ (as for the saving,
 * engine/ghg.ts isPerMj) and so named g CO2eq/MJ.
 */
export const ghgUnitName = (g: GhgValues): string => g.unit ?? "g CO2eq/MJ";

/**
 * The GHG total of a declaration as the register's "GHG total" and --json's ghgTotal state it: its
 * one value (one batch, or the pool's worst). A declaration over several batches has no one total
 * (values are never averaged) and its highest batch value is no total either (brk22 §13): none,
 * its values stand, each with the quantity it covers, in the per-batch column beside it.
 */
export function soleGhg(d: Declaration): GhgValues | undefined {
  return d.ghg.length === 1 ? d.ghg[0] : undefined;
}

/**
 * "12.5 g CO2eq/MJ × 60 t; 400 kg CO2eq/t TM × 40 t": each GHG value with its unit and the quantity
 * it covers, never an average; the unit named so that values of different units (per MJ, per tonne
 * as delivered, per dry tonne) never stand side by side as bare numbers (p-drymass).
 */
export function ghgPerBatch(d: Declaration): string {
  return d.ghg.map((g) => `${g.total} ${ghgUnitName(g)} × ${g.quantity ?? d.quantity} ${d.unit}`).join("; ");
}

/** "Receipts!C5 (certificate-invalid); …": the errors that hold a declaration back. */
export function heldByText(d: Declaration): string {
  return (d.heldBy ?? [])
    .map((f) => `${f.sheet ? (f.cell ? cellPlace(f.sheet, f.cell) : f.sheet) : "Settings"} (${f.code})`)
    .join("; ");
}

function row(d: Declaration): OutValue[] {
  const worst = soleGhg(d);
  const placed = d.delivery.row > 0;
  const at = placed ? sourceCell(d.delivery) : null;
  const record = recordText(d);
  const cells: Record<RegisterColumn, OutValue> = {
    "SD number": d.number || null,
    Status: STATUS_TEXT[d.status],
    "Issue date": d.number ? date(d.issueDate) : null,
    "Dispatch date": date(d.dispatchDate),
    Customer: d.recipient.name,
    Product: d.product,
    Quantity: quantity(d.quantity),
    Unit: d.unit,
    Scheme: d.scheme,
    Site: d.site,
    "Incoming SDs": d.inputs.map((i) => `${i.sd}: ${i.quantity}`).join("; "),
    "GHG values (per batch)": ghgPerBatch(d),
    "GHG total": quantity(worst?.total),
    "GHG saving": percent(worst?.saving),
    "Delivery sheet": d.delivery.sheet,
    "Delivery row": placed ? d.delivery.row : null,
    Delivery: at ? link(at, at.cell) : d.number ? "not in the books now" : null,
    "Cancelled on": date(d.correction?.on),
    "Cancelled by": d.correction?.by ?? null,
    Reason: d.correction?.reason ?? null,
    "Replaced by": d.correction?.replacedBy || null,
    Replaces: d.replaces || null,
    "Held back by": heldByText(d) || null,
    "Fingerprint (SHA-256)": d.fingerprint,
    "Record (do not edit)": record.slice(0, RECORD_PIECE) || null,
  };
  const out = REGISTER_HEADER.map((c) => cells[c]);
  for (let i = RECORD_PIECE; i < record.length; i += RECORD_PIECE)
    out.push(record.slice(i, i + RECORD_PIECE));
  return out;
}

/** The register after this run: the engine's declarations in its order (issued ones first). */
export function registerRows(declarations: Declaration[]): OutValue[][] {
  return [header([...REGISTER_HEADER]), ...declarations.map(row)];
}

/** Index of a register column (0-based), for its layout. */
const at = (c: RegisterColumn) => REGISTER_HEADER.indexOf(c);

/**
 * The register laid out to read and print: long texts (customer, incoming SDs, GHG values, what
 * withdrew or holds back a declaration, the fingerprint) wrap; the record (JSON for the next run
 * to read back, possibly continued in the cells to its right) stays narrow and never wraps.
 */
export function registerSheet(rows: OutValue[][], ctx: ReportContext): GeneratedSheet {
  return tableSheet(rows, ctx, {
    freezeColumns: 1,
    wrapAt: {
      [at("Customer")]: 28,
      [at("Incoming SDs")]: 32,
      [at("GHG values (per batch)")]: 32,
      [at("Reason")]: 28,
      [at("Replaced by")]: 24,
      [at("Replaces")]: 24,
      [at("Held back by")]: 32,
      [at("Fingerprint (SHA-256)")]: 24,
    },
    clip: { from: at("Record (do not edit)"), width: 20 },
  });
}
