// Ordinal days as Dutch and French keepers write them: "1ste juni 2024", "2de juni", "8ste",
// "20ste" (Dutch), "1re juin 2024", "1er juin" (French). A table of real spellings through real
// .xlsx files (exceljs), and a property over random days written with each language's ordinals.
import fc from "fast-check";
import { format } from "date-fns/format";
import { fr } from "date-fns/locale/fr";
import { nl } from "date-fns/locale/nl";
import { readWorkbook } from "../../../src/workbook/read";
import { parseDateText } from "../../../src/workbook/values";
import { sheet, throughXlsx } from "../fixtures";
import { DATE_HEADER, dateRow } from "./date-rows";

describe("ordinal days in Dutch and French, through a real .xlsx", () => {
  it.each([
    ["1ste juni 2024", "2024-06-01"],
    ["2de juni 2024", "2024-06-02"],
    ["3de juni 2024", "2024-06-03"],
    ["8ste juni 2024", "2024-06-08"],
    ["20ste juni 2024", "2024-06-20"],
    ["23ste maart 2025", "2025-03-23"],
    ["1e juni 2024", "2024-06-01"],
    ["1ste mrt 2025", "2025-03-01"],
    ["1re juin 2024", "2024-06-01"],
    ["1ʳᵉ juin 2024", "2024-06-01"],
    ["le 1re juin 2024", "2024-06-01"],
    ["1er juin 2024", "2024-06-01"],
    ["2e juin 2024", "2024-06-02"],
    // the Spanish "de" after a space stays the Spanish form
    ["2 de junio de 2024", "2024-06-02"],
  ])("reads %s as %s", async (text, want) => {
    const { ledger, findings } = readWorkbook(
      await throughXlsx(sheet("Receipts", [DATE_HEADER, dateRow(1, text)])),
    );
    expect(findings.filter((f) => f.cell === "A2")).toEqual([]);
    expect(ledger.receipts[0]?.date).toBe(want);
  });

  it.each([
    // an ordinal suffix on a number that is no day, or before no month
    ["32ste juni 2024"],
    ["1ste 2024"],
    ["2re juin 2024"],
  ])("refuses %s at its cell", async (text) => {
    const { ledger, findings } = readWorkbook(
      await throughXlsx(sheet("Receipts", [DATE_HEADER, dateRow(1, text)])),
    );
    expect(ledger.receipts).toEqual([]);
    expect(findings.find((f) => f.cell === "A2")?.code).toBe("invalid-date");
  });
});

/** The Dutch ordinal of a day: 1ste, 8ste and 20ste on, else -de (2de, 19de). */
const dutch = (d: number) => `${d}${d === 1 || d === 8 || d >= 20 ? "ste" : "de"}`;

describe("any day written with an ordinal", () => {
  const aDay = fc.date({
    min: new Date(2000, 0, 1),
    max: new Date(2049, 11, 31),
    noInvalidDate: true,
  });
  const iso = (d: Date) => format(d, "yyyy-MM-dd");

  it("Dutch: '<d>ste/de <maand> <jaar>' reads the day", () => {
    fc.assert(
      fc.property(aDay, (d) => {
        const text = `${dutch(d.getDate())} ${format(d, "MMMM yyyy", { locale: nl })}`;
        expect(parseDateText(text, null)).toEqual({ ok: true, value: iso(d) });
      }),
      { numRuns: 300 },
    );
  });

  it("French: '1re'/'1er' or the number, '<mois> <année>' reads the day", () => {
    fc.assert(
      fc.property(aDay, fc.boolean(), (d, feminine) => {
        const day = d.getDate() === 1 ? (feminine ? "1re" : "1er") : String(d.getDate());
        const text = `${day} ${format(d, "MMMM yyyy", { locale: fr })}`;
        expect(parseDateText(text, null)).toEqual({ ok: true, value: iso(d) });
      }),
      { numRuns: 300 },
    );
  });
});
