// (p-cols) A sheet whose only quantity heading names the sustainable part ("Nachhaltige Menge (t)",
// "ISCC-Menge (t)") said "no column for Quantity" and nothing of that heading, so the user could
// not tell what to map. The finding now names the heading and says how to map it.
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

const PARTS: string[] = [
  "Nachhaltige Menge (t)",
  "ISCC-Menge (t)",
  "Sustainable quantity (t)",
  "Quantité durable (t)",
  "Cantidad sostenible (t)",
  "Duurzame hoeveelheid (t)",
  "Quantità sostenibile (t)",
];

describe("a receipts sheet whose only quantity heading is a part's", () => {
  it.each(PARTS)("%s is named, with how to map it", (heading) => {
    const { findings, sheets } = readWorkbook({
      name: "b.xlsx",
      sheets: [
        sheet("Eingang", [
          ["Datum", "Lieferant", "SD-Nr.", "Produkt", heading],
          [serial("2025-01-05"), "Fett AG", "SD-1", "UCO", 20],
        ]),
      ],
    });
    expect(sheets[0]?.kind).toBe("receipts");
    const said = findings.filter((f) => f.code === "header-not-found");
    expect(said.map((f) => [f.cell, (f.details as { reason?: string }).reason])).toEqual([
      ["A1", "part-only"],
    ]);
    expect(said[0]?.message).toContain(`"${heading}"`);
    expect(said[0]?.message).toMatch(/map it as Quantity in the add-in's Sheets tab/);
  });

  it("a share heading (%) is no quantity to map", () => {
    const { findings } = readWorkbook({
      name: "b.xlsx",
      sheets: [
        sheet("Eingang", [
          ["Datum", "Lieferant", "SD-Nr.", "Produkt", "Nachhaltiger Anteil (%)"],
          [serial("2025-01-05"), "Fett AG", "SD-1", "UCO", 100],
        ]),
      ],
    });
    const said = findings.filter((f) => f.code === "header-not-found");
    expect(said.map((f) => (f.details as { reason?: string }).reason)).not.toContain("part-only");
  });
});
