// brk22 §4: a column of each row's energy content ("Energy content (MJ)", in seven languages, in
// MJ, GJ, TJ, kWh or MWh) was dropped without a word, then said at its heading and not read. A
// receipt's or delivery's is now read with its heading's unit as the field energyContent (a check
// of quantity × heating value, engine/intake/energy-content.ts; energy-content-check.test.ts); a
// stock count's is still said at its heading. The same words under a unit per mass ("Energiegehalt
// (MJ/kg)"), or with no unit, stay the heating value, read as before (must not change); "Energy
// source", "Energy crop" and their kin are no energy content (must not change).
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet, throughXlsx } from "../fixtures";

const D = serial("2025-02-01");

async function read(name: "Receipts" | "Deliveries", heading: string, value: number | string) {
  const headers =
    name === "Receipts"
      ? ["Date", "Supplier", "SD number", "Product", "Quantity (t)", heading]
      : ["Date", "Customer", "Product", "Quantity (t)", "Sustainable", heading];
  const values =
    name === "Receipts" ? ["Saipol", "SD-1", "UCO", 60, value] : ["Fuel AG", "UCO", 60, "yes", value];
  const { ledger, sheets, findings } = readWorkbook(
    await throughXlsx(sheet(name, [headers, [D, ...values]])),
  );
  const rows = (name === "Receipts" ? ledger.receipts : ledger.deliveries) ?? [];
  return {
    columns: sheets.find((s) => s.name === name)?.columns ?? {},
    row: rows[0] as Record<string, unknown> | undefined,
    findings,
  };
}

// heading, value, unit: the lot's energy in each language and unit staff write
const ENERGY: [string, number, string][] = [
  ["Energy content (MJ)", 2220000, "MJ"],
  ["Energy content (GJ)", 2220, "GJ"],
  ["Energy content (TJ)", 2.22, "TJ"],
  ["Energy content [MWh]", 616.6667, "MWh"],
  ["Energy content (kWh)", 616666.67, "kWh"],
  ["Energiegehalt (MJ)", 2220000, "MJ"],
  ["Energiegehalt in GJ", 2220, "GJ"],
  ["Contenu énergétique (MJ)", 2220000, "MJ"],
  ["Contenu énergétique (MWh)", 616.6667, "MWh"],
  ["Contenuto energetico (MJ)", 2220000, "MJ"],
  ["Contenuto energetico (kWh)", 616666.67, "kWh"],
  ["Contenido energético (GJ)", 2220, "GJ"],
  ["Contenido energético (MJ)", 2220000, "MJ"],
  ["Energie-inhoud (MJ)", 2220000, "MJ"],
  ["Energieinhoud (GJ)", 2220, "GJ"],
  ["Zawartość energii (MJ)", 2220000, "MJ"],
  ["Zawartość energii (GJ)", 2220, "GJ"],
];

describe("a column of the rows' energy content", () => {
  it.each(["Deliveries", "Receipts"] as const)(
    "on %s: read with its unit in every spelling",
    async (name) => {
      for (const [heading, value, unit] of ENERGY) {
        const { columns, row, findings } = await read(name, heading, value);
        expect([heading, columns.energyContent, columns.heatingValue]).toEqual([heading, "F", undefined]);
        expect([heading, row?.energyContent, row?.energyContentUnit]).toEqual([heading, String(value), unit]);
        // no longer said at its heading: it is read
        expect(findings.filter((f) => f.code === "energy-content-column")).toEqual([]);
        // the row itself is read as before: its quantity, no heating value
        expect(row?.quantity).toBe("60");
        expect(row?.heatingValue).toBeUndefined();
        expect(findings.filter((f) => f.severity === "error")).toEqual([]);
      }
    },
  );

  it("a blank cell says nothing and gives no energy", async () => {
    const { ledger, findings } = readWorkbook(
      await throughXlsx(
        sheet("Deliveries", [
          ["Date", "Customer", "Product", "Quantity (t)", "Sustainable", "Energy content (MJ)"],
          [D, "Fuel AG", "UCO", 60, "yes", null],
        ]),
      ),
    );
    expect(ledger.deliveries).toHaveLength(1);
    expect(ledger.deliveries?.[0]?.energyContent).toBeUndefined();
    expect(findings).toEqual([]);
  });

  it("a stock count's energy column is still said at its heading, not read (must not change)", async () => {
    const { ledger, findings } = readWorkbook(
      await throughXlsx(
        sheet("Stock", [
          ["Date", "Product", "Quantity (t)", "Energy content (MJ)"],
          [D, "UCO", 60, 2220000],
        ]),
      ),
    );
    expect(ledger.stockCounts?.[0]?.quantity).toBe("60");
    expect(findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ["energy-content-column", "warning", "D1"],
    ]);
  });
});

// an energy carrier, a crop grown for energy: words of energy that are no energy content
describe("energy words that are no energy content (must not change)", () => {
  it.each([
    "Energy source",
    "Energy crop",
    "Energieträger",
    "Energiepflanze",
    "Source d'énergie",
    "Fonte energetica",
    "Fuente de energía",
    "Energiebron",
    "Źródło energii",
  ])("%p is not read as the energy content", async (heading) => {
    const { columns, findings } = await read("Deliveries", heading, "Biomethane");
    expect(columns.energyContent).toBeUndefined();
    expect(findings.filter((f) => f.code.startsWith("energy-content"))).toEqual([]);
  });
});

describe("the same words per mass, or without a unit, stay the heating value (must not change)", () => {
  it.each([
    ["Energiegehalt (MJ/kg)", 37],
    ["Energy content (MJ/kg)", 37],
    ["Energy content (GJ/t)", 37],
    ["Heizwert (MJ/kg)", 37],
  ])("%p is the heating value", async (heading, value) => {
    const { columns, row, findings } = await read("Deliveries", heading, value);
    expect([columns.heatingValue, columns.energyContent]).toEqual(["F", undefined]);
    expect(row?.heatingValue).toBe("37");
    expect(findings.filter((f) => f.code === "energy-content-column")).toEqual([]);
  });

  it("a bare 'Energiegehalt' is the heating value (its unit then asked for, as before)", async () => {
    const { columns } = await read("Deliveries", "Energiegehalt", 37);
    expect([columns.heatingValue, columns.energyContent]).toEqual(["F", undefined]);
  });
});

// brk24 §3: "Wartość opałowa (MJ/kg)" was left unread without a word (the SD said "no heating value")
describe("the heating value's heading in seven languages", () => {
  it.each([
    ["de", "Unterer Heizwert (MJ/kg)"],
    ["en", "Lower heating value (MJ/kg)"],
    ["en", "Net calorific value (MJ/kg)"],
    ["fr", "PCI (MJ/kg)"],
    ["fr", "Pouvoir calorifique inférieur (MJ/kg)"],
    ["it", "Potere calorifico inferiore (MJ/kg)"],
    ["es", "Poder calorífico inferior (MJ/kg)"],
    ["nl", "Stookwaarde (MJ/kg)"],
    ["nl", "Calorische onderwaarde (MJ/kg)"],
    ["pl", "Wartość opałowa (MJ/kg)"],
    ["pl", "Wartość kaloryczna (MJ/kg)"],
    ["pl", "Kaloryczność (MJ/kg)"],
  ])("%s: %p is the heating value", async (_, heading) => {
    const { columns, row } = await read("Deliveries", heading, 37);
    expect(columns.heatingValue).toBe("F");
    expect(row?.heatingValue).toBe("37");
  });

  // the gross value is never the heating value the rules use
  it.each(["Brennwert (MJ/kg)", "Gross calorific value (MJ/kg)", "Pouvoir calorifique supérieur (MJ/kg)"])(
    "%p is not the heating value",
    async (heading) => {
      const { columns } = await read("Deliveries", heading, 39);
      expect(columns.heatingValue).toBeUndefined();
    },
  );
});
