// The workbook's boundary (src/workbook/admit.ts): a row with a blank cell is refused by the one
// validation of a record (engine/validate.ts validateRow), at that cell, said by its column's
// label; the workbook keeps no required flags of its own that could disagree with it.
import fc from "fast-check";
import { SPECS, type RecordKind } from "../../src/engine/schemas";
import type { Finding } from "../../src/engine/result";
import { sourceOf, validateRow } from "../../src/engine/validate";
import { kindSpec, type FieldSpec, QUANTITY_FIELDS } from "../../src/workbook/fields";
import type { CellValue } from "../../src/workbook/port";
import { readWorkbook } from "../../src/workbook/read";
import type { SheetKind } from "../../src/workbook/types";
import { sheet } from "./fixtures";

/** Each sheet kind, the record kind its rows become, the sheet's name and a readable value per column. */
const SHEETS: [SheetKind, RecordKind, string][] = [
  ["receipts", "receipt", "Receipts"],
  ["deliveries", "delivery", "Deliveries"],
  ["ledger", "receipt", "Ledger"],
  ["production", "production", "Production"],
  ["factors", "factor", "Conversion factors"],
  ["stock", "stock", "Stock counts"],
  ["certificates", "certificate", "Certificates"],
  ["sites", "site", "Sites"],
  ["transfers", "transfer", "Transfers"],
];

const VALUE: Partial<Record<FieldSpec["type"], CellValue>> = {
  text: "UCO",
  date: "2025-03-31",
  dateOrYear: "2025-03-31",
  number: 12.5,
  unit: "t",
  direction: "in",
};

/** The columns of a sheet of `kind`: every field its record needs, and the ones it offers to read. */
function columns(kind: SheetKind, record: RecordKind): FieldSpec[] {
  const spec = kindSpec(kind)!;
  const wanted = new Set([
    ...spec.needs[0]!,
    ...Object.keys(SPECS[record]).filter((f) => SPECS[record][f]!.endsWith("!")),
    "unit",
    "site",
    "company",
  ]);
  return spec.fields.filter((f) => wanted.has(f.id) && VALUE[f.type] !== undefined);
}

const QUANTITIES = new Set(QUANTITY_FIELDS);

const letter = (i: number) => String.fromCharCode(65 + i);

/** Reads a sheet of `kind` whose second data row has the cells of `blank` left empty. */
function readWithBlanks(kind: SheetKind, name: string, cols: FieldSpec[], blank: ReadonlySet<string>) {
  const header = cols.map((c) => c.label);
  const row = (blanks: ReadonlySet<string>) =>
    cols.map((c) => (blanks.has(c.id) ? null : (VALUE[c.type] as CellValue)));
  return readWorkbook({ name: "Book.xlsx", sheets: [sheet(name, [header, row(new Set()), row(blank)])] });
}

/** The validation's own verdict on the record with those fields absent: refused or not, and at which fields. */
function validationRefuses(record: RecordKind, cols: FieldSpec[], blank: ReadonlySet<string>): string[] {
  const raw: Record<string, unknown> = { source: { sheet: "S", row: 3, cells: {} } };
  cols.forEach((c, i) => {
    const cells = (raw.source as { cells: Record<string, string> }).cells;
    cells[c.id] = `${letter(i)}3`;
    if (blank.has(c.id) || !(c.id in SPECS[record])) return;
    raw[c.id] = c.type === "number" ? "12.5" : c.type === "date" ? "2025-03-31" : String(VALUE[c.type]);
  });
  const findings: Finding[] = [];
  const row = validateRow(record, raw, sourceOf(raw), findings);
  return row ? [] : findings.map((f) => ("field" in f.details ? String(f.details.field) : ""));
}

describe.each(SHEETS)("a %s sheet", (kind, record, name) => {
  const cols = columns(kind, record);
  const ids = cols.map((c) => c.id);

  it("reads the full row", () => {
    const { findings, ledger } = readWithBlanks(kind, name, cols, new Set());
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    const list = Object.values(ledger).filter(Array.isArray) as unknown[][];
    expect(list.reduce((n, l) => n + l.length, 0)).toBe(2);
  });

  // the property: whatever cells are left blank, the workbook refuses the row exactly when the
  // record validation refuses the record without them, at each blank cell it cannot do without
  it("refuses a row exactly where the record validation refuses it", () => {
    fc.assert(
      fc.property(fc.subarray(ids, { minLength: 1 }), (blanks) => {
        // a row that is blank throughout is the end of the data, not a row
        fc.pre(blanks.length < ids.length);
        const blank = new Set(blanks);
        const { findings, ledger } = readWithBlanks(kind, name, cols, blank);
        const refused = validationRefuses(record, cols, blank);
        // a ledger row without its type or quantity has no side: said by the ledger itself (records.ts)
        const structural =
          kind === "ledger" && refused.length === 0 && (blank.has("quantity") || blank.has("direction"));
        const missing = findings.filter((f) => f.code === "missing-value" && f.cell?.endsWith("3"));
        // nothing left but its quantities (and their units): a total line's look, refused as one
        // (table-totals.ts, possible-totals-row), not cell by cell
        const quantityOnly =
          cols.every((c) => blank.has(c.id) || QUANTITIES.has(c.id) || c.type === "unit") &&
          cols.some((c) => !blank.has(c.id) && QUANTITIES.has(c.id));
        if (quantityOnly) {
          const totals = findings.filter((f) => f.code === "possible-totals-row" && f.cell?.endsWith("3"));
          expect([missing, totals.length]).toEqual([[], 1]);
          const { incomplete, ...books } = ledger;
          expect(Object.values(books).filter(Array.isArray).flat()).toHaveLength(1);
          // refused, the row leaves what it would feed incomplete
          expect(incomplete).toHaveLength(1);
          return;
        }
        const expected = cols
          .map((c, i) => ({ c, cell: `${letter(i)}3` }))
          .filter(({ c }) => refused.includes(c.id))
          .map(({ c, cell }) => `${cell}: ${c.label} is empty; this row is not read until it is fixed.`);
        if (!structural)
          expect(missing.map((f) => f.message.slice(f.message.indexOf("!") + 1))).toEqual(expected);
        const rows = [...ledger.receipts, ...ledger.deliveries, ...ledger.production, ...ledger.factors]
          .concat(ledger.stockCounts as never[], ledger.certificates as never[], ledger.sites as never[])
          .concat(ledger.transfers as never[])
          .filter((r) => (r as { source: { row: number } }).source.row === 3);
        expect(rows.length > 0).toBe(refused.length === 0 && !structural);
      }),
      { numRuns: 40 },
    );
  });
});

describe("the order of a row's findings", () => {
  it("keeps the columns' order: a blank cell's refusal stands where the cell is", () => {
    // claims are signs of sustainable receipts: the sheet has its SD column (workbook/unmapped-sd.ts)
    const header = ["Date", "Product", "Quantity", "Unit", "Claim", "Supplier", "SD number"];
    const { findings } = readWorkbook({
      name: "Book.xlsx",
      sheets: [
        sheet("Receipts", [
          header,
          ["2025-03-31", "UCO", 10, "t", "ISCC Compliant", "A", "SD-1"],
          ["2025-03-31", null, "ten", "t", "maybe", "B", "SD-2"],
          [null, "UCO", 10, "t", "maybe", "C", "SD-3"],
        ]),
      ],
    });
    expect(findings.map((f) => `${f.code} ${f.cell}`)).toEqual([
      "missing-value B3",
      "invalid-number C3",
      "invalid-value E3",
      "missing-value A4",
      "invalid-value E4",
    ]);
  });
});

describe("a batch's blank input quantity", () => {
  it("is the engine's to read as the batch's input: the workbook hands the row across", () => {
    const header = ["Date", "Batch", "Input product", "Input quantity", "Output product", "Unit"];
    const { findings, ledger } = readWorkbook({
      name: "Book.xlsx",
      sheets: [
        sheet("Production", [
          header,
          ["2025-03-31", "B-7", "Rapeseed", 1000, "Rapeseed oil", "t"],
          ["2025-03-31", "B-7", "Rapeseed", null, "Rapeseed meal", "t"],
          [null, "B-7", "Rapeseed", null, "Glycerine", "t"],
        ]),
      ],
    });
    expect(ledger.production.map((p) => [p.source.row, p.inputQuantity])).toEqual([
      [2, "1000"],
      [3, ""],
    ]);
    // a blank date is refused even so, and the batch's blank is not said twice
    expect(findings.map((f) => `${f.code} ${f.cell}`)).toEqual(["missing-value A4"]);
  });
});
