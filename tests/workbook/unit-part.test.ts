// (brk12 #2) A heading that names sustainable material and a unit but no part word, beside the
// quantity ("Nachhaltig (t)", "ISCC (t)", "Bio (t)", "durable (t)", "sostenible (t)", "duurzaam
// (t)", "sostenibile (t)"): the sustainable part, read where a field is free (a delivery's
// "Sustainable" yes/no column beside it no longer drops it), and said at its heading where the
// sheet reads its part from two columns already, never dropped silently. "Nachhaltig" alone is the
// yes/no field and "ISCC" alone a scheme's name: no unit, not this heading.
import fc from "fast-check";
import { runEngine } from "../../src/engine/index";
import { readWorkbook } from "../../src/workbook/read";
import type { CellValue } from "../../src/workbook/port";
import { namesSustainableUnit } from "../../src/workbook/part-words";
import { PART_MEANINGS } from "../../src/workbook/part-words";
import { serial, sheet } from "./fixtures";
import { RECEIPT_HEAD, receipt } from "./part-sheets";

/** The headings, by language: each names the sustainable material and its unit, no part. */
const HEADINGS: Record<string, string[]> = {
  de: [
    "Nachhaltig (t)",
    "nachhaltig: ja (t)",
    "zertifiziert [t]",
    "Nachhaltige Ware (kg)",
    "ISCC-Ware (t)",
    "Bio (t)",
  ],
  en: [
    "Sustainable (t)",
    "Certified (t)",
    "Sustainable (%)",
    "ISCC (t)",
    "ISCC EU (MT)",
    "Certified material (m3)",
  ],
  fr: ["durable (t)", "Durable (%)", "Certifié (t)", "Matière durable (kg)"],
  es: ["sostenible (t)", "Certificado (t)", "Sostenible (%)"],
  nl: ["duurzaam (t)", "Gecertificeerd (t)", "Duurzaam materiaal (t)"],
  it: ["sostenibile (t)", "Certificato (t)", "Sostenibile (%)"],
};

/** Headings that are not it: no unit, a negation, a part word (read as the part already), another field's. */
const NOT: string[] = [
  "Nachhaltig",
  "ISCC",
  "Sustainable (yes/no)",
  "nicht nachhaltig (t)",
  "non durable (t)",
  "nachhaltig: nein (t)",
  "davon nachhaltig (t)",
  "Quantity (t)",
  "Biodiesel (t)",
  "Nachhaltig Datum",
  "ISCC-Nr.",
  "Sustainable (EUR)",
  "GHG (g CO2eq/MJ)",
];

describe("the heading of a sustainable quantity with no part word", () => {
  it.each(Object.entries(HEADINGS).flatMap(([lang, hs]) => hs.map((h) => [lang, h])))(
    "%s: %s",
    (_lang, heading) => expect(namesSustainableUnit(heading)).toBe(true),
  );
  it.each(NOT)("not %s", (heading) => expect(namesSustainableUnit(heading)).toBe(false));

  it("every language's meaning with any unit and bracket is one", () => {
    const meanings = Object.values(PART_MEANINGS).flat();
    const units = ["t", "kg", "MT", "m3", "L", "%"];
    const brackets = [(u: string) => `(${u})`, (u: string) => `[${u}]`, (u: string) => `in ${u}`];
    fc.assert(
      fc.property(
        fc.constantFrom(...meanings),
        fc.constantFrom(...units),
        fc.constantFrom(...brackets),
        (m, u, b) => namesSustainableUnit(`${m[0]!.toUpperCase()}${m.slice(1)} ${b(u)}`),
      ),
    );
  });
});

/** The workbook read and run: columns of the sheet named `name`, findings not notes, balances. */
function run(sheets: ReturnType<typeof sheet>[], name: string) {
  const read = readWorkbook({ name: "books.xlsx", sheets });
  const result = runEngine(read.ledger, { findings: read.findings });
  return {
    columns: read.sheets.find((s) => s.name === name)?.columns ?? {},
    errors: result.findings.filter((f) => f.severity === "error"),
    balances: result.balances.map((b) => [b.received, b.complete]),
    delivered: result.balances.map((b) => b.delivered),
  };
}

describe("read beside the quantity", () => {
  it("on receipts: the part; 60 of 100 t gives no credit", () => {
    const r = run([sheet("Receipts", [[...RECEIPT_HEAD, "ISCC (t)"], receipt(100, 60)])], "Receipts");
    expect(r.columns.sustainablePart).toBe("I");
    expect(r.errors.map((f) => [f.code, f.cell])).toEqual([["invalid-quantity", "I2"]]);
  });

  it("on deliveries beside Nachhaltig (ja/nein): the part, read with it", () => {
    const rows: CellValue[][] = [
      ["Date", "Customer", "Customer address", "Product", "Quantity (t)", "Nachhaltig", "Nachhaltig (t)"],
      [serial("2025-02-01"), "C1 AG", "Hafenstr. 1", "Rapeseed oil", 80, "ja", 50],
    ];
    const r = run([sheet("Sales", rows)], "Sales");
    expect([r.columns.sustainable, r.columns.sustainablePart]).toEqual(["F", "G"]);
    // (p-parts) "ja" says there is a part, 50 says how much: 50 t delivered (no receipts: a negative balance)
    expect(r.errors.map((f) => [f.code, f.cell])).toEqual([["negative-balance", "E2"]]);
    expect(r.delivered).toEqual(["50"]);
  });
});

describe("a third column of the part", () => {
  it.each(["ISCC (t)", "Bio (t)", "ISCC-Menge (t)", "sostenible (t)"])(
    "%s beside Nachhaltig and davon nachhaltig (t) on receipts: an error at its heading, the balance incomplete",
    (heading) => {
      const head = [...RECEIPT_HEAD, "Nachhaltig", "davon nachhaltig (t)", heading];
      const r = run([sheet("Receipts", [head, receipt(100, "ja", 100, 100)])], "Receipts");
      expect(r.errors.map((f) => [f.code, f.cell, (f.details as { reason?: string }).reason])).toEqual([
        ["mapping-uncertain", "K1", "part-unplaced"],
      ]);
      expect(r.errors[0]?.message).toContain('from "Nachhaltig" and "davon nachhaltig (t)" already');
      // (p-parts2) 100 of 100 t: all of it under any reading, so credited; 60 would give none (unplaced-credit.test.ts)
      expect(r.balances).toEqual([["100", false]]);
    },
  );

  it("on deliveries: nothing of the sheet declared", () => {
    const rows: CellValue[][] = [
      [
        "Date",
        "Customer",
        "Customer address",
        "Product",
        "Quantity (t)",
        "Sustainable",
        "Sustainable part (t)",
        "ISCC (t)",
      ],
      [serial("2025-02-01"), "C1 AG", "Hafenstr. 1", "Rapeseed oil", 80, "yes", 80, 50],
    ];
    const receipts = sheet("Receipts", [RECEIPT_HEAD, receipt(100)]);
    const read = readWorkbook({ name: "books.xlsx", sheets: [receipts, sheet("Sales", rows)] });
    const result = runEngine(read.ledger, { findings: read.findings });
    const at = result.findings.filter((f) => f.sheet === "Sales" && f.cell === "H1");
    expect(at.map((f) => [f.code, f.severity])).toEqual([["mapping-uncertain", "error"]]);
    expect(result.declarations.filter((d) => d.status === "new")).toEqual([]);
  });
});
