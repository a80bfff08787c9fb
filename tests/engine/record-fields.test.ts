// Each record kind is declared once (src/engine/record-fields.ts); every list derived from it must
// agree with it: the engine's specs, the workbook's field ids, labels, types and required flags,
// the keys of `source.cells` and the words of findings. A field added in one place only fails here.
import type { Ledger, ReceiptInput, Source, TransferInput } from "../../src/engine/model";
import { GHG_FIELDS, RECORD_FIELDS, RECORD_KINDS, type RecordKind } from "../../src/engine/record-fields";
import { cellKeysOf, columnsOf, fieldNoun, type ValidRow } from "../../src/engine/record-derived";
import type { Finding } from "../../src/engine/result";
import { sourceOf, validateRow } from "../../src/engine/validate";
import { GHG_SPEC, SPECS } from "../../src/engine/schemas";
import { WORKBOOK_TYPE } from "../../src/workbook/field-spec";
import { kindSpec, REGISTER_FIELDS, type FieldSpec } from "../../src/workbook/fields";
import { emptyLedger } from "../../src/workbook/read";
import { addRecord } from "../../src/workbook/records";
import type { Recognition } from "../../src/workbook/recognition";
import type { TableRow } from "../../src/workbook/table";
import type { SheetKind } from "../../src/workbook/types";
import { cellsOf } from "../../src/engine/source-cells";

/** The sheet kind whose rows become records of each kind, and where addRecord puts them. */
const SHEETS: Record<RecordKind, { sheet: SheetKind | "register"; list: keyof Ledger }> = {
  receipt: { sheet: "receipts", list: "receipts" },
  delivery: { sheet: "deliveries", list: "deliveries" },
  production: { sheet: "production", list: "production" },
  factor: { sheet: "factors", list: "factors" },
  stock: { sheet: "stock", list: "stockCounts" },
  certificate: { sheet: "certificates", list: "certificates" },
  site: { sheet: "sites", list: "sites" },
  transfer: { sheet: "transfers", list: "transfers" },
  issued: { sheet: "register", list: "issued" },
};

/** Columns a sheet has that are no field of a record: read to say so, or split into records. */
const SHEET_ONLY = new Set([
  "grossHeatingValue",
  "inputGrossHeatingValue",
  "outputProduct2",
  "outputQuantity2",
  "factor2",
]);
/** A stock count's energy content column is said at its heading; a receipt's or delivery's is read (energy-content.ts). */
const sheetOnly = (kind: RecordKind, id: string) =>
  SHEET_ONLY.has(id) || (id === "energyContent" && kind === "stock");

const workbookFields = (kind: RecordKind): readonly FieldSpec[] => {
  const sheet = SHEETS[kind].sheet;
  return sheet === "register" ? REGISTER_FIELDS : (kindSpec(sheet)?.fields ?? []);
};

describe.each(RECORD_KINDS)("record kind %s", (kind) => {
  const decls = RECORD_FIELDS[kind] as Record<string, { type: string; required?: true }>;

  it("the engine's spec has exactly the declared fields, required where declared", () => {
    const spec = SPECS[kind];
    const own = Object.keys(spec).filter((f) => f !== "unreadable");
    expect(own).toEqual(Object.keys(decls));
    for (const [field, decl] of Object.entries(decls))
      expect([field, spec[field]?.endsWith("!")]).toEqual([field, decl.required === true]);
  });

  it("the workbook offers every column field, with the declared label, type and required flag", () => {
    const offered = workbookFields(kind).filter((f) => !sheetOnly(kind, f.id));
    const declared = columnsOf(kind);
    expect(offered.map((f) => f.id).sort()).toEqual(declared.map((c) => c.id).sort());
    for (const c of declared) {
      const f = offered.find((x) => x.id === c.id);
      expect({ id: c.id, label: f?.label, type: f?.type, required: f?.required }).toEqual({
        id: c.id,
        label: c.label,
        type: WORKBOOK_TYPE[c.type as keyof typeof WORKBOOK_TYPE],
        required: c.required === true,
      });
      // staff who copy our label as their heading are understood
      expect(f?.synonyms).toContain(c.label);
    }
  });

  it("sheet-only columns are no field of the record", () => {
    for (const f of workbookFields(kind).filter((x) => sheetOnly(kind, x.id)))
      expect(Object.keys(decls)).not.toContain(f.id);
  });

  it("a row read from the sheet carries only declared fields and declared source-cell keys", () => {
    const sheet = SHEETS[kind].sheet;
    if (sheet === "register") return; // read by workbook/register.ts, not by addRecord
    const spec = kindSpec(sheet);
    if (!spec) throw new Error(`no sheet kind ${sheet}`);
    const row: TableRow = { values: {}, source: { sheet, row: 2, cells: {} }, units: {} };
    // table.ts never gives the gross calorific value's column a value: it only says it is unused
    spec.fields
      .filter(
        (f) => f.id !== "grossHeatingValue" && f.id !== "inputGrossHeatingValue" && !sheetOnly(kind, f.id),
      )
      .forEach((f, i) => {
        row.values[f.id] = f.type === "list" ? ["IN-1"] : "1";
        row.source.cells[f.id] = `${String.fromCharCode(65 + (i % 26))}2`;
        row.units[f.id] = { unit: "t", cell: "A1" };
      });
    const ledger = emptyLedger();
    const rec = {
      kind: sheet,
      spec,
      headerRow: 0,
      columns: new Map(),
      missing: [],
      corrected: false,
      hinted: null,
    } as unknown as Recognition;
    addRecord(rec, row, ledger, []);
    const records = ledger[SHEETS[kind].list] as unknown as Record<string, unknown>[];
    expect(records.length).toBeGreaterThan(0);
    const keys = new Set(cellKeysOf(kind));
    for (const r of records) {
      for (const field of Object.keys(r).filter((k) => k !== "source" && k !== "unreadable"))
        expect([field, field in decls]).toEqual([field, true]);
      for (const key of Object.keys(cellsOf(r.source as Source)))
        expect([key, keys.has(key)]).toEqual([key, true]);
    }
  });

  it("names every field the same way wherever it is declared", () => {
    for (const [field, decl] of Object.entries(decls) as [string, { noun?: string }][])
      if (decl.noun) expect([field, fieldNoun(field)]).toEqual([field, decl.noun]);
  });
});

it("the GHG values' spec has exactly the declared GHG fields", () => {
  expect(Object.keys(GHG_SPEC)).toEqual(Object.keys(GHG_FIELDS));
  expect(cellKeysOf("receipt")).toEqual(
    expect.arrayContaining(Object.keys(GHG_FIELDS).map((p) => `ghg.${p}`)),
  );
  expect(cellKeysOf("receipt")).not.toContain("ghg");
});

it("the engine's input types are the declared fields (checked by the compiler)", () => {
  type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
  const receipt: Same<
    Exclude<keyof ReceiptInput, "source" | "unreadable">,
    keyof (typeof RECORD_FIELDS)["receipt"]
  > = true;
  const transfer: Same<
    Exclude<keyof TransferInput, "source" | "unreadable">,
    keyof (typeof RECORD_FIELDS)["transfer"]
  > = true;
  expect([receipt, transfer]).toEqual([true, true]);
});

/** A readable value of each engine field kind (schemas.ts FieldKind). */
const SAMPLE: Record<string, unknown> = {
  text: "UCO",
  date: "2025-03-31",
  dateYear: "2025-03-31",
  num: "12.5",
  qty: "12.5",
  links: ["IN-1"],
  ghg: { total: "20" },
  int: 7,
};

describe.each(RECORD_KINDS)("validating a %s", (kind) => {
  const spec = SPECS[kind];
  const fields = Object.keys(spec).filter((f) => f !== "unreadable");
  const full = (): Record<string, unknown> => {
    const row: Record<string, unknown> = Object.fromEntries(
      fields.map((f) => [f, SAMPLE[spec[f]?.replace("!", "") ?? ""]]),
    );
    row.source = {
      sheet: "S",
      row: 2,
      cells: Object.fromEntries(fields.map((f, i) => [f, `${String.fromCharCode(65 + (i % 26))}2`])),
    };
    return row;
  };

  it("keeps a row whose every field is readable", () => {
    const findings: Finding[] = [];
    const row = full();
    expect(validateRow(kind, row, sourceOf(row), findings)).not.toBeNull();
    expect(findings).toEqual([]);
  });

  const required = fields.filter((f) => spec[f]?.endsWith("!"));
  it.each(required.length ? required : ["(none)"])("refuses it without %s, at that field's cell", (field) => {
    if (field === "(none)") return;
    const row = full();
    delete row[field];
    const findings: Finding[] = [];
    expect(validateRow(kind, row, sourceOf(row), findings)).toBeNull();
    const cells = (row.source as { cells: Record<string, string> }).cells;
    expect(findings.map((f) => [f.code, f.cell])).toEqual([["missing-value", cells[field]]]);
  });
});

it("a validated row's required fields are typed as present (checked by the compiler)", () => {
  const ok: ValidRow<"receipt"> = { date: "2025-03-31", product: "UCO", quantity: "1" };
  // @ts-expect-error a receipt without its date is no valid row
  const bad: ValidRow<"receipt"> = { product: "UCO", quantity: "1" };
  expect([ok.date, bad.product]).toEqual(["2025-03-31", "UCO"]);
});
