// (p-held) A share or part headed without a unit or % never reads a plain number: 40 beside 50 t
// may be 40 t or 40 %, 0.4 may be 0.4 t or 40 % ("Part durable" 40 was read as 40 t, "Sustainable
// share" 40 as 40 %). The property: whatever the number and heading, the cell is refused and the
// delivery's part is unreadable; with the unit or % in the heading it is read as that.
import fc from "fast-check";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

const HEADINGS = [
  "Sustainable share",
  "Sustainable part",
  "Anteil nachhaltig",
  "Nachhaltiger Anteil",
  "Part durable",
  "Part certifiée",
  "Parte sostenible",
  "Cuota sostenible",
  "Aandeel duurzaam",
  "Quota sostenibile",
  "Parte sostenibile",
];

function read(heading: string, value: number) {
  const rows = [
    ["Date", "Customer", "Customer address", "Product", "Quantity (t)", heading],
    [serial("2025-02-01"), "Fuel AG", "Hafenstr. 1, Hamburg", "UCO", 50, value],
  ];
  return readWorkbook({ name: "books.xlsx", sheets: [sheet("Sales", rows)] });
}

const number = fc.oneof(
  fc.integer({ min: 1, max: 500 }),
  fc.double({ min: 0.001, max: 1, noNaN: true }).map((x) => Math.round(x * 1000) / 1000 || 0.5),
);

describe("a share or part headed without unit or %", () => {
  it("property: a plain number is refused at its cell, never read as a quantity or a share", () => {
    fc.assert(
      fc.property(fc.constantFrom(...HEADINGS), number, (heading, value) => {
        const r = read(heading, value);
        expect(r.sheets[0]?.columns.sustainablePart).toBe("F");
        const at = r.findings.filter((f) => f.cell === "F2");
        expect(at.map((f) => [f.code, (f.details as { reason?: string }).reason])).toEqual([
          ["invalid-value", "share-number"],
        ]);
        expect(r.ledger.deliveries[0]?.unreadable).toContain("sustainablePart");
        expect(r.ledger.incomplete?.length ?? 0).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it.each(HEADINGS)("%s with (%%) or (t) in the heading reads 40 as 40 %% or 40 t", (heading) => {
    const share = read(`${heading} (%)`, 40).ledger.deliveries[0];
    expect([share?.sustainablePart, share?.sustainablePartUnit]).toEqual(["40", "%"]);
    const quantity = read(`${heading} (t)`, 40).ledger.deliveries[0];
    expect([quantity?.sustainablePart, quantity?.sustainablePartUnit]).toEqual(["40", "t"]);
  });
});
