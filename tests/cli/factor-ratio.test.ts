// (brk24 §4) A yield as a ratio or per mille, through the real massbal command on a real .xlsx.
import { day } from "../../src/books";
import { balanceOf, checkFarmBooks, farmReceipts } from "./factor-books";
import { freshFolderPerTest } from "./run-massbal";

jest.setTimeout(120_000);
const folder = freshFolderPerTest();
const check = (sheets: Record<string, unknown[][]>) => checkFarmBooks(folder.path, sheets);
const balance = balanceOf;

describe("massbal: a yield written as a ratio or per mille (brk24 §4)", () => {
  const production = (heading: string, factor: string | number) => ({
    Receipts: farmReceipts("Rapeseed"),
    Produktion: [
      ["Datum", "Einsatzprodukt", "Einsatzmenge (t)", "Ausbringung Produkt", heading],
      [day("2025-02-01"), "Rapeseed", 1000, "Rapeseed oil", factor],
    ],
  });
  it.each<[string, string | number, string]>([
    ["Ausbeute", "1:0,42", "420"],
    ["Ausbeute (‰)", 420, "420"],
    ["Verhältnis Input:Output", "4:1", "250"],
  ])("%s %s makes %s t of oil", async (heading, factor, produced) => {
    const r = await check(production(heading, factor));
    expect(balance(r, "Rapeseed oil")?.produced).toBe(produced);
  });
  it("refuses a ratio under a heading that states no order, at its cell", async () => {
    const r = await check(production("Umrechnungsverhältnis", "1:1.25"));
    const f = r.findings.find((x) => x.code === "invalid-number");
    expect(f).toMatchObject({ sheet: "Produktion", cell: "E2" });
    expect(f?.message).toContain("does not say which side is the input");
  });
});
