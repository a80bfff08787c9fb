// `massbal check` on a real .xlsx whose quantity heading writes "Mt" or "tn" (break test 15): "Mt"
// is the SI megatonne (a million tonnes, as "kt" is a thousand) as much as a register's metric
// tonne, and "tn" the US short ton as much as a metric one: both are refused at the heading,
// saying what to write, and nothing is booked; "MT" and "mt", the metric tonne of trade, are read.
import { freshFolderPerTest, massbal, writeBook } from "./run-massbal";

jest.setTimeout(60_000);

const folder = freshFolderPerTest();
const day = new Date("2025-01-05T00:00:00Z");

interface Report {
  findings: { code: string; message: string; sheet: string | null; cell: string | null }[];
  balances: { product: string; received: string }[];
}

async function check(heading: string): Promise<Report> {
  const book = await writeBook(folder.path, "books.xlsx", {
    Wareneingang: [
      ["Datum", "Lieferant", "SD-Nr.", "Produkt", heading, "THG (g CO2eq/MJ)"],
      [day, "Saipol GmbH", "SD-1", "UCO", 100, 10],
    ],
  });
  return JSON.parse(massbal(["check", book, "--json"], folder.path).stdout) as Report;
}

describe("massbal check: a quantity heading in Mt, tn or MT", () => {
  it.each([
    ["Menge (Mt)", /head the column with t, or MT for metric tonnes/],
    ["Menge (Mt.)", /a million tonnes/],
    ["Quantity (tn)", /short tons .* write t/],
    ["Cantidad (tn.)", /short tons .* write t/],
  ])("%s is refused at its heading, saying what to write; nothing is booked", async (heading, says) => {
    const report = await check(heading);
    const f = report.findings.filter((x) => x.sheet === "Wareneingang" && x.cell === "E1");
    expect(f.map((x) => x.code)).toEqual(["invalid-unit"]);
    expect(f[0]!.message).toMatch(says);
    expect(report.balances.find((b) => b.product === "UCO")?.received ?? "0").toBe("0");
  });

  it.each(["Menge (MT)", "Quantity (mt)"])("%s is the metric tonne: 100 t received", async (heading) => {
    const report = await check(heading);
    expect(report.findings.filter((x) => x.sheet === "Wareneingang" && x.cell === "E1")).toEqual([]);
    expect(report.balances.find((b) => b.product === "UCO")?.received).toBe("100");
  });
});
