// (p-cols) A sheet whose only quantity heading names the sustainable part ("Nachhaltige Menge (t)",
// "ISCC-Menge (t)") said "no column for Quantity" and nothing of that heading, so the user could
// not tell what to map. The finding now names the heading and says how to map it. (p-noise) So
// does a heading of sustainable material and a unit alone ("Nachhaltig (t)", "Sustainable (t)",
// "Durable (t)"), which recognition gives the Sustainable field: it said "no column for Quantity"
// alone, as if the column were a yes/no; its unit makes it a sustainable quantity.
import type { CellValue } from "../../../src/workbook/port";
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
  "Nachhaltige Menge",
  // (p-noise) sustainable material and a unit, no part word
  "Nachhaltig (t)",
  "nachhaltig: ja (t)",
  "zertifiziert [t]",
  "Sustainable (t)",
  "Sustainable (kg)",
  "Certified (t)",
  "Durable (t)",
  "Durable en t",
  "Sostenible (t)",
  "Sostenibile (t)",
  "Duurzaam (t)",
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

  it.each(PARTS)("deliveries: %s is named, with how to map it", (heading) => {
    const { findings, deliveries } = readOne("Ausgang", [
      ["Datum", "Kunde", "Produkt", heading],
      [serial("2025-01-05"), "Fuel AG", "UCO", 20],
    ]);
    const said = findings.filter((f) => f.code === "header-not-found");
    expect(said.map((f) => [f.cell, (f.details as { reason?: string }).reason])).toEqual([
      ["A1", "part-only"],
    ]);
    expect(said[0]?.message).toContain(`"${heading}"`);
    expect(deliveries).toEqual([]);
  });

  // a share (%) is no quantity to map; a yes/no heading (no unit) none either
  it.each(["Nachhaltiger Anteil (%)", "Sustainable (%)", "Nachhaltig", "Sustainable"])(
    "%s is not named as a part to map",
    (heading) => {
      const { findings } = readOne("Eingang", [
        ["Datum", "Lieferant", "SD-Nr.", "Produkt", heading],
        [serial("2025-01-05"), "Fett AG", "SD-1", "UCO", 100],
      ]);
      const said = findings.filter((f) => f.code === "header-not-found");
      expect(said.length).toBe(1);
      expect(said.map((f) => (f.details as { reason?: string }).reason)).not.toContain("part-only");
    },
  );
});

/** What the reader finds on one sheet `name` of `rows`. */
function readOne(name: string, rows: CellValue[][]) {
  const read = readWorkbook({ name: "b.xlsx", sheets: [sheet(name, rows)] });
  return { findings: read.findings, deliveries: read.ledger.deliveries };
}
