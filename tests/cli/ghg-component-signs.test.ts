// Through the real massbal command on a real .xlsx book (p-ghgunits, brk17 F1): an emission written
// negative (eec -5 beside ep 10, etd 5, no total) was read as written, and the SD carried E 10 for
// the 20 the row gives without the sign. eec, ep, etd and eu are emissions, never negative (RED II
// Annex V C.1; only el may be, C.7): refused at its cell, however the minus is written (-5, −5,
// (5), 5-), and nothing declared from the receipt. el negative and a negative total are read.
import path from "node:path";
import { books, D, receipt, RECEIPTS, workbookOf, type Spec } from "../workbook/left-out-books";
import { declareJson, freshFolderPerTest } from "./run-massbal";
import { COMPONENT_HEADINGS as COMPONENTS, type GhgReport as Report } from "./ghg-books";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

/** The Tallow receipt with eec 20, ep 10, etd 5 and `change` over them (columns K..R, no total). */
async function run(file: string, change: Record<string, Spec>, total?: Spec): Promise<Report> {
  const values: Record<string, Spec> = { eec: 20, el: null, ep: 10, etd: 5, ...change };
  const row = receipt(D("2025-01-05"), "T-1", 10, "Tallow");
  row.splice(10, 1, ...COMPONENTS.map((c) => values[c] ?? null), ...(total === undefined ? [] : [total]));
  const header = [
    ...RECEIPTS.slice(0, 10),
    ...COMPONENTS,
    ...(total === undefined ? [] : ["GHG total (g CO2eq/MJ)"]),
    ...RECEIPTS.slice(11),
  ];
  const sheets = books([], { "Tallow receipts": [header, row] });
  await workbookOf(sheets).xlsx.writeFile(path.join(folder.path, file));
  return declareJson<Report>(folder.path, file);
}

const tallow = (r: Report) => r.declarations.filter((d) => d.product === "Tallow");
const errors = (r: Report) =>
  r.findings.filter((f) => f.severity === "error" && f.place.startsWith("'Tallow"));

describe("massbal declare: a GHG emission written negative", () => {
  it.each([
    ["eec", -5, "K2"],
    ["eec", "\u22125", "K2"],
    ["eec", "(5)", "K2"],
    ["eec", "5-", "K2"],
    ["ep", -5, "M2"],
    ["etd", -5, "N2"],
    ["eu", -0.5, "O2"],
  ])("%s %j: refused at its cell, Tallow not declared", async (field, value, cell) => {
    const report = await run("row.xlsx", { [field]: value });
    expect(errors(report).map((f) => `${f.code} ${f.place}`)).toEqual([
      `invalid-number 'Tallow receipts'!${cell}`,
    ]);
    const message = errors(report)[0]?.message ?? "";
    expect(message).toContain("never negative");
    expect(message).toContain("write it as a positive number in esca, eccs or eccr");
    expect(tallow(report).filter((d) => d.status === "new")).toEqual([]);
    expect(report.balances.find((b) => b.product === "Tallow")?.complete).toBe(false);
  });

  it("eec -5 beside a total 10 that agrees with it: refused all the same", async () => {
    const report = await run("total.xlsx", { eec: -5 }, 10);
    expect(errors(report).map((f) => `${f.code} ${f.place}`)).toEqual([
      "invalid-number 'Tallow receipts'!K2",
    ]);
    expect(tallow(report).map((d) => d.ghgTotal)).not.toContain("10");
  });

  it.each([
    ["el -4 (a carbon stock gain)", { el: -4 }, undefined, "31"],
    ["eec 0 with esca 40 (E below zero)", { eec: 0, esca: 40 }, undefined, "-25"],
    ["a negative total -25 beside those components", { eec: 0, esca: 40 }, -25, "-25"],
  ])("%s: read and declared", async (_, change, total, declared) => {
    const report = await run(`ok-${declared}-${String(total)}.xlsx`, change, total);
    expect(errors(report)).toEqual([]);
    expect(tallow(report).map((d) => [d.status, d.ghgTotal])).toEqual([["new", declared]]);
  });
});
