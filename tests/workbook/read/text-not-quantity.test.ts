// (h-noisy) A text column whose heading names no quantity ("Energy source | Biodiesel", "Energy crop
// | Raps") beside the read quantity is no second quantity column: its rows were each refused as
// "not a number" (workbook/text-not-quantity.ts). Headings of the kind in en/de/fr/es/it/nl/pl.
// Must not change: a heading with a quantity word or a unit over words, and any heading over
// amounts, stays a second quantity column, its cells refused or compared.
import { readWorkbook } from "../../../src/workbook/read";
import type { CellValue } from "../../../src/workbook/port";
import { serial, sheet, throughXlsx } from "../fixtures";

jest.setTimeout(60_000);

const D = serial("2025-01-08");
const HEAD = ["Date", "Supplier", "SD number", "Product", "Quantity (t)"];
const rows = (heading: string, value: CellValue): CellValue[][] => [
  [...HEAD, heading],
  [D, "Saipol", "SD-1", "Biodiesel", 100, value],
  [D, "Saipol", "SD-2", "Biodiesel", 50, value],
];
const QUANTITY_CODES = ["second-quantity-column", "invalid-number", "quantity-columns-disagree"];
async function read(heading: string, value: CellValue) {
  const { ledger, findings } = readWorkbook(await throughXlsx(sheet("Receipts", rows(heading, value))));
  return { quantities: ledger.receipts.map((r) => r.quantity), codes: findings.map((f) => f.code) };
}

describe("a text column whose heading names no quantity", () => {
  it.each([
    ["Energy source", "Biodiesel"],
    ["Energy crop", "Rapeseed"],
    ["Energy carrier", "HVO"],
    ["Energieträger", "Biodiesel"],
    ["Energiepflanze", "Raps"],
    ["Source d'énergie", "Biodiesel"],
    ["Culture énergétique", "Colza"],
    ["Fuente de energía", "Biodiésel"],
    ["Cultivo energético", "Colza"],
    ["Fonte energetica", "Biodiesel"],
    ["Coltura energetica", "Colza"],
    ["Energiebron", "Biodiesel"],
    ["Energiegewas", "Koolzaad"],
    ["Źródło energii", "Biodiesel"],
    ["Nośnik energii", "Biodiesel"],
  ])("%p over %p is not a second quantity: every row read", async (heading, value) => {
    const got = await read(heading, value);
    expect(got.quantities).toEqual(["100", "50"]);
    expect(got.codes.filter((c) => QUANTITY_CODES.includes(c))).toEqual([]);
  });
});

describe("must not change: a second quantity column stays caught", () => {
  it.each([
    ["Net weight", "Biodiesel"],
    ["Tonnage", "Biodiesel"],
    ["Gewicht", "Raps"],
    ["Liefermenge", "Biodiesel"],
  ])("%p over words (a quantity word or a unit): its cells refused", async (heading, value) => {
    const got = await read(heading, value);
    expect(got.codes).toContain("second-quantity-column");
    expect(got.codes).toContain("invalid-number");
  });

  it.each([
    ["Energy source", 90],
    ["Net weight", 90],
  ])("%p over an amount that differs: refused", async (heading, value) => {
    const got = await read(heading, value);
    expect(got.codes).toContain("second-quantity-column");
    expect(got.codes).toContain("quantity-columns-disagree");
  });
});
