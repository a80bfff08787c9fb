// The columns of a recognised table and how each cell is read: what an unreadable value does to
// its row (its policy and the consequence said), what a sustainable part's header says the column
// holds, and a unit named twice for one value.
import { type ColumnInfo, type Conventions, type FieldRead } from "./cell-read";
import { readField } from "./cell-values";
import { type FieldSpec, PART_FIELDS, QUANTITY_FIELDS } from "./fields";
import { reversalRead } from "./reversal-row";
import { erpEntryHeading } from "./stock-difference";
import { type Grid } from "./grid";
import { partKind } from "./part-kind";
import { saysPercent } from "./share-units";
import { ratioHeadingOf, saysPerMille } from "./factor-ratio";
import { type ColumnMatch, type Recognition } from "./recognition";
import type { Consequence } from "../engine/catalogue/details";
import { parseDecimal } from "../engine/quantity";
import { SD_FIELDS } from "./sd-number";
import { CERTIFICATE_CELLS } from "./certificate-cells";
import { cellAddress } from "./a1";
import { readFinding } from "./read-findings";
import { namesDeclaredQuantity } from "./heading-bars";
import type { Finding } from "../engine/result";

// Closed vocabularies: a value outside them is an error at the cell and the row is read without it,
// listed as unreadable, so the engine never takes it for a default (domain.md §7).
const VOCABULARY_TYPES = new Set(["yesno", "claim", "scheme", "country", "annexIx", "share"]);

/**
 * What an unreadable value does to its row: "fatal" — the row is not read (a required field, a
 * quantity, a unit, a density or heating value or factor that would convert it); "credit" — the
 * row is read without it and gives no sustainable credit (a closed vocabulary, a sustainable
 * part, a GHG value, a hidden value); "side" — one side of a combined ledger row is not booked;
 * "ignored" — the value is left out with a warning (an optional date or text).
 */
export type Policy = "fatal" | "credit" | "side" | "ignored";

/** The gross calorific value's column: recognised so as to say it is not used, never read as a heating value. */
export const GROSS: ReadonlySet<string> = new Set([
  "grossHeatingValue",
  "inputGrossHeatingValue",
  "energyContent",
]);

/**
 * Whether a column of `fieldId` on a sheet of `kind` is said at its heading and never read: a gross
 * calorific value's, a stock count's energy content (a receipt's or delivery's is read, a check).
 */
export const saidOnly = (kind: string, fieldId: string): boolean =>
  GROSS.has(fieldId) && (fieldId !== "energyContent" || kind === "stock");

const CONVERTING = new Set(["density", "heatingValue", "inputDensity", "inputHeatingValue", "factor"]);

export const QUANTITIES = new Set(QUANTITY_FIELDS);

export const PARTS = new Set(PART_FIELDS);

export function policyOf(field: FieldSpec, ledger: boolean): Policy {
  if (ledger && (field.id === "inQuantity" || field.id === "outQuantity")) return "side";
  if (field.required || field.type === "unit" || field.type === "direction") return "fatal";
  if (QUANTITIES.has(field.id) || CONVERTING.has(field.id)) return "fatal";
  // (brk25 T1, brk26 L4) a transfer's quantity received or arrival date that cannot be read ("unterwegs"): never "all arrived"
  if (field.id === "received" || field.id === "loss" || field.id === "arrivalDate") return "fatal";
  if (VOCABULARY_TYPES.has(field.type) || field.id.startsWith("ghg.")) return "credit";
  // a placeholder for an SD number is never an SD: the row gives no credit, its declaration waits
  if (SD_FIELDS.has(field.id)) return "credit";
  // a supplier certificate that cannot be read leaves the receipt's credit unknown (p-engine5)
  if (field.id === "supplierCertificate") return "credit";
  // (p-sdcell) nor a customer's status word printed on its SD as the certificate's number
  if (CERTIFICATE_CELLS.has(field.id)) return "credit";
  return "ignored";
}

/**
 * What follows for a row read without its value of `fieldId` (worded in the message table), by
 * its sheet kind and its other cells as read where known: a GHG component beside a readable total
 * costs nothing, and a delivery's SD numbers name its own declaration and what backs it.
 */
export function consequenceOf(
  fieldId: string,
  row?: { kind: string; reads: ReadonlyMap<string, FieldRead> },
): Consequence {
  // a transfer's GHG values are not used; a production row's are its output's (engine intake, p-ghg2)
  if (row?.kind === "transfers" && fieldId.startsWith("ghg.")) return "transfer-ghg-unused";
  const ghgTotal = row?.reads.get("ghg.total")?.kind === "ok";
  // a GHG component beside a readable total: the total stands (the engine's rule, intake.ts)
  if (ghgTotal && fieldId.startsWith("ghg.") && fieldId !== "ghg.total" && fieldId !== "ghg.unit")
    return "ghg-total-used";
  if (row?.kind === "production" && fieldId.startsWith("ghg.")) return "output-ghg-unknown";
  // a receipt's stated part unread: its credit is unknown (engine/intake/receipt-part.ts)
  if (row && (fieldId === "sustainablePart" || fieldId === "sustainable") && !outgoing(row.kind, row.reads))
    return "credit-unknown";
  if (fieldId === "sustainable" || fieldId === "sustainablePart") return "not-declared";
  // a delivery's claim asks for what it draws: unread, the delivery is not declared
  if (row && fieldId === "claim" && outgoing(row.kind, row.reads)) return "not-declared";
  if (row && (SD_FIELDS.has(fieldId) || CERTIFICATE_CELLS.has(fieldId)) && outgoing(row.kind, row.reads))
    return "not-declared";
  if (fieldId === "sustainableInputQuantity") return "no-sustainable-input";
  if (fieldId === "inQuantity") return "in-not-booked";
  if (fieldId === "outQuantity") return "out-not-booked";
  return "no-credit";
}

/** Whether a table row is a delivery, by its sheet kind and its cells as read (a ledger row: by its direction or Out quantity). */
export function outgoing(kind: string, reads: ReadonlyMap<string, FieldRead>): boolean {
  if (kind === "deliveries") return true;
  const direction = reads.get("direction");
  const out = reads.get("outQuantity");
  return kind === "ledger" && ((direction?.kind === "ok" && direction.value === "out") || out?.kind === "ok");
}

export interface Column {
  field: FieldSpec;
  col: number;
  match: ColumnMatch;
  info: ColumnInfo;
  conv: Conventions;
  policy: Policy;
  /** a quantity column headed as the quantity an SD declares ("Menge lt. SD (t)", heading-bars.ts) */
  sdQuantity?: boolean;
}

/**
 * The mapped columns of a recognised table in the order of its spec's fields, each with what its
 * heading says (unit, what a sustainable part holds), its conventions (`convOf`, by column index)
 * and its policy. Empty where the sheet has no spec.
 */
export function tableColumns(
  rec: Recognition,
  convOf: (col: number) => Conventions,
  ledger: boolean,
): Column[] {
  const columns: Column[] = [];
  for (const field of rec.spec?.fields ?? []) {
    const match = rec.columns.get(field.id);
    if (!match) continue;
    // (brk19 #3) a factor headed in percent by a word anywhere ("Ausbeute in Prozent") as by "%"
    const percent = field.percent === "fraction" ? saysPercent(match.header) : match.header.includes("%");
    // (brk24 §4) a factor per mille ("Ausbeute (‰)") or headed as a ratio ("Verhältnis Input:Output")
    const perMille = field.percent === "fraction" && !match.unit && saysPerMille(match.header);
    const headerUnit = match.unit ?? (perMille ? "‰" : percent ? "%" : null);
    const info: ColumnInfo = {
      headerUnit,
      ...(field.percent === "fraction" ? { ratio: ratioHeadingOf(match.header) } : {}),
      ...(PARTS.has(field.id) ? { part: partKind(field.id, match) } : {}),
      ...(field.id === "direction" && erpEntryHeading(match.header) ? { erpEntry: true } : {}),
    };
    columns.push({
      field,
      col: match.col,
      match,
      info,
      conv: convOf(match.col),
      policy: policyOf(field, ledger),
      ...(QUANTITIES.has(field.id) && namesDeclaredQuantity(match.header) ? { sdQuantity: true } : {}),
    });
  }
  return columns;
}

/**
 * Whether a text column's value names a record (an SD number, a linked SD, a supplier certificate,
 * a register's certificate number), so that a character raised or lowered in part, which Office.js
 * gives as a plain one, would name another: such a cell is refused (readCell). A name with a
 * lowered 2 ("CO2 Recycling") reads as its text, in the add-in as in a file.
 */
function keysRecord(field: FieldSpec): boolean {
  if (field.id === "certificateNumber") return field.required === true;
  return SD_FIELDS.has(field.id) || field.id === "supplierCertificate";
}

// In a combined ledger with In and Out columns, the column a row does not use often holds 0 or "-".
const UNUSED = /^\s*(?:0+(?:[.,]0+)?|[-–—])\s*$/;

export function readCell(
  grid: Grid,
  r: number,
  cells: readonly unknown[],
  c: Column,
  ledger: boolean,
): FieldRead {
  const v = (cells[c.col] ?? null) as Parameters<typeof readField>[1];
  // (brk23 §8) a number merged over several data rows: neither each row's nor one row's (merged-rows.ts)
  const span = grid.spans.get(`${r}:${c.col}`);
  // a delivery's own SD number merged over several rows: whose declaration it is cannot be told
  if (span && c.field.id === "sdNumber") {
    const reason = span.incoming ? "sd-merged-incoming" : "sd-merged";
    return { kind: "bad", code: "invalid-value", text: span.value, reason, detail: span.range };
  }
  if (span)
    return {
      kind: "bad",
      code: "invalid-number",
      text: span.value,
      reason: "merged-rows",
      detail: span.range,
    };
  // text raised or lowered in part, given as plain text ("380" + raised "1" reads "3801"): the
  // number cannot be told from its mark, as the xlsx path's "380¹" (cell-numbers.ts footnote);
  // nor can an SD or certificate number ("SD-123" + raised "1" reads "SD-1231", another SD)
  if (typeof v === "string" && grid.sheet.scriptCells?.[r]?.includes(c.col)) {
    if (c.field.type === "number")
      return { kind: "bad", code: "invalid-number", text: v, reason: "footnote" };
    if (keysRecord(c.field)) return { kind: "bad", code: "invalid-value", text: v, reason: "footnote" };
  }
  if (ledger && (c.field.id === "inQuantity" || c.field.id === "outQuantity")) {
    // 0 or "-" in the column a row does not use is blank; the row's other column holds its quantity
    if (v === 0 || (typeof v === "string" && UNUSED.test(v))) return { kind: "blank" };
  }
  const read = readField(c.field, v, c.conv, grid.format(r, c.col), c.info);
  // (p-values) "s. Anlage" under "Menge lt. SD (t)" read as the quantity: type the SD's quantity here
  if (read.kind === "bad" && read.code === "invalid-number" && !read.reason && c.sdQuantity)
    return { ...read, reason: "sd-quantity-text" };
  if (c.field.id === "quantity") return reversalRead(grid, r, read, c.info.headerUnit ?? null) ?? read; // brk26 S1
  if (read.kind === "ok" && (c.field.id === "inQuantity" || c.field.id === "outQuantity")) {
    const n = parseDecimal(read.value);
    if (n && n.isNegative())
      return { kind: "bad", code: "invalid-number", text: read.value as string, reason: "negative" };
  }
  return read;
}

/**
 * (p-rows2, brk14 #10) Whether a row of a sheet of `kind` is read as a receipt: a receipts sheet's,
 * or a ledger's whose type says in, or, without a type, whose In quantity reads and Out quantity is
 * blank (ledger-sides.ts; a row with both books a delivery too, and is no receipt here).
 * A ledger row whose side is not read (its only quantity, under "Scarico", refused as "50.000")
 * is no receipt: it gets no finding of a receipt's (a blank incoming SD number, a blank claim).
 */
export function isReceipt(kind: string, values: Record<string, string | string[]>): boolean {
  if (kind === "receipts") return true;
  if (kind !== "ledger") return false;
  if (values.direction !== undefined) return values.direction === "in";
  return values.inQuantity !== undefined && values.outQuantity === undefined;
}

/** Whether a receipt's `values` name an incoming SD number (domain.md §2: then it is sustainable). */
export function hasSdNumber(values: Record<string, string | string[]>): boolean {
  const sd = values.sdNumber;
  return typeof sd === "string" && sd.trim() !== "";
}

/** Whether a row of a sheet of `kind` is a delivery: a deliveries sheet's, or a ledger's out side. */
export function isDelivery(kind: string, values: Record<string, string | string[]>): boolean {
  if (kind === "deliveries") return true;
  return kind === "ledger" && (values.direction === "out" || values.outQuantity !== undefined);
}

/**
 * What a table says once per column after its rows: a gross calorific value column (never converted
 * by), a column of the rows' energy content (brk22 §4: not read); `seen` maps each to its field id.
 */
export function columnNotes(
  sheet: string,
  headerRow1: number,
  seen: ReadonlyMap<ColumnMatch, string>,
): Finding[] {
  return [...seen]
    .sort(([a], [b]) => a.col - b.col)
    .map(([match, id]) =>
      readFinding(
        id === "energyContent" ? "energy-content-column" : "gross-calorific-value",
        "warning",
        sheet,
        cellAddress(headerRow1, match.col),
        { label: match.header },
      ),
    );
}
