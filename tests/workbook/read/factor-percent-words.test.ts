// (brk19 #3) A production factor headed in percent by a word, not "%" ("Ausbeute in Prozent"), and
// a co-product's yield headed "(%)": 42 was read as the bare factor 42 (conversion-impossible,
// "above 1"; the co-product's credit refused). A word of percent anywhere in a factor's heading, in
// seven languages, reads 42 as 0.42, as "Ausbeute (%)" does; headings without one do not change.
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet, throughXlsx } from "../fixtures";

jest.setTimeout(60_000);

/** The production row's factors as read, a main factor headed `main` (42) and, with `co`, a co-product's (57). */
async function factorsOf(main: string, co?: string) {
  const head = ["Datum", "Einsatzprodukt", "Einsatzmenge (t)", "Ausbringung Produkt", main];
  const row = [serial("2025-01-20"), "Raps", 1000, "Rapsöl", 42];
  const { ledger } = readWorkbook(
    await throughXlsx(
      sheet("Produktion", [
        co ? [...head, "By-product", co] : head,
        co ? [...row, "Rapeseed meal", 57] : row,
      ]),
    ),
  );
  // the co-product is booked as a row of its own, its factor the row's (records.ts)
  return ledger.production.map((p) => p.factor);
}

describe("a factor headed in percent by a word reads as percent", () => {
  it.each([
    "Ausbeute in Prozent",
    "Ausbeute Prozent",
    "Yield percent",
    "Yield in percent",
    "Yield percentage",
    "Rendement en pourcentage",
    "Rendement en pourcent",
    "Resa percentuale",
    "Rendimiento porcentaje",
    "Opbrengst procent",
    "Opbrengst in procent",
  ])("%p 42 is 0.42", async (heading) => expect(await factorsOf(heading)).toEqual(["0.42"]));
});

describe("a co-product's yield headed in percent reads as percent, as the main one", () => {
  it.each(["By-product yield (%)", "By-product yield in %", "By-product yield percent"])(
    "%p 57 is 0.57",
    async (heading) => expect(await factorsOf("Yield (%)", heading)).toEqual(["0.42", "0.57"]),
  );
});

describe("factor headings that do not say percent do not change", () => {
  it.each([
    ["Ausbeute (%)", "0.42"],
    ["Yield %", "0.42"],
    ["Rendement (%)", "0.42"],
    ["Ausbeute", "42"],
    ["Conversion factor", "42"],
    ["Faktor (t/t)", "42"],
  ])("%p 42 is %p", async (heading, factor) => expect(await factorsOf(heading)).toEqual([factor]));
});
