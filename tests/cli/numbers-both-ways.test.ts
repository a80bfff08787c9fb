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

describe("massbal check: kg with thousands points beside GHG values copied from SDs (break test 15)", () => {
  it.each([
    ["9.8", "10.2"],
    ["9,8", "10,2"],
  ])("GHG %s, %s settles nothing of '25.000' and '24.500': both refused, nothing booked", async (g1, g2) => {
    const book = await writeBook(folder.path, "kg.xlsx", {
      Wareneingang: [
        ["Datum", "Lieferant", "SD-Nr.", "Produkt", "Menge (kg)", "THG (g CO2eq/MJ)"],
        [day, "Saipol GmbH", "SD-1", "UCO", "25.000", g1],
        [day, "Saipol GmbH", "SD-2", "UCO", "24.500", g2],
      ],
    });
    const report = JSON.parse(massbal(["check", book, "--json"], folder.path).stdout) as Report;
    const at = (cell: string) =>
      report.findings.filter((x) => x.sheet === "Wareneingang" && x.cell === cell).map((x) => x.code);
    expect([at("E2"), at("E3")]).toEqual([["ambiguous-number"], ["ambiguous-number"]]);
    expect(report.findings.find((x) => x.cell === "E2")?.message).toMatch(/nothing in its column tells/);
    expect(report.balances.find((b) => b.product === "UCO")?.received ?? "0").toBe("0");
  });
});
