// Through the real massbal command on a real .xlsx book (p-ghg2, brk14 #4): a receipts sheet with
// the GHG components and "THG gesamt (g CO2eq/MJ)" and no method column. A total of 18 beside
// components adding up to 8 was declared as 18 with a warning only; it is refused at its cell and
// nothing declares it. A total within 0.05 of its components is read; with the method stated, a
// default value's total is read as written, with the warning as before.
import path from "node:path";
import { books, D, receipt, RECEIPTS, workbookOf, type Spec } from "../workbook/left-out-books";
import { declareJson, freshFolderPerTest } from "./run-massbal";
import { COMPONENT_HEADINGS as COMPONENTS, type GhgReport as Report } from "./ghg-books";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

/** The Tallow receipt with components 0, 0, 5, 3, 0, 0, 0, 0 (= 8) and `total`; a method column when given. */
async function run(file: string, total: Spec, method?: string): Promise<Report> {
  const row = receipt(D("2025-01-05"), "T-1", 10, "Tallow");
  row.splice(10, 1, 0, 0, 5, 3, 0, 0, 0, 0, total, ...(method ? [method] : []));
  const header = [
    ...RECEIPTS.slice(0, 10),
    ...COMPONENTS,
    "THG gesamt (g CO2eq/MJ)",
    ...(method ? ["THG-Methode"] : []),
    ...RECEIPTS.slice(11),
  ];
  const sheets = books([], { "Tallow receipts": [header, row] });
  await workbookOf(sheets).xlsx.writeFile(path.join(folder.path, file));
  return declareJson<Report>(folder.path, file);
}

const tallow = (r: Report) => r.declarations.filter((d) => d.product === "Tallow");
const said = (r: Report) =>
  r.findings.filter((f) => f.code === "ghg-total-mismatch").map((f) => `${f.severity} ${f.place}`);

describe("massbal declare: a GHG total beside its components, no method stated", () => {
  it("18 beside components of 8: refused at the total's cell, Tallow not declared", async () => {
    const report = await run("off.xlsx", 18);
    expect(said(report)).toEqual(["error 'Tallow receipts'!S2"]);
    const f = report.findings.find((x) => x.code === "ghg-total-mismatch");
    expect(f?.message).toContain("the GHG total 18 does not equal the components");
    expect(f?.message).toContain("= 8)");
    expect(f?.message).toContain("does not say how the total was computed");
    expect(tallow(report).filter((d) => d.status === "new")).toEqual([]);
    expect(tallow(report).map((d) => d.ghgTotal)).not.toContain("18");
    expect(report.balances.find((b) => b.product === "Tallow")?.complete).toBe(false);
  });

  it("8.05 beside components of 8 (within 0.05): read and declared", async () => {
    const report = await run("edge.xlsx", 8.05);
    expect(said(report)).toEqual([]);
    expect(tallow(report).map((d) => [d.status, d.ghgTotal])).toEqual([["new", "8.05"]]);
  });

  it("18 beside components of 8 with the method 'DDV' stated: read as written, a warning", async () => {
    const report = await run("ddv.xlsx", 18, "DDV");
    expect(said(report)).toEqual(["warning 'Tallow receipts'!S2"]);
    expect(tallow(report).map((d) => [d.status, d.ghgTotal])).toEqual([["new", "18"]]);
  });
});
