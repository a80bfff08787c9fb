// Through the real massbal command on a real .xlsx book: biomethane's heating value typed 9.97
// MJ/Nm³ (its figure in kWh/Nm³) is refused at its cell naming biomethane and the kWh slip, and
// the 1,000 MWh are not booked as 361,083 Nm³ (src/engine/product-heating.ts, docs/rules.md).
import path from "node:path";
import { convertingHeadings, D, workbookOf } from "../workbook/left-out-books";
import { freshFolderPerTest, massbal, stderrBeyondProgress } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; place: string; message: string }[];
  balances: { product: string; complete: boolean; received: string }[];
}

describe("massbal check: a named product's heating value in the wrong unit", () => {
  it("9.97 MJ/Nm³ of biomethane is refused at its cell; the account is incomplete", async () => {
    const sheets = {
      Receipts: [
        convertingHeadings("Heating value"),
        [D("2025-01-08"), "Collect GmbH", "S-1", "Biomethane", 1000, "MWh", 9.97, "MJ/Nm³"],
        [D("2025-01-09"), "Collect GmbH", "S-2", "Biomethane", 10, "MWh", null, null],
      ],
    };
    await workbookOf(sheets).xlsx.writeFile(path.join(folder.path, "bm.xlsx"));
    const run = massbal(["check", "bm.xlsx", "--json"], folder.path);
    expect(stderrBeyondProgress(run.stderr)).toBe("");
    const report = JSON.parse(run.stdout) as Report;
    const at = report.findings.filter((f) => f.code === "implausible-value");
    expect(at.map((f) => `${f.severity} ${f.place}`)).toEqual(["error Receipts!G2"]);
    expect(at[0]?.message).toMatch(/impossible for biomethane.*33–40 MJ\/Nm³.*looks like kWh\/Nm³/);
    expect(JSON.stringify(report.balances)).not.toContain("361");
    expect(report.balances.find((b) => b.product === "Biomethane")).toMatchObject({
      complete: false,
      received: "10000",
    });
  });
});
