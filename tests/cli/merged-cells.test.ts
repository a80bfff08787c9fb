// (brk23 §8, §11) Through the real `massbal declare` on an .xlsx built by exceljs: a customer, its
// certificate and address merged over two equal loads (B2:B3, C2:C3, H2:H3) were read blank on the
// second row, which was refused as a typed subtotal and held every SD of the account; a receipts
// heading of two rows whose second row holds units alone ("t" under "Quantity", "g CO2eq/MJ" under
// "GHG total") had that row read as a booking, every receipt below refused. Now both are read.
import path from "node:path";
import {
  books,
  D,
  DELIVERIES,
  delivery,
  workbookOf,
  receipt,
  RECEIPTS,
  type Sheets,
  type Spec,
} from "../workbook/left-out-books";
import { declareJson, freshFolderPerTest } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; place: string }[];
  declarations: { product: string; status: string; quantity: string; recipient?: { name?: string } }[];
}

async function declare(sheets: Sheets, merges: Record<string, string[]> = {}): Promise<Report> {
  const wb = workbookOf(sheets);
  for (const [name, ranges] of Object.entries(merges))
    for (const m of ranges) wb.getWorksheet(name)!.mergeCells(m);
  await wb.xlsx.writeFile(path.join(folder.path, "books.xlsx"));
  return declareJson<Report>(folder.path, "books.xlsx");
}
const errors = (r: Report) =>
  r.findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.place}`);
const declared = (r: Report) => r.declarations.map((d) => `${d.product} ${d.quantity} ${d.status}`);

it("a customer merged over two equal loads: both loads declared to it, nothing held", async () => {
  const base = books([receipt(D("2025-01-09"), "S-2", 40)]);
  const [header, first] = base.Deliveries as Spec[][];
  const second: Spec[] = [D("2025-02-21"), null, null, "UCO", 30, "t", "yes", null];
  const deliveries = [
    header!,
    first!.map((c) => (c === 100 ? 30 : c)),
    second,
    ...(base.Deliveries as Spec[][]).slice(2),
  ];
  const report = await declare(
    { ...base, Deliveries: deliveries },
    { Deliveries: ["B2:B3", "C2:C3", "H2:H3"] },
  );
  expect(errors(report)).toEqual([]);
  expect(declared(report)).toEqual(["UCO 30 new", "UCO 30 new", "Tallow 5 new"]);
});

it("a unit row under the receipts' heading: 't' and 'g CO2eq/MJ' are their columns' units", async () => {
  const unitAt = RECEIPTS.indexOf("Unit");
  const ghgAt = RECEIPTS.indexOf("GHG total (g CO2eq/MJ)");
  const drop = (row: Spec[]) => row.filter((_, i) => i !== unitAt);
  const header = drop(RECEIPTS.map((h) => (h === "GHG total (g CO2eq/MJ)" ? "GHG total" : h)));
  const units: Spec[] = header.map(() => null);
  units[header.indexOf("Quantity")] = "t";
  units[ghgAt - 1] = "g CO2eq/MJ";
  const rows = [receipt(D("2025-01-08"), "S-1", 60), receipt(D("2025-01-09"), "S-2", 40)].map(drop);
  const report = await declare({ ...books([]), Receipts: [header, units, ...rows] });
  expect(errors(report)).toEqual([]);
  expect(declared(report)).toEqual(["UCO 100 new", "Tallow 5 new"]);
});

// An SD number merged over two delivery rows (I2:I3): read on the first row alone, the second looked
// undeclared and got a NEW declaration for its load. Now refused at each row's cell, nothing issued
// for either row, the number kept taken; the same number written on one row alone is read as before.
describe("a delivery's SD number merged over several delivery rows", () => {
  const withSd = (rows: Spec[][]) => [
    [...DELIVERIES, "SD number"],
    ...rows.map((r, i) => [...r, i === 0 ? "ON-2025-0001" : null]),
  ];
  const loads = () => {
    const [first] = (books([]).Deliveries as Spec[][]).slice(1);
    return [first!.map((c) => (c === 100 ? 30 : c)), delivery(D("2025-02-21"), 30)];
  };

  it("is refused at each row it covers: no second declaration for the load", async () => {
    const base = books([receipt(D("2025-01-09"), "S-2", 40)]);
    const report = await declare({ ...base, Deliveries: withSd(loads()) }, { Deliveries: ["I2:I3"] });
    expect(errors(report)).toEqual(
      expect.arrayContaining(["invalid-value Deliveries!I2", "invalid-value Deliveries!I3"]),
    );
    // held back (no number), never issued a new one
    expect(declared(report)).toEqual(["UCO 30 blocked", "UCO 30 blocked"]);
  });

  it("written on its first row only, unmerged: that row declared outside massbal, the other gets its own", async () => {
    const base = books([receipt(D("2025-01-09"), "S-2", 40)]);
    const report = await declare({ ...base, Deliveries: withSd(loads()) });
    expect(errors(report)).toEqual([]);
    expect(declared(report)).toEqual(["UCO 30 new"]);
  });
});
