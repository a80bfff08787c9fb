// Through the real massbal command on a real .xlsx book (p-ghg2, brk12 c13/c16): one GHG total in
// two columns of a receipt row. "GHG total" 10 beside "GHG lt. SD" 20: the declaration carries the
// SD's 20, never the plain 10 (the saving overstated); a default value 14 beside an actual one 10:
// neither is declared, the row's GHG value is refused at its cell and holds the declaration back.
import path from "node:path";
import { books, D, receipt, RECEIPTS, workbookOf, type Spec } from "../workbook/left-out-books";
import { declareJson, freshFolderPerTest } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; place: string; message: string }[];
  declarations: { product: string; status: string; ghgTotal: string | null }[];
}

/** The Tallow receipts sheet with its GHG total under `first` and again under `second`, 10 t at [a, b]. */
async function run(file: string, first: string, second: string, a: Spec, b: Spec): Promise<Report> {
  const tallow = receipt(D("2025-01-05"), "T-1", 10, "Tallow");
  tallow.splice(10, 1, a);
  tallow.push(b);
  const heading = [...RECEIPTS.slice(0, 10), first, ...RECEIPTS.slice(11), second];
  const sheets = books([receipt(D("2025-01-09"), "S-2", 40)], { "Tallow receipts": [heading, tallow] });
  await workbookOf(sheets).xlsx.writeFile(path.join(folder.path, file));
  return declareJson<Report>(folder.path, file);
}

describe("massbal declare: one GHG total in two columns of a receipt", () => {
  it("'THG (g CO2eq/MJ)' 10 beside 'THG lt. SD (g CO2eq/MJ)' 20: Tallow is declared with the SD's 20", async () => {
    const report = await run("sd.xlsx", "THG (g CO2eq/MJ)", "THG lt. SD (g CO2eq/MJ)", 10, 20);
    const tallow = report.declarations.filter((d) => d.product === "Tallow");
    expect(tallow.map((d) => [d.status, d.ghgTotal])).toEqual([["new", "20"]]);
    const said = report.findings.filter((f) => f.place.startsWith("'Tallow receipts'"));
    expect(said.map((f) => `${f.code} ${f.severity} ${f.place}`)).toEqual([
      "second-ghg-column warning 'Tallow receipts'!N1",
    ]);
    expect(said[0]?.message).toContain("the value the supplier's SD states");
  });

  it("'THG Standardwert' 14 beside 'THG tatsächlich' 10: refused at its cell, Tallow not declared", async () => {
    const report = await run(
      "two.xlsx",
      "THG Standardwert (g CO2eq/MJ)",
      "THG tatsächlich (g CO2eq/MJ)",
      14,
      10,
    );
    const errors = report.findings.filter((f) => f.severity === "error" && f.place.startsWith("'Tallow"));
    expect(errors.map((f) => `${f.code} ${f.place}`)).toEqual(["ghg-columns-disagree 'Tallow receipts'!K2"]);
    expect(errors[0]?.message).toMatch(/is 10 g CO2eq\/MJ in "THG tatsächlich.*says 14 g CO2eq\/MJ/);
    expect(report.declarations.filter((d) => d.product === "Tallow" && d.status === "new")).toEqual([]);
    const tallow = report.declarations.filter((d) => d.product === "Tallow");
    expect(tallow.map((d) => d.ghgTotal).filter((g) => g === "10" || g === "14")).toEqual([]);
  });

  // p-ghgfold: a second column that states nothing is no disagreement; a value only in the column
  // not read, or beside the SD's blank column, is refused at its cell, never declared nor dropped
  it("'GHG actual value' 20 beside 'GHG default value' '-': Tallow is declared with 20, nothing refused", async () => {
    const report = await run(
      "dash.xlsx",
      "GHG actual value (gCO2eq/MJ)",
      "GHG default value (gCO2eq/MJ)",
      20,
      "-",
    );
    const tallow = report.declarations.filter((d) => d.product === "Tallow");
    expect(tallow.map((d) => [d.status, d.ghgTotal])).toEqual([["new", "20"]]);
    const errors = report.findings.filter((f) => f.severity === "error" && f.place.startsWith("'Tallow"));
    expect(errors).toEqual([]);
  });

  it.each([
    [
      "'GHG default value' 14 beside a blank 'GHG actual value'",
      "GHG actual value (gCO2eq/MJ)",
      "GHG default value (gCO2eq/MJ)",
      null,
      14,
      "N2",
    ],
    ["'THG' 14 beside a blank 'THG lt. SD'", "THG (g CO2eq/MJ)", "THG lt. SD (g CO2eq/MJ)", 14, null, "K2"],
  ])("%s: refused at its cell, Tallow not declared with 14", async (_, first, second, a, b, cell) => {
    const report = await run("only.xlsx", first, second, a, b);
    const errors = report.findings.filter((f) => f.severity === "error" && f.place.startsWith("'Tallow"));
    expect(errors.map((f) => `${f.code} ${f.place}`)).toEqual([
      `ghg-columns-disagree 'Tallow receipts'!${cell}`,
    ]);
    expect(errors[0]?.message).toContain("blank in");
    const tallow = report.declarations.filter((d) => d.product === "Tallow");
    expect(tallow.filter((d) => d.status === "new")).toEqual([]);
    expect(tallow.map((d) => d.ghgTotal).filter((g) => g === "14")).toEqual([]);
  });
});
