// (p-rivals) The kind, not the example: any field of receipts or deliveries that a sheet may hold in
// two columns, each headed as the field (its own label), is read by one rule. Where the two agree
// on a row, the row is read and nothing is said at the second column; where they differ, the row
// never yields a booked receipt or delivery without a finding on that row (refused at the second's
// cell, or, for a GHG value, read without it). Before, a second country of origin, claim, scheme,
// waste flag, Annex IX part, density or heating value was dropped without a word, or made every
// row's credit unknown.
import fc from "fast-check";
import { kindSpec } from "../../../src/workbook/fields";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";
import { BASE, type Kind, twiceBook } from "./rival-heads";

jest.setTimeout(300_000);

/** Two values that differ, by the field's type (or id): what a second column may say against the first. */
const PAIRS: Record<string, [CellValue, CellValue]> = {
  date: [serial("2025-03-30"), serial("2025-04-02")],
  dateOrYear: [2019, 2022],
  text: ["Alpha", "Beta"],
  list: ["SD-7", "SD-8"],
  country: ["DE", "FR"],
  claim: ["EU RED compliant", "ISCC PLUS compliant"],
  scheme: ["ISCC EU", "ISCC PLUS"],
  yesno: ["yes", "no"],
  annexIx: ["Part A", "Part B"],
  number: [37, 42],
  unit: ["t", "m3"],
  quantity: [10, 12],
  sdNumber: ["SD-100", "SD-200"],
  // a certificate's number has digits (p-sdcell certificate-cells.ts: "Alpha" is refused at its cell)
  supplierCertificate: ["EU-ISCC-Cert-DE100-11", "EU-ISCC-Cert-DE100-22"],
  customerCertificate: ["EU-ISCC-Cert-DE100-11", "EU-ISCC-Cert-DE100-22"],
};

/**
 * Fields whose second column another rule reads: a sustainable part (second-part.ts); the gross
 * calorific value, never read; a heating value's or density's unit, whose second column is the
 * unit of a second value beside it or held to the first unit column (p-units3: rival-units.test.ts).
 */
const ELSEWHERE = new Set([
  "sustainable",
  "sustainablePart",
  "grossHeatingValue",
  "energyContent",
  "heatingValueUnit",
  "densityUnit",
]);

/** [kind, field id, its label] for every field of receipts and deliveries held in two columns. */
const FIELDS = (["receipts", "deliveries"] as const).flatMap((kind) =>
  (kindSpec(kind)?.fields ?? [])
    .filter((f) => !ELSEWHERE.has(f.id) && (PAIRS[f.id] ?? PAIRS[f.type]))
    .map((f) => [kind, f.id, f.label, f.type] as const),
);

/** A row's second cell against its first: the same value, another, or none. */
type Say = "agree" | "differ" | "none";

function book(kind: Kind, id: string, label: string, type: string, says: readonly Say[]) {
  const [a, b] = PAIRS[id] ?? PAIRS[type] ?? [];
  const theirs = says.map((say) => (say === "agree" ? a : say === "differ" ? b : null) as CellValue);
  const t = twiceBook(kind, id, label, label, a as CellValue, theirs);
  const read = readWorkbook({ name: "b.xlsx", sheets: [sheet(BASE[kind].name, t.sheet)] });
  return { read, at: t.second.charCodeAt(0) - 65 };
}

const letter = (i: number) => String.fromCharCode(65 + i);

describe("every field held in two columns: a row whose two differ is never booked without a finding on it", () => {
  it.each(FIELDS)("%s: %s (%s) twice", (kind, id, label, type) => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<Say>("agree", "differ", "none"), { minLength: 1, maxLength: 4 }),
        (says) => {
          const { read, at } = book(kind, id, label, type, says);
          const sheetName = BASE[kind].name;
          const mine = read.findings.filter((f) => f.sheet === sheetName);
          const booked = (kind === "receipts" ? read.ledger.receipts : read.ledger.deliveries).map(
            (r) => r.source.row,
          );
          says.forEach((say, i) => {
            const row = i + 2;
            const onRow = mine.filter(
              (f) => f.severity === "error" && f.cell?.replace(/^[A-Z]+/, "") === String(row),
            );
            // the property: a row whose two columns differ is refused, or booked with a finding on it
            if (say === "differ") expect(onRow.length).toBeGreaterThan(0);
            // a row that agrees, or whose second cell is blank, is read as the first column says
            else {
              expect(onRow).toEqual([]);
              expect(booked).toContain(row);
            }
          });
          // the second column's heading is said where a row differed, and only then (a second
          // quantity's wherever it holds an amount: rival-columns.ts)
          const heading = mine.filter((f) => f.cell === `${letter(at)}1`);
          const said = id === "quantity" ? says.some((x) => x !== "none") : says.includes("differ");
          expect(heading.length > 0).toBe(said);
        },
      ),
      { numRuns: 12 },
    );
  });
});
