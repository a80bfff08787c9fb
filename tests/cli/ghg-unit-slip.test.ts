// Through the real massbal command on a real .xlsx book: a GHG total typed in kg CO2eq/MJ
// ("0,0105") under a heading in g CO2eq/MJ is refused at its cell (docs/rules.md, GHG values),
// and no declaration carries it 1,000 times too low.
import path from "node:path";
import { books, D, receipt, RECEIPTS, workbookOf } from "../workbook/left-out-books";
import { checkJson, freshFolderPerTest } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; place: string; message: string }[];
  balances: { product: string; complete: boolean }[];
  declarations: { product: string; status: string }[];
}

describe("massbal check: a GHG total in kg CO2eq/MJ under a g CO2eq/MJ heading", () => {
  it("is refused at its cell; Tallow's account is incomplete and nothing declares 0.0105", async () => {
    const tallow = receipt(D("2025-01-05"), "T-1", 10, "Tallow");
    tallow[10] = "0,0105";
    const sheets = books([], { "Tallow receipts": [RECEIPTS, tallow] });
    await workbookOf(sheets).xlsx.writeFile(path.join(folder.path, "slip.xlsx"));
    const report = checkJson<Report>(folder.path, "slip.xlsx");
    const at = report.findings.filter((f) => f.place === "'Tallow receipts'!K2");
    expect(at.map((f) => `${f.code} ${f.severity}`)).toEqual(["invalid-number error"]);
    expect(at[0]?.message).toMatch(/below 0\.1 g CO2eq\/MJ.*kg CO2eq\/MJ/);
    expect(report.balances.find((b) => b.product === "Tallow")).toMatchObject({ complete: false });
    expect(JSON.stringify(report.declarations)).not.toContain("0.0105");
    expect(report.declarations.filter((d) => d.product === "Tallow" && d.status === "new")).toEqual([]);
  });
});

// --- p-ghg2: a production row's and a transfer's GHG values; components in kg CO2eq/MJ ---
describe("massbal check: GHG values refused on production rows and receipts' components", () => {
  it("a production row's 0.0105 leaves its balances incomplete; components 0.0052/0.0011 refuse the receipt's credit", async () => {
    const tallow = receipt(D("2025-01-05"), "T-1", 10, "Tallow");
    tallow.splice(10, 1, null, "0,0052", "0,0011");
    const sheets = books([], {
      "Tallow receipts": [
        [...RECEIPTS.slice(0, 10), "GHG total", "eec", "etd", ...RECEIPTS.slice(11)],
        tallow,
      ],
      Production: [
        ["Date", "Input product", "Input quantity (t)", "Output product", "Output quantity (t)", "GHG total"],
        [D("2025-01-10"), "UCO", 10, "UCOME", 9, 0.0105],
      ],
    });
    await workbookOf(sheets).xlsx.writeFile(path.join(folder.path, "kinds.xlsx"));
    const report = checkJson<Report>(folder.path, "kinds.xlsx");
    const errors = report.findings.filter((f) => f.severity === "error" && /Production|Tallow/.test(f.place));
    expect(errors.map((f) => `${f.code} ${f.place}`)).toEqual([
      "invalid-number Production!F2",
      "invalid-number 'Tallow receipts'!L2",
    ]);
    expect(errors[0]?.message).toContain("the output is booked without GHG values");
    expect(errors[1]?.message).toMatch(/components.*kg CO2eq\/MJ.*its credit is unknown/);
    for (const product of ["UCOME", "Tallow"])
      expect(report.balances.find((b) => b.product === product)).toMatchObject({ complete: false });
    expect(JSON.stringify(report.declarations)).not.toMatch(/0\.0105|0\.0052|0\.0011/);
    expect(report.declarations.filter((d) => d.product !== "UCO" && d.status === "new")).toEqual([]);
  });
});
// --- end p-ghg2

// --- coordinator (stop 30): a GHG cell's unit compared with its heading's by meaning ---
describe("massbal check: a GHG value typed with its unit in another spelling of the heading's", () => {
  it("'12,5 kg CO2e/t' under 'GHG total (kg CO2eq/t)' is read, not refused as a unit conflict", async () => {
    const tallow = receipt(D("2025-01-05"), "T-1", 10, "Tallow");
    tallow[10] = "12,5 kg CO2e/t";
    const other = receipt(D("2025-01-06"), "T-2", 10, "Tallow");
    other[10] = "12,5 kg CO2eq/t TM";
    const heading = [...RECEIPTS.slice(0, 10), "GHG total (kg CO2eq/t)", ...RECEIPTS.slice(11)];
    const sheets = books([], { "Tallow receipts": [heading, tallow, other] });
    await workbookOf(sheets).xlsx.writeFile(path.join(folder.path, "spelling.xlsx"));
    const report = checkJson<Report>(folder.path, "spelling.xlsx");
    const at = (cell: string) =>
      report.findings.filter((f) => f.place === `'Tallow receipts'!${cell}`).map((f) => f.code);
    expect(at("K2")).toEqual([]);
    // per dry tonne is another unit: still refused naming both
    expect(at("K3").length).toBeGreaterThan(0);
  });
});
