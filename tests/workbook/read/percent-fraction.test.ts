// (brk7 f1/f2/f3) A conversion factor or yield column headed "(%)" holding a plain number of 1 or
// less ("Ausbeute (%)" with 0.85): 0.85 % as the heading says, or 85 % as a fraction of one, 100
// times apart. It is refused at its cell naming both readings (ambiguous-number, percent-fraction);
// above 1 it reads as percent, and a cell typed with "%" or formatted as a percentage reads as such.
import fc from "fast-check";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet, throughXlsx } from "../fixtures";

jest.setTimeout(60_000);

// factor and yield headings in percent, as staff head them (de, en; the production sheet does not
// read "Facteur de conversion" as its factor: see the stop-29 note)
const HEADINGS = [
  "Ausbeute (%)",
  "Conversion factor (%)",
  "Yield (%)",
  "Faktor (%)",
  "Conversion rate (%)",
  "Ausbeute in %",
];

/** The production sheet's factor as read (or the findings at its cell) for one typed value. */
async function factorOf(heading: string, value: string | number, format?: string) {
  const { ledger, findings } = readWorkbook(
    await throughXlsx(
      sheet(
        "Produktion",
        [
          ["Datum", "Einsatzprodukt", "Einsatzmenge (t)", "Ausbringung Produkt", heading],
          [serial("2025-01-20"), "Rapsöl", 100, "HVO", value],
        ],
        format ? { formats: { E2: format } } : {},
      ),
    ),
  );
  const at = findings
    .filter((f) => f.cell === "E2")
    .map((f) => [f.code, (f.details as { reason?: string }).reason]);
  return { factor: ledger.production[0]?.factor, at };
}

describe("a plain number of 1 or less under a percent heading is refused, naming both readings", () => {
  it.each(HEADINGS.flatMap((h) => [0.85, "0,85", "0.96", 1, "1,0"].map((v) => [h, v] as const)))(
    "%p holding %p",
    async (heading, value) => {
      const { factor, at } = await factorOf(heading, value);
      expect(factor).toBeUndefined();
      expect(at).toEqual([["ambiguous-number", "percent-fraction"]]);
    },
  );
});

describe("percent headings read exactly where the value says how", () => {
  it.each([
    [85, "0.85"],
    ["85,5", "0.855"],
    ["85 %", "0.85"],
    ["0,85 %", "0.0085"],
    [96, "0.96"],
  ])("Ausbeute (%%) holding %p reads %s", async (value, expected) => {
    const { factor, at } = await factorOf("Ausbeute (%)", value);
    expect(at).toEqual([]);
    expect(factor).toBe(expected);
  });

  it("a cell formatted as a percentage reads as one (0.85 shown as 85 %)", async () => {
    const { factor, at } = await factorOf("Ausbeute (%)", 0.85, "0%");
    expect(at).toEqual([]);
    expect(factor).toBe("0.85");
  });

  it("a factor column not headed in percent keeps 0.85 as a fraction of one", async () => {
    const { factor, at } = await factorOf("Umrechnungsfaktor", 0.85);
    expect(at).toEqual([]);
    expect(factor).toBe("0.85");
  });
});

it("no plain number of 1 or less under a percent heading is ever read (property)", async () => {
  const values = fc.sample(fc.integer({ min: 1, max: 1000 }), 40).map((n) => n / 1000);
  for (const value of values) {
    const { factor, at } = await factorOf("Yield (%)", value);
    expect([factor, at]).toEqual([undefined, [["ambiguous-number", "percent-fraction"]]]);
  }
});
