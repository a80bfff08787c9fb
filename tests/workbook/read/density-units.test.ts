// p-units3: densities in pounds per volume, °API and specific gravity, as books head and type them
// (en/de/fr/es/it/nl), through real .xlsx files built here and read by the xlsx adapter and the
// engine. Each is read exactly (lb/ft³, lb/US gal, lb/imp gal, kg/L, g/cm³), or refused at its
// cell naming the unit and what to enter (lb/gal alone, °API, SG): never "the density has no unit".
import ExcelJS from "exceljs";
import Decimal from "decimal.js";
import { checkWorkbook } from "../../../src/app/index";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";

type Cell = string | number | Date;
const D = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function check(sheets: Record<string, Cell[][]>) {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  const book = await XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()), "Densities.xlsx");
  return checkWorkbook(book, { today: "2025-04-02", periodStart: "2025-01-01" });
}

const HEAD = ["Date", "Supplier", "SD number", "Product", "Quantity (m³)"];
const ROW: Cell[] = [D("2025-01-08"), "Saipol", "IN-1", "UCO", 100];

/** The received tonnes of 100 m³ at `value` in the heading's unit (or the unit column's). */
async function received(heading: string, value: number, unitCell?: string) {
  const header = unitCell === undefined ? [...HEAD, heading] : [...HEAD, heading, "Density unit"];
  const row = unitCell === undefined ? [...ROW, value] : [...ROW, value, unitCell];
  const out = await check({ Receipts: [header, row] });
  const density = out.findings.filter((f) => f.code === "invalid-unit");
  return { received: out.balances.map((b) => b.received), refused: density };
}

// 1 lb = 0.45359237 kg; 1 ft³ = 0.028316846592 m³; 1 US gal = 0.003785411784 m³ (NIST SP 811
// B.8); 1 imperial gallon = 4.54609 L (Weights and Measures Act 1985): the mass of 100 m³, in t,
// to 6 decimals
const tonnes = (value: number, kgPerUnit: string, m3PerUnit: string) =>
  new Decimal(100)
    .times(value)
    .times(kgPerUnit)
    .dividedBy(m3PerUnit)
    .dividedBy(1000)
    .toDecimalPlaces(6)
    .toString();
const LB = "0.45359237";

describe("densities in a unit of pounds per volume are read exactly", () => {
  it.each([
    ["Density (lb/ft³)", 57, tonnes(57, LB, "0.028316846592")],
    ["Dichte [lb/ft3]", 57, tonnes(57, LB, "0.028316846592")],
    ["Densité (lb/cu ft)", 57.5, tonnes(57.5, LB, "0.028316846592")],
    ["Density (lb/US gal)", 7.6, tonnes(7.6, LB, "0.003785411784")],
    ["Densidad (lbs/gal US)", 7.6, tonnes(7.6, LB, "0.003785411784")],
    ["Density (lb per US gallon)", 7.65, tonnes(7.65, LB, "0.003785411784")],
    ["Density (lb/imp gal)", 9.1, tonnes(9.1, LB, "0.00454609")],
    ["Dichtheid (lb/UK gal)", 9.1, tonnes(9.1, LB, "0.00454609")],
    ["Densità (kg/L)", 0.92, "92"],
    ["Dichte (g/cm³)", 0.915, "91.5"],
  ])("%p with %p: %p t", async (heading, value, t) => {
    const r = await received(heading, value);
    expect(r.refused).toEqual([]);
    expect(r.received).toEqual([t]);
  });

  it.each([
    ["lb/US gal", 7.6, tonnes(7.6, LB, "0.003785411784")],
    ["lb/imp gal", 9.1, tonnes(9.1, LB, "0.00454609")],
    ["lb/ft³", 57, tonnes(57, LB, "0.028316846592")],
  ])("in a unit column: %p", async (unit, value, t) => {
    const r = await received("Density", value, unit);
    expect(r.refused).toEqual([]);
    expect(r.received).toEqual([t]);
  });
});

describe("densities the add-in does not read are refused naming their unit", () => {
  it.each([
    ["Density (lb/gal)", "lb/gal", "US gallon"],
    ["Dichte (lbs/gal)", "lbs/gal", "imperial gallon"],
    ["Densité (lb/gallon)", "lb/gallon", "lb/US gal"],
    ["Density (°API)", "°API", "degrees API"],
    ["Densidad (°API)", "°API", "enter the density in kg/m³"],
    ["Density (SG)", "SG", "specific gravity"],
    ["Dichte (relative Dichte)", "relative Dichte", "specific gravity"],
    ["Densità (densità relativa)", "densità relativa", "enter the density in kg/m³"],
    ["Density (specific gravity)", "specific gravity", "enter the density in kg/m³"],
  ])("%p: %p, %p", async (heading, unit, words) => {
    const r = await received(heading, 0.9);
    expect(r.refused.map((f) => f.cell)).toEqual(["F1"]);
    expect(r.refused[0]?.message).toContain(`"${unit}" in Density`);
    expect(r.refused[0]?.message).toContain(words);
    expect(r.refused[0]?.message).not.toContain("has no unit");
    // the row is left out: no balance is fed by it
    expect(r.received).toEqual([]);
  });

  it.each([
    ["lb/gal", "US gallon"],
    ["LB/GAL", "imperial gallon"],
    ["°API", "degrees API"],
    ["S.G.", "specific gravity"],
  ])("in a unit column: %p", async (unit, words) => {
    const r = await received("Density", 7.6, unit);
    expect(r.refused.map((f) => f.cell)).toEqual(["G2"]);
    expect(r.refused[0]?.message).toContain(`"${unit}" in Density unit`);
    expect(r.refused[0]?.message).toContain(words);
  });
});
