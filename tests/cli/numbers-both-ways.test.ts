// `massbal check` on a real .xlsx whose quantities are typed as text both ways (break test 14):
// "3.5" proves the decimal point as "2,5" proves the comma, so "1.250" (1.25 or 1250) is refused at
// its cell, never booked as 1250; "3,000" beside "1.250,5" and "2.5" likewise is never booked as 3.
import { freshFolderPerTest, massbal, writeBook } from "./run-massbal";

jest.setTimeout(60_000);

const folder = freshFolderPerTest();
const day = new Date("2025-01-05T00:00:00Z");

interface Report {
  findings: { code: string; severity: string; message: string; sheet: string | null; cell: string | null }[];
  balances: { product: string; received: string }[];
}

async function check(quantities: string[]): Promise<Report> {
  const rows = quantities.map((q, i) => [day, "Saipol GmbH", `IN-${i}`, "UCO", q, 10]);
  const book = await writeBook(folder.path, "books.xlsx", {
    Receipts: [
      ["Date", "Supplier", "SD number", "Product", "Quantity (t)", "GHG total (g CO2eq/MJ)"],
      ...rows,
    ],
  });
  return JSON.parse(massbal(["check", book, "--json"], folder.path).stdout) as Report;
}

describe("massbal check: a quantity column written with both decimal separators", () => {
  it.each([
    [
      ["3.5", "4.75", "0.5", "2,5", "1.250"],
      "E6",
      "11.25",
      /"2,5" \(decimal comma\) and "3\.5" \(decimal point\)/,
    ],
    [["1.250,5", "2.5", "3,000"], "E4", "1253", /"1\.250,5" \(decimal comma\) and "2\.5" \(decimal point\)/],
  ])("%j: refuses %s at its cell and books only the rest (%s t)", async (qs, cell, received, proofs) => {
    const report = await check(qs);
    const f = report.findings.filter((x) => x.sheet === "Receipts" && x.cell === cell);
    expect(f.map((x) => `${x.severity} ${x.code}`)).toEqual(["error ambiguous-number"]);
    expect(f[0]!.message).toMatch(proofs);
    expect(f[0]!.message).toMatch(/written both ways/);
    expect(report.balances.find((b) => b.product === "UCO")?.received).toBe(received);
  });
});
