// Dates as people write them with a month name, in English, German, French, Spanish, Italian and
// Dutch (the first of the month as each writes its ordinal: "1st", "1er", "1°", "1º", "1.", "1e"),
// through a real .xlsx file (exceljs): each is read as the day it names where one reading
// is certain, and refused at its cell where it is not (a weekday that is not the date's own, a
// month name no language reads), never read as another day.
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { sheet, throughXlsx } from "../fixtures";
import { DATE_HEADER as HEADER, dateRow as row } from "./date-rows";

// [as written, the day it names, or null where it is refused]
const SPELLINGS: [string, string | null][] = [
  ["1 fév 2025", "2025-02-01"],
  ["1 fev 2025", "2025-02-01"],
  ["1 févr 2025", "2025-02-01"],
  ["1 févr. 2025", "2025-02-01"],
  ["le 3 mars 2025", "2025-03-03"],
  ["le 1er février 2025", "2025-02-01"],
  ["1er mars 2025", "2025-03-01"],
  ["lundi 3 mars 2025", "2025-03-03"],
  ["3. März 2025", "2025-03-03"],
  ["3 März 2025", "2025-03-03"],
  ["3. Mrz. 2025", "2025-03-03"],
  ["Montag, 3. März 2025", "2025-03-03"],
  ["Mar 3, 2025", "2025-03-03"],
  ["March 3rd, 2025", "2025-03-03"],
  ["3rd March 2025", "2025-03-03"],
  ["Monday, 3 March 2025", "2025-03-03"],
  ["Mon, 3 Mar 2025", "2025-03-03"],
  ["3 de marzo de 2025", "2025-03-03"],
  ["2 de enero de 2025", "2025-01-02"],
  ["3 mar 2025", "2025-03-03"],
  ["3 maart 2025", "2025-03-03"],
  ["3 mrt 2025", "2025-03-03"],
  ["3 mei 2025", "2025-05-03"],
  ["3 mag 2025", "2025-05-03"],
  ["3 ott 2025", "2025-10-03"],
  ["3 dic. 2025", "2025-12-03"],
  // the first of the month as an ordinal, in each language's own mark
  ["1° giugno 2024", "2024-06-01"],
  ["1º giugno 2024", "2024-06-01"],
  ["sabato 1° giugno 2024", "2024-06-01"],
  ["1º de junio de 2024", "2024-06-01"],
  ["1.º de junio de 2024", "2024-06-01"],
  ["1° de junio de 2024", "2024-06-01"],
  ["1er juin 2024", "2024-06-01"],
  ["1st June 2024", "2024-06-01"],
  ["June 1st, 2024", "2024-06-01"],
  ["2nd June 2024", "2024-06-02"],
  ["3rd June 2024", "2024-06-03"],
  ["June 22nd, 2024", "2024-06-22"],
  ["1. Juni 2024", "2024-06-01"],
  ["1e juni 2024", "2024-06-01"],
  ["2e juni 2024", "2024-06-02"],
  // a weekday that is not the date's own: 1 June 2024 was a Saturday
  ["domenica 1° giugno 2024", null],
  // a weekday that is not the date's own: 3 March 2025 was a Monday
  ["Tue, 3 Mar 2025", null],
  ["Dienstag, 3. März 2025", null],
  ["mardi 3 mars 2025", null],
  // no month any of the six languages names
  ["3 Marx 2025", null],
];

it("reads each spelling of a named month as its day, and refuses the ones that are not certain", async () => {
  const book = await throughXlsx(sheet("Receipts", [HEADER, ...SPELLINGS.map(([t], i) => row(i + 1, t))]));
  const { ledger, findings } = readWorkbook(book);
  const got = SPELLINGS.map((_, i) => {
    const refused = findings.find((f) => f.sheet === "Receipts" && f.cell === `A${i + 2}`);
    if (refused) return refused.code === "invalid-date" ? null : refused.code;
    return ledger.receipts.find((r) => r.source.row === i + 2)?.date;
  });
  expect(Object.fromEntries(SPELLINGS.map(([t], i) => [t, got[i]]))).toEqual(Object.fromEntries(SPELLINGS));
});

it("keeps a column headed Date whose values are mostly no day: each is refused at its cell, the days read", async () => {
  const dates: CellValue[] = ["2025", "Jan 2025", "Q1 2025", "tbd", "Feb 2025", "3 mars 2025"];
  const book = await throughXlsx(sheet("Receipts", [HEADER, ...dates.map((d, i) => row(i + 1, d))]));
  const { ledger, findings, sheets } = readWorkbook(book);
  expect(sheets[0]?.columns.date).toBe("A");
  expect(findings.filter((f) => f.code === "header-not-found")).toEqual([]);
  // the heading is read as the Date though its values speak against it: the user is asked
  expect(findings.filter((f) => f.code === "mapping-uncertain").map((f) => f.cell)).toEqual(["A1"]);
  const refused = findings.filter((f) => f.code === "invalid-date").map((f) => f.cell);
  expect(refused).toEqual(["A2", "A3", "A4", "A5", "A6"]);
  expect(ledger.receipts.map((r) => r.date)).toEqual(["2025-03-03"]);
});
