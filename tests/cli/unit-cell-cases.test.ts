// p-small: `massbal check` on a real .xlsx whose unit column writes "Mg", "mg", "m³ (15 °C)" or
// "m³ (20 °C)". "Mg" (the megagram, exactly 1 t) and "m³ (15 °C)" (the standard volume the
// density tables use) had been refused as unknown units; "mg" (the milligram) and a volume at
// another reference temperature stay refused, now saying what to write, and nothing is booked.
import { freshFolderPerTest, massbal, writeBook } from "./run-massbal";

jest.setTimeout(60_000);

const folder = freshFolderPerTest();
const day = new Date("2025-01-05T00:00:00Z");

interface Report {
  findings: { code: string; message: string; sheet: string | null; cell: string | null }[];
  balances: { product: string; received: string; unit?: string }[];
}

async function check(unit: string): Promise<Report> {
  const book = await writeBook(folder.path, "books.xlsx", {
    Wareneingang: [
      ["Datum", "Lieferant", "SD-Nr.", "Produkt", "Menge", "Einheit", "THG (g CO2eq/MJ)"],
      [day, "Saipol GmbH", "SD-1", "UCO", 100, unit, 10],
    ],
  });
  return JSON.parse(massbal(["check", book, "--json"], folder.path).stdout) as Report;
}

describe("massbal check: a unit cell whose case or reference temperature decides it", () => {
  it.each([
    ["Mg", "100"],
    ["t", "100"],
    ["m³ (15 °C)", "100"],
    ["m3 @15°C", "100"],
    ["m³ bei 15 °C", "100"],
    ["m³", "100"],
  ])("%s is read: 100 received, no finding at the unit cell", async (unit, received) => {
    const report = await check(unit);
    expect(report.findings.filter((x) => x.sheet === "Wareneingang" && x.cell === "F2")).toEqual([]);
    expect(report.balances.find((b) => b.product === "UCO")?.received).toBe(received);
  });

  it.each([
    ["mg", /milligrams .* write Mg .* t/],
    ["MG", /megagrams .* milligrams .* write t/],
    ["m³ (20°C)", /15 °C .* write m³ \(15 °C\)/],
    ["Nm³ (15 °C)", /Nm³ at 0 °C/],
  ])("%s is refused at its cell, saying what to write; nothing is booked", async (unit, says) => {
    const report = await check(unit);
    const f = report.findings.filter((x) => x.sheet === "Wareneingang" && x.cell === "F2");
    expect(f.map((x) => x.code)).toEqual(["invalid-unit"]);
    expect(f[0]!.message).toMatch(says);
    expect(report.balances.find((b) => b.product === "UCO")?.received ?? "0").toBe("0");
  });
});
