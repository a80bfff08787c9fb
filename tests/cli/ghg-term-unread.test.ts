// Through the real massbal command on a real .xlsx book (brk23 §2): a receipt with eec 20 | "Emissies
// vervoer" 7 | ep 5 and no total column left "Emissies vervoer" unmapped without a word, and its SD
// printed E 25 (the sum of the other terms) for 32, the saving overstated. Now the Dutch, German and
// Italian words for transport and cultivation are read as their term, and a heading with an emission
// word over numbers that is read as no term is refused at its heading, its product's SD held. A
// CO2 price beside the terms is no GHG value: the SD is issued with E 25 as before.
import path from "node:path";
import { books, D, RECEIPTS, receipt, workbookOf, type Spec } from "../workbook/left-out-books";
import { type GhgReport as Report } from "./ghg-books";
import { declareJson, freshFolderPerTest } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

/** The Tallow receipt with the GHG columns `headings` over `values` in place of the total (column K on). */
async function run(file: string, headings: string[], values: Spec[]): Promise<Report> {
  const row = receipt(D("2025-01-05"), "T-1", 10, "Tallow");
  row.splice(10, 1, ...values);
  const header = [...RECEIPTS.slice(0, 10), ...headings, ...RECEIPTS.slice(11)];
  const sheets = books([], { "Tallow receipts": [header, row] });
  await workbookOf(sheets).xlsx.writeFile(path.join(folder.path, file));
  return declareJson<Report>(folder.path, file);
}

const tallow = (r: Report) =>
  r.declarations.filter((d) => d.product === "Tallow").map((d) => [d.status, d.ghgTotal]);
const said = (r: Report) =>
  r.findings.filter((f) => f.place.startsWith("'Tallow")).map((f) => `${f.severity} ${f.code} ${f.place}`);

describe("massbal declare: an emission heading beside the terms of E (no total column)", () => {
  it.each(["Emissies vervoer", "Emissies door vervoer", "Emissionen Logistik", "Emissionen Fracht"])(
    "eec 20 | '%s' 7 | ep 5: read as etd, the SD declares E 32",
    async (h) => {
      const r = await run("etd.xlsx", ["eec", h, "ep"], [20, 7, 5]);
      expect(said(r)).toEqual([]);
      expect(tallow(r)).toEqual([["new", "32"]]);
    },
  );

  it.each(["Emissioni da coltura", "Emissions from farming", "Farming emissions", "Émissions agricoles"])(
    "'%s' 20 | ep 5 | etd 7: read as eec (never the total), the SD declares E 32",
    async (h) => {
      const r = await run("eec.xlsx", [h, "ep", "etd"], [20, 5, 7]);
      expect(said(r)).toEqual([]);
      expect(tallow(r)).toEqual([["new", "32"]]);
    },
  );

  it("eec 20 | 'Emissionen Sonstige' 7 | ep 5: refused at its heading, Tallow's SD held, never issued with E 25", async () => {
    const r = await run("other.xlsx", ["eec", "Emissionen Sonstige", "ep"], [20, 7, 5]);
    expect(said(r)).toEqual(["error mapping-uncertain 'Tallow receipts'!L1"]);
    expect(r.findings.find((f) => f.place === "'Tallow receipts'!L1")?.message).toContain(
      "no GHG total column",
    );
    // held, never issued with the sum of the other terms
    expect(tallow(r).map(([s]) => s)).toEqual(["blocked"]);
  });

  it("eec 20 | 'CO2-Preis (EUR)' 85 | ep 5: a price, no GHG value: the SD declares E 25 as before", async () => {
    const r = await run("price.xlsx", ["eec", "CO2-Preis (EUR)", "ep"], [20, 85, 5]);
    expect(said(r)).toEqual([]);
    expect(tallow(r)).toEqual([["new", "25"]]);
  });
});
