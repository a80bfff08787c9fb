// Metric units as real headings write them (break test 14, c18): read exactly where the heading
// says which unit, refused where it does not (heading-units.ts).
import { readWorkbook } from "../../src/workbook/read";
import { headerWords } from "../../src/workbook/header-words";
import { serial, sheet, throughXlsx } from "./fixtures";

describe("the unit a quantity heading states", () => {
  it.each([
    // heading, the unit read
    ["Gewicht (kg netto)", "kg"],
    ["Gewicht (netto kg)", "kg"],
    ["Poids (kg net)", "kg"],
    ["Peso (kg netto)", "kg"],
    ["Hoeveelheid (ton)", "t"],
    ["Gewicht (ton)", "t"],
    ["Quantità (ton)", "t"],
    ["Peso (ton)", "t"],
    ["Cantidad (Tm)", "t"],
    ["Cantidad (TM)", "t"],
    ["Menge (Mg)", "t"],
    ["Menge (1000 kg)", "t"],
    ["Menge (Tsd. t)", "kt"],
    ["Menge (Tsd t)", "kt"],
    ["Quantità (q.li)", "dt"],
    ["Quantità (quintali)", "dt"],
    ["Quantità (ql)", "dt"],
    // (brk22) "Tonnage" alone is a weight in tonnes (en, fr, de); "Tonnage (kg)" keeps its unit
    ["Tonnage", "t"],
    ["tonnage", "t"],
    ["Tonnage net", "t"],
    ["Tonnage (kg)", "kg"],
    // (brk22) a volume's temperature in the heading's words belongs to its unit
    ["Menge bei 15 °C (L)", "L"],
    ["Quantité à 15 °C (L)", "L"],
    ["Menge bei 20 °C (L)", "L @ 20 °C"],
  ])("%s is in %s", (heading, unit) => {
    expect(headerWords(heading).unit).toBe(unit);
    expect(headerWords(heading).unitClass).toBe("quantity");
  });

  it.each([
    // not told: kept as written, and refused by the engine
    ["Quantity (ton)", "ton"],
    ["Cantidad (ton)", "ton"],
    // milligrams: kept as written, refused with the milligram advice (unit-cases.ts, p-small)
    ["Menge (mg)", "mg"],
    ["Menge (q)", "q"],
    ["Menge (1.000 kg)", "Menge (1.000 kg)"],
  ])("%s is not read as a metric unit (%s)", (heading, unit) => {
    expect(headerWords(heading).unit).toBe(unit);
  });
});

describe("receipts under those headings", () => {
  it.each([
    ["Gewicht (kg netto)", "100", "kg"],
    ["Hoeveelheid (ton)", "100", "t"],
    ["Quantità (ton)", "100", "t"],
    ["Cantidad (Tm)", "100", "t"],
    ["Menge (Mg)", "100", "t"],
    ["Quantità (q.li)", "100", "dt"],
    ["Quantità (q)", "100", "dt"],
  ])("%s: 100 is read as %s %s", async (heading, quantity, unit) => {
    const snap = await throughXlsx(
      sheet("Receipts", [
        ["Date", "Supplier", "SD number", "Product", heading, "Claim"],
        [serial("2025-01-08"), "Agrar Handel Nord GmbH", "A1", "Rapeseed oil", 100, "ISCC compliant"],
      ]),
    );
    const { ledger, findings } = readWorkbook(snap);
    expect(findings.filter((f) => f.sheet === "Receipts" && f.severity === "error")).toEqual([]);
    expect(ledger.receipts.map((r) => [r.quantity, r.unit])).toEqual([[quantity, unit]]);
  });
});
