// brk22 §4: a column of each row's energy content ("Energy content (MJ)", in seven languages, in
// MJ, GJ, kWh or MWh) was dropped without a word. It is recognised under a unit of energy only and
// said once at its heading (energy-content-column): the add-in does not read it, and the message
// says what the declarations state instead. The same words under a unit per mass ("Energiegehalt
// (MJ/kg)"), or with no unit, stay the heating value, read as before (must not change).
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet, throughXlsx } from "../fixtures";

const D = serial("2025-02-01");

async function read(name: "Receipts" | "Deliveries", heading: string, value: number) {
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

// heading, value: the lot's energy in each language and unit staff write
const ENERGY: [string, number][] = [
  ["Energy content (MJ)", 2220000],
  ["Energy content (GJ)", 2220],
  ["Energy content [MWh]", 616.6667],
  ["Energy content (kWh)", 616666.67],
  ["Energiegehalt (MJ)", 2220000],
  ["Energiegehalt in GJ", 2220],
  ["Contenu énergétique (MJ)", 2220000],
  ["Contenu énergétique (MWh)", 616.6667],
  ["Contenuto energetico (MJ)", 2220000],
  ["Contenuto energetico (kWh)", 616666.67],
  ["Contenido energético (GJ)", 2220],
  ["Contenido energético (MJ)", 2220000],
  ["Energie-inhoud (MJ)", 2220000],
  ["Energieinhoud (GJ)", 2220],
  ["Zawartość energii (MJ)", 2220000],
  ["Zawartość energii (GJ)", 2220],
];

describe("a column of the rows' energy content", () => {
  it.each(["Deliveries", "Receipts"] as const)(
    "on %s: said at its heading in every spelling",
    async (name) => {
      for (const [heading, value] of ENERGY) {
        const { columns, row, findings } = await read(name, heading, value);
        expect([heading, columns.energyContent, columns.heatingValue]).toEqual([heading, "F", undefined]);
        const said = findings.filter((f) => f.code === "energy-content-column");
        expect([heading, said.map((f) => [f.severity, f.cell])]).toEqual([heading, [["warning", "F1"]]]);
        expect(said[0]?.message).toContain(`"${heading}"`);
        expect(said[0]?.message).toContain("give the heating value (MJ/kg)");
        // the row itself is read as before: its quantity, nothing converted by the column
        expect(row?.quantity).toBe("60");
        expect(row?.heatingValue).toBeUndefined();
        expect(findings.filter((f) => f.severity === "error")).toEqual([]);
      }
    },
  );

  it("a blank column says nothing", async () => {
    const { ledger, findings } = readWorkbook(
      await throughXlsx(
        sheet("Deliveries", [
          ["Date", "Customer", "Product", "Quantity (t)", "Sustainable", "Energy content (MJ)"],
          [D, "Fuel AG", "UCO", 60, "yes", null],
        ]),
      ),
    );
    expect(ledger.deliveries).toHaveLength(1);
    expect(findings.filter((f) => f.code === "energy-content-column")).toEqual([]);
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
