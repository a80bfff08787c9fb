// p-mult: a quantity heading or unit cell with a multiplier or divisor ("Menge t (x 1.000)",
// "Menge in 1000 kg", "Tsd. t") is refused at its cell naming the multiplier, never read as its
// plain unit (x1000 wrong). Real spellings in de/en/fr/es/nl through a real .xlsx file.
import ExcelJS from "exceljs";
import fc from "fast-check";
import { checkWorkbook } from "../../../src/app/index";
import { unitRefusal } from "../../../src/engine/units";
import { headerWords } from "../../../src/workbook/header-words";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";

const HEAD = ["Date", "Supplier", "SD number", "Product", "Quantity (t)", "Claim", "Country of origin"];

/** A real .xlsx with one receipt of 5 under `quantityHeading` (and a Unit column when `unit`). */
async function book(quantityHeading: string, unit?: string): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Receipts");
  const head = [...HEAD];
  head[4] = quantityHeading;
  const row: (string | number | Date)[] = [
    new Date("2025-01-08T00:00:00Z"),
    "Agrar Handel Nord GmbH",
    "A1",
    "Rapeseed oil",
    5,
    "EU RED compliant",
    "DE",
  ];
  if (unit !== undefined) {
    head.push("Unit");
    row.push(unit);
  }
  ws.addRow(head);
  ws.addRow(row);
  ws.getCell("A2").numFmt = "yyyy-mm-dd";
  return XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()), "Mult.xlsx");
}

async function outcome(heading: string, unit?: string) {
  const out = await checkWorkbook(await book(heading, unit), {
    today: "2025-04-02",
    periodStart: "2025-01-01",
  });
  const refused = out.findings.filter((f) => f.code === "invalid-unit");
  return { received: out.balances.map((b) => `${b.received} ${b.unit}`), refused };
}

// prettier-ignore
const MULTIPLIED = [
  "Menge t (x 1.000)", "Qty MT (x1000)", "Quantity t (×1000)", "Menge (t) ×1.000", "Qty (t) (000s)",
  "Menge [t] /1000", "Menge (t) in Tsd.", "Quantity (t) in thousands", "Menge in 1000 kg",
  "Menge in 1 000 kg", "Menge in 1.000 Liter", "Menge (kg) ÷ 1000", "Qty ('000 MT)", "Menge (Tsd. kg)",
  "Quantité (en milliers de t)", "Cantidad (miles de kg)", "Hoeveelheid (x 1000 kg)", "Menge ×10³ t",
  "Menge (in 1.000 t)", "Menge Tsd. t", "Volumen Mio. L",
];

/** The reason and reading of an invalid-unit finding's details (a reading refusal carries both). */
const reasonOf = (details: object): unknown[] => {
  const d = details as { reason?: unknown; read?: unknown };
  return [d.reason, d.read];
};

describe("a quantity heading with a multiplier is refused at the heading, naming it", () => {
  it.each(MULTIPLIED)("%s", async (heading) => {
    const { received, refused } = await outcome(heading);
    expect(received.filter((r) => !r.startsWith("0 "))).toEqual([]);
    expect(refused.map((f) => [f.cell, ...reasonOf(f.details)])).toEqual([
      ["E1", "refused-unit", "multiplier"],
    ]);
    expect(refused[0]?.message).toContain("multiplier");
  });

  it.each(["Quantity (t)", "Menge (t)", "Menge in kt", "Net qty (t)"])(
    "%s is still read",
    async (heading) => {
      const { received, refused } = await outcome(heading);
      expect(refused).toEqual([]);
      expect(received).toEqual([heading === "Menge in kt" ? "5000 t" : "5 t"]);
    },
  );
});

describe("a unit cell with a multiplier names the unit it read, never 'no unit'", () => {
  it.each(["1000 kg", "Tsd. t", "x1000 kg", "Mio. L", "miles de kg"])("%s", async (unit) => {
    const { refused } = await outcome("Quantity", unit);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.map((f) => f.message).join(" ")).toContain(unit);
    expect(refused.map((f) => f.message).join(" ")).not.toContain("has no unit");
  });
});

describe("property: a heading with any multiplier token never reads as its plain unit", () => {
  // prettier-ignore
  const TOKENS = ["x 1.000", "x1000", "×1000", "× 10³", "/1000", "÷ 1000", "in Tsd.", "in thousands",
    "(000s)", "'000", "Tsd.", "Mio.", "en milliers de", "miles de", "x 1 000", "(in 1.000"];
  const WORDS = ["Menge", "Quantity", "Qty", "Quantité", "Cantidad", "Hoeveelheid", "Volumen"];
  const UNITS = ["t", "kg", "MT", "L", "m³", "Liter", "Tonnen"];
  it("holds", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...WORDS),
        fc.constantFrom(...TOKENS),
        fc.constantFrom(...UNITS),
        fc.integer({ min: 0, max: 3 }),
        (word, token, unit, shape) => {
          const heading = [
            `${word} (${unit}) ${token}`,
            `${word} ${token} ${unit}`,
            `${word} [${token} ${unit}]`,
            `${word} ${unit} (${token})`,
          ][shape] as string;
          const hw = headerWords(heading);
          if (hw.unit === null) return true; // no unit: refused as having none, never read
          // (p-numbers) "Tsd. t" in brackets is exactly a kilotonne: read as kt, never as t
          if (token === "Tsd." && unit === "t" && unitRefusal(hw.unit) !== "multiplier") {
            expect(hw.unit).toBe("kt");
            return true;
          }
          expect(unitRefusal(hw.unit)).toBe("multiplier");
          return true;
        },
      ),
    );
  });
});
