// brk22 §9: fuel trade books keep the volume as measured ("Menge (L)") beside the standard volume at
// 15 °C ("Menge bei 15 °C (L)"); the ambient one was read as the quantity and every row where they
// differ refused. The 15 °C one is the volume the add-in reads (EN ISO 91): it is read, whichever
// side it stands, and the ambient one left unread with an info at its heading, in de/en/fr/it/es/
// nl/pl. A heading's temperature outside its brackets belongs to the unit: "Menge bei 20 °C (L)"
// was read as litres at 15 °C silently; it is refused as "L @ 20 °C" is, and beside an ambient
// volume two such columns that differ stay refused (neither is the standard volume).
import { runEngine } from "../../../src/engine/index";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

const D = serial("2025-01-10");

function read(a: string, b: string | null, values: CellValue[]) {
  const head = ["Datum", "Lieferant", "SD-Nr.", "Produkt", a, ...(b ? [b] : [])];
  return readWorkbook({
    name: "b.xlsx",
    sheets: [sheet("Receipts", [head, [D, "Fett AG", "SD-1", "Biodiesel", ...values]])],
  });
}

/** [language, the ambient volume's heading, the standard volume's] */
const PAIRS: [string, string, string][] = [
  ["de", "Menge (L)", "Menge bei 15 °C (L)"],
  ["de", "Menge (L)", "Menge 15C (L)"],
  ["de", "Volumen (m³)", "Volumen (m³ bei 15 °C)"],
  ["en", "Quantity (L)", "Quantity at 15 °C (L)"],
  ["en", "Volume (m3)", "Volume @15°C (m3)"],
  ["fr", "Quantité (L)", "Quantité à 15 °C (L)"],
  ["it", "Quantità (L)", "Quantità a 15 °C (L)"],
  ["es", "Cantidad (L)", "Cantidad a 15 °C (L)"],
  ["nl", "Hoeveelheid (L)", "Hoeveelheid bij 15 °C (L)"],
  ["pl", "Ilość (L)", "Ilość w 15 °C (L)"],
];

describe.each(PAIRS)("%s: %s beside %s", (_, ambient, standard) => {
  it.each([
    ["ambient first", ambient, standard, [101000, 100000], "F1"],
    ["standard first", standard, ambient, [100000, 101000], "F1"],
  ] as [string, string, string, CellValue[], string][])(
    "%s: the volume at 15 °C is read, the ambient one said unread",
    (_l, a, b, values) => {
      const { ledger, findings } = read(a, b, values);
      expect(ledger.receipts.map((r) => [r.quantity, r.unit])).toEqual([["100000", expect.any(String)]]);
      expect(findings.filter((f) => f.severity === "error")).toEqual([]);
      const note = findings.filter((f) => f.code === "second-quantity-column");
      expect(note.map((f) => [f.severity, f.details?.reason, f.details?.value])).toEqual([
        ["info", "standard-volume", ambient],
      ]);
    },
  );
});

describe("what is not the standard volume is never read as it", () => {
  it("a heading at 20 °C alone is refused at its heading (it was read as litres at 15 °C)", () => {
    const r = read("Menge bei 20 °C (L)", null, [100000]);
    expect(r.ledger.receipts.map((x) => x.unit)).toEqual(["L @ 20 °C"]);
    const { findings, balances } = runEngine(r.ledger, { findings: r.findings, today: "2025-04-15" });
    expect(findings.map((f) => [f.code, f.cell])).toContainEqual(["invalid-unit", "E1"]);
    expect(balances.every((b) => b.received === "0")).toBe(true);
  });
  it.each([
    ["Menge (L)", "Menge bei 20 °C (L)"],
    ["Menge (L)", "Menge (L) Tank 2"],
  ])("%s beside %s that differ: refused, never one picked", (a, b) => {
    const { ledger, findings } = read(a, b, [101000, 100000]);
    expect(ledger.receipts).toEqual([]);
    expect(findings.map((f) => f.code)).toContain("quantity-columns-disagree");
  });
  it("two columns at 15 °C that differ stay refused", () => {
    const { ledger, findings } = read("Menge bei 15 °C (L)", "Volumen bei 15 °C (L)", [101000, 100000]);
    expect(ledger.receipts).toEqual([]);
    expect(findings.map((f) => f.code)).toContain("quantity-columns-disagree");
  });
  it("a mass beside a volume at 15 °C is no ambient volume: read as before", () => {
    const { ledger, findings } = read("Menge (t)", "Menge bei 15 °C (L)", [88, 100000]);
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(["88"]);
    expect(findings.filter((f) => f.severity === "info" && f.code === "second-quantity-column")).toEqual([]);
  });
  it("Density at 15 °C keeps its temperature out of any quantity", () => {
    const { ledger } = read("Menge (L)", "Dichte bei 15 °C (kg/m³)", [100000, 880]);
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(["100000"]);
  });
});
