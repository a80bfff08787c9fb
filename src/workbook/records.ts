// Table rows to the engine's records (src/engine/model.ts), one builder per sheet kind; each
// record joins the ledger through the record validation at the boundary (admit.ts).
import { transferBlank } from "./transfer-blanks";
import type { DeliveryInput, GhgInput, Ledger, ReceiptInput, Source } from "../engine/model";
import type { RecordKind } from "../engine/record-fields";
import type { Finding } from "../engine/result";
import { CellShapes } from "../engine/source-cells";
import { admit, type Built } from "./admit";
import { ledgerSides } from "./ledger-sides";
import { QUANTITY_FIELDS } from "./fields";
import { type Recognition } from "./recognition";
import type { TableRow } from "./table";
import type { SheetKind } from "./types";

type Rec = Built;

const RECEIPT_ONLY = [
  "supplier",
  "supplierCertificate",
  "rawMaterial",
  "countryOfOrigin",
  "wasteResidue",
  "annexIxPart",
  "installationStartDate",
  "dispatchDate",
];
const DELIVERY_ONLY = [
  "customer",
  "customerAddress",
  "customerCertificate",
  "sustainable",
  "sustainablePart",
  "linkedSds",
  "dispatchAddress",
  "receivingAddress",
];
const LEDGER_ONLY = ["direction", "inQuantity", "outQuantity", "counterparty", "certificate", "quantity"];
/**
 * A delivery's fields that a receipt states too: its sustainable part (a yes/no column or a part
 * column, or both, which must agree), credited only where it is
 * all of the quantity (engine/intake/receipt-part.ts). A combined ledger's In row keeps them, as a
 * receipts sheet's row does (brk12: "davon nachhaltig (t)" 60 of 100 t credited 100 t).
 */
const RECEIPT_TOO = new Set(["sustainable", "sustainablePart"]);

const NO_SKIP = new Set<string>();
const SKIP_ON_RECEIPT = new Set([...LEDGER_ONLY, ...DELIVERY_ONLY.filter((id) => !RECEIPT_TOO.has(id))]);
const SKIP_ON_DELIVERY = new Set([...LEDGER_ONLY, ...RECEIPT_ONLY]);

// Values whose unit comes from their own unit column, else their header or the text after the
// number ("0,84 kg/l", "60 %"): the unit field each one's unit goes to.
const UNIT_OF: Record<string, string> = {
  density: "densityUnit",
  heatingValue: "heatingValueUnit",
  inputDensity: "inputDensityUnit",
  inputHeatingValue: "inputHeatingValueUnit",
  sustainable: "sustainableUnit",
  sustainablePart: "sustainablePartUnit",
  sustainableInputQuantity: "sustainableInputQuantityUnit",
  // "Output quantity (kg)" beside "Input quantity (t)": the output keeps its own unit
  outputQuantity: "outputUnit",
  // "Quantity sent (t) | Quantity received (kg)": what arrived keeps its own unit (brk22 §9)
  received: "receivedUnit",
  loss: "lossUnit",
  difference: "differenceUnit",
  // "Energy content (GJ)": the lot's energy in its heading's unit (engine/intake/energy-content.ts)
  energyContent: "energyContentUnit",
  // "Faktor (Nm³/t)": a factor's unit, output per input (engine/factor-units.ts); a "%" is read already
  factor: "factorUnit",
  factor2: "factor2Unit",
  // (h-ghg3) "Einsatz je t Produkt (t/t)": input unit per output unit (engine/factor-inverse.ts)
  inverseFactor: "inverseFactorUnit",
};

/** Fields copied as they are into a record; `skip` are handled by the caller. */
function build(row: TableRow, skip: ReadonlySet<string> = NO_SKIP): Rec {
  const rec: Rec = { source: { sheet: row.source.sheet, row: row.source.row, cells: {} } };
  if (row.unreadable) rec.unreadable = row.unreadable.filter((id) => !skip.has(id));
  // the cell of a value not read, where the reader named it (a register's flag: certificate-flags.ts)
  for (const id of row.unreadable ?? [])
    if (!skip.has(id) && row.source.cells[id]) rec.source.cells[id] = row.source.cells[id];
  // (brk20 A7) a sale's status cell saying its SD is still to issue, beside its SD number (table.ts)
  if (row.source.cells.sdToIssue) rec.source.cells.sdToIssue = row.source.cells.sdToIssue;
  let ghg: GhgInput | undefined;
  for (const id in row.values) {
    if (skip.has(id)) continue;
    const value = row.values[id];
    if (id.startsWith("ghg.")) {
      ghg ??= {};
      (ghg as Record<string, unknown>)[id.slice(4)] = value;
    } else rec[id] = value;
    rec.source.cells[id] = row.source.cells[id];
  }
  if (ghg) {
    if (!ghg.unit) {
      const headerUnit = Object.entries(row.units).find(([id]) => id.startsWith("ghg."));
      if (headerUnit) {
        ghg.unit = headerUnit[1].unit;
        rec.source.cells["ghg.unit"] = headerUnit[1].cell;
      }
    }
    rec.ghg = ghg;
  }
  for (const id in UNIT_OF) {
    const unitField = UNIT_OF[id] as string;
    const u = row.units[id];
    if (rec[id] === undefined || rec[unitField] !== undefined || !u) continue;
    if (u.unit === "%" && (id === "factor" || id === "factor2")) continue;
    rec[unitField] = u.unit;
    rec.source.cells[unitField] = u.cell;
  }
  return rec;
}

/** The row's unit where it has no unit cell: from the quantity header, or typed after the number. */
function unitFromQuantity(rec: Rec, row: TableRow, quantityField?: string): void {
  if (rec.unit !== undefined) return;
  const fields = quantityField ? [quantityField] : QUANTITY_FIELDS;
  for (const id of fields) {
    const u = row.units[id];
    if (u) {
      rec.unit = u.unit;
      rec.source.cells.unit = u.cell;
      return;
    }
  }
}

function moveField(rec: Rec, row: TableRow, from: string, to: string): void {
  const value = row.values[from];
  if (value === undefined || rec[to] !== undefined) return;
  rec[to] = value;
  rec.source.cells[to] = row.source.cells[from];
}

/** A combined ledger row's record of one side: a receipt ("in") or a delivery ("out"). */
function sideRecord(row: TableRow, side: "in" | "out", field: string): Rec {
  const rec = build(row, side === "in" ? SKIP_ON_RECEIPT : SKIP_ON_DELIVERY);
  moveField(rec, row, field, "quantity");
  unitFromQuantity(rec, row, field);
  moveField(rec, row, "counterparty", side === "in" ? "supplier" : "customer");
  moveField(rec, row, "certificate", side === "in" ? "supplierCertificate" : "customerCertificate");
  return rec;
}

/**
 * A combined ledger row: a receipt, a delivery, or (separate In and Out columns, no type) both;
 * which, from its type and quantity columns (ledger-sides.ts). A row that books nothing is
 * validated as the side its type names (else a receipt), so that its blank cells are said first,
 * then why it books nothing is said at its cell: it is never dropped silently.
 */
function ledgerRow(
  row: TableRow,
  ledger: Ledger,
  columns: Recognition["columns"],
  findings: Finding[],
): readonly Finding[] {
  const found = ledgerSides(row, columns);
  const dir: "in" | "out" = row.values.direction === "out" ? "out" : "in";
  const sides = found.sides.length > 0 ? found.sides : [{ side: dir, field: "quantity" }];
  const refusals: Finding[] = [];
  const admitted: { side: "in" | "out"; rec: Rec }[] = [];
  for (const { side, field } of sides) {
    const a = admit(
      side === "in" ? "receipt" : "delivery",
      "ledger",
      sideRecord(row, side, field),
      row.blank,
    );
    if (a.row) admitted.push({ side, rec: a.row as Rec });
    else refusals.push(...a.refusals);
  }
  // a contradiction is said whatever else the row lacks; a missing value only where nothing else
  // about the row is said (its blank cells' refusals, an unreadable cell that refuses the row)
  const missing = found.finding?.code === "missing-value";
  if (found.finding && !(missing && (refusals.length > 0 || row.refused))) findings.push(found.finding);
  if (refusals.length > 0 || row.refused || found.sides.length === 0) return refusals;
  for (const { side, rec } of admitted) {
    if (side === "in") ledger.receipts.push(joined<ReceiptInput>(ledger, rec));
    else ledger.deliveries.push(joined<DeliveryInput>(ledger, rec));
  }
  row.booked = admitted.length > 0;
  return refusals;
}

/**
 * Adds the record(s) of one table row of a sheet of `kind` to the ledger, each as the record
 * validation admits it (admit.ts); returns the refusals of the row's blank cells (none: the row is
 * read). A row the table refused (`row.refused`) is validated for its blank cells and not added.
 */
export function addRecord(
  rec: Recognition,
  row: TableRow,
  ledger: Ledger,
  findings: Finding[],
): readonly Finding[] {
  const kind = rec.kind;
  if (kind === "ledger") return ledgerRow(row, ledger, rec.columns, findings);
  return addPlain(kind, row, ledger);
}

// the shapes of the cells of a ledger's records, one set per ledger read (engine/source-cells.ts)
const shapes = new WeakMap<Ledger, CellShapes>();

/**
 * `rec` as it joins `ledger`: its cells in a shape shared with the rows that have the same fields
 * in the same columns, and a map of its own only for the addresses off its line (~150 bytes a row
 * less; the engine reads every address through cellAt / cellsOf, the same as before).
 */
function joined<T>(ledger: Ledger, rec: Rec): T {
  let own = shapes.get(ledger);
  if (!own) shapes.set(ledger, (own = new CellShapes()));
  (rec as { source: Source }).source = own.compact(rec.source);
  return rec as T;
}

type Target = Exclude<keyof Ledger, "settings" | "usedSdNumbers" | "issued" | "incomplete">;

// Where each plain kind's records go, as which record kind (a combined ledger is split by ledgerRow).
const TARGET: Partial<Record<SheetKind, { list: Target; kind: RecordKind }>> = {
  receipts: { list: "receipts", kind: "receipt" },
  deliveries: { list: "deliveries", kind: "delivery" },
  production: { list: "production", kind: "production" },
  factors: { list: "factors", kind: "factor" },
  stock: { list: "stockCounts", kind: "stock" },
  certificates: { list: "certificates", kind: "certificate" },
  sites: { list: "sites", kind: "site" },
  transfers: { list: "transfers", kind: "transfer" },
};

function addPlain(sheet: SheetKind, row: TableRow, ledger: Ledger): readonly Finding[] {
  const target = TARGET[sheet];
  if (!target) return [];
  // (brk25 T1, brk26 L4) a transfer's blank quantity received or arrival date, on a sheet that keeps it
  const blank = sheet === "transfers" ? transferBlank(row) : null;
  if (blank) return [blank];
  const rec = build(row);
  // a production row's unit is its input's: an output heading's unit is the output's own (outputUnit), never the input's
  if (sheet === "production") unitFromQuantity(rec, row, "inputQuantity");
  else if (sheet !== "factors" && sheet !== "certificates" && sheet !== "sites") unitFromQuantity(rec, row);
  const records = sheet === "production" ? outputsOf(rec) : [rec];
  // a batch's blank input quantity is the engine's to read or refuse (engine/batch-input.ts)
  const pending = sheet === "production" && rec.inputQuantity === "" ? "inputQuantity" : undefined;
  const admitted: Rec[] = [];
  for (const r of records) {
    const a = admit(target.kind, sheet, r, row.blank, pending);
    if (!a.row) return a.refusals;
    admitted.push(a.row as Rec);
  }
  if (!row.refused) {
    for (const r of admitted) (ledger[target.list] as unknown[]).push(joined(ledger, r));
    row.booked = admitted.length > 0;
  }
  return [];
}

/** The co-product columns of a production sheet: its product, quantity and factor. */
const EXTRA_OUTPUTS = [
  {
    outputProduct: "outputProduct2",
    outputQuantity: "outputQuantity2",
    factor: "factor2",
    factorUnit: "factor2Unit",
  },
];

/**
 * A production row with a co-product column is one process: one record per output, sharing the
 * input and a batch id (the row's own, else its address) so the engine consumes the input once
 * (domain.md §5). Each record's output fields point at that output's cells; the row's GHG
 * columns stay with the main output.
 */
function outputsOf(rec: Rec): Rec[] {
  const extra = EXTRA_OUTPUTS.filter((o) => rec[o.outputProduct] !== undefined);
  const main: Rec = { ...rec, source: { ...rec.source, cells: { ...rec.source.cells } } };
  for (const o of EXTRA_OUTPUTS) for (const id of Object.values(o)) drop(main, id);
  if (extra.length === 0) return [main];
  main.batchId ??= `${rec.source.sheet} row ${rec.source.row}`;
  const outputs = [main];
  for (const o of extra) {
    const out: Rec = { ...main, source: { ...main.source, cells: { ...main.source.cells } } };
    // the row's GHG columns are the main output's: a co-product's values are never guessed
    drop(out, "ghg");
    for (const id of Object.keys(out.source.cells)) if (id.startsWith("ghg.")) delete out.source.cells[id];
    for (const id of ["outputProduct", "outputQuantity", "factor", "factorUnit"] as const) {
      drop(out, id);
      if (rec[o[id]] === undefined) continue;
      out[id] = rec[o[id]];
      out.source.cells[id] = rec.source.cells[o[id]];
    }
    outputs.push(out);
  }
  return outputs;
}

function drop(rec: Rec, id: string): void {
  delete rec[id];
  delete rec.source.cells[id];
}
