// The Date order setting as people write it on a settings sheet: a key and its value in two
// cells, both in one cell ("Datumsformat: TT.MM.JJJJ"), or a date pattern alone ("MM/DD/YYYY"),
// in six languages, where J is the year in German and Dutch (Jahr, jaar) and the day in French
// (jour), and G the Italian day (giorno). Through real .xlsx files (exceljs): "05/03/2025" is read
// in the order stated; an unclear statement is refused at its cell and read nowhere.
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { sheet, throughXlsx } from "../fixtures";
import { DATE_HEADER, dateRow } from "./date-rows";

async function read(settings: CellValue[][]) {
  return readWorkbook(
    await throughXlsx(
      sheet("Settings", [["Company name", "Ölmühle Nord GmbH"], ...settings]),
      sheet("Receipts", [DATE_HEADER, dateRow(1, "05/03/2025")]),
    ),
  );
}

describe("a Date order setting in the spellings people use", () => {
  it.each([
    // the key and the value in one cell
    ["Datumsformat: TT.MM.JJJJ", "2025-03-05"],
    ["Date format: DD/MM/YYYY", "2025-03-05"],
    ["Format de date : JJ/MM/AAAA", "2025-03-05"],
    ["Formato fecha: DD/MM/AAAA", "2025-03-05"],
    ["Formato data: GG/MM/AAAA", "2025-03-05"],
    ["Datumnotatie: DD-MM-JJJJ", "2025-03-05"],
    ["Date format: MM/DD/YYYY", "2025-05-03"],
    ["Datumsformat: TT.MM.JJ", "2025-03-05"],
    ["Format de date: JJ/MM/AA", "2025-03-05"],
    ["Date order: month first", "2025-05-03"],
    ["Ordine data: giorno mese anno", "2025-03-05"],
    ["Datumvolgorde: dag maand jaar", "2025-03-05"],
    // a date pattern alone
    ["MM/DD/YYYY", "2025-05-03"],
    ["DD.MM.YYYY", "2025-03-05"],
    ["TT.MM.JJJJ", "2025-03-05"],
    ["JJ/MM/AAAA", "2025-03-05"],
    // Polish R (rok), the year as a heading's format hint reads it (date-hints.ts partsOrder)
    ["DD.MM.RRRR", "2025-03-05"],
  ])("%s in one cell reads 05/03/2025 as %s", async (text, want) => {
    const { ledger, findings } = await read([[text]]);
    expect(findings.filter((f) => f.sheet === "Receipts")).toEqual([]);
    expect(ledger.receipts[0]?.date).toBe(want);
  });

  it.each([
    ["Formato fecha", "DD/MM/AAAA", "2025-03-05"],
    ["Formato data", "GG/MM/AAAA", "2025-03-05"],
    ["Formato della data", "GG.MM.AAAA", "2025-03-05"],
    ["Datumnotatie", "DD-MM-JJJJ", "2025-03-05"],
    ["Datumformaat", "MM-DD-JJJJ", "2025-05-03"],
    ["Datumsformat", "TT.MM.JJJJ", "2025-03-05"],
    ["Format de date", "JJ/MM/AAAA", "2025-03-05"],
    ["Format daty", "DD.MM.RRRR", "2025-03-05"],
    ["Format daty", "MM/DD/RRRR", "2025-05-03"],
  ])("%s | %s in two cells reads 05/03/2025 as %s", async (key, value, want) => {
    const { ledger } = await read([[key, value]]);
    expect(ledger.receipts[0]?.date).toBe(want);
  });

  it.each([
    // J twice: German/Dutch years both, no day
    ["Datumsformat: JJ.MM.JJJJ"],
    // year first: says nothing of how 05/03/2025 is read
    ["Date format: YYYY-MM-DD"],
    ["Formato data: GG/MM"],
    ["Datumnotatie: soms zo, soms zo"],
  ])("%s is refused at its cell, and 05/03/2025 stays ambiguous", async (text) => {
    const { ledger, findings } = await read([[text]]);
    const at = findings.filter((f) => f.sheet === "Settings" && f.cell === "A2");
    expect(at.map((f) => `${f.code} ${(f.details as { consequence?: string }).consequence}`)).toEqual([
      "invalid-value setting-date-order",
    ]);
    expect(ledger.receipts).toEqual([]);
    expect(findings.find((f) => f.sheet === "Receipts")?.code).toBe("ambiguous-date");
  });

  it("does not take a pattern alone that names no day-month-year order, nor a date", async () => {
    for (const text of ["YYYY-MM-DD", "05/03/2025", "ab/cd/efgh"]) {
      const { ledger, findings } = await read([[text]]);
      expect(ledger.receipts).toEqual([]);
      expect(findings.filter((f) => f.sheet === "Settings")).toEqual([]);
    }
  });
});
