// (p-rows2, break test brk14 #5) A page's carry-over line after a month's total, through massbal on
// a real .xlsx: "Summe Januar" 50 t, then "Report" (fr), "Transport"/"Overdracht" (nl), "A
// riportare" (it), "Übertrag" (de), "Suma y sigue" (es), "Carried forward" (en) 50 t, then a
// receipt of 10 t. Before, the French, Dutch and Italian lines ended the data: the February receipt
// got no credit (rows-after-blank) and the sales of 60 t closed UCO short.
import { day } from "../../src/books";
import type { CellValue } from "exceljs";
import { fettAg, receiptsHead } from "./opening-books";
import { checkJson, freshFolderPerTest, writeBook } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; sheet?: string | null; cell: string | null }[];
  balances: { received: string; delivered: string; closing: string; complete: boolean }[];
}

const line = (label: string, col: number, qty: number): CellValue[] => {
  const row: CellValue[] = [null, null, null, null, null, qty, null];
  row[col] = label;
  return row;
};

async function run(word: string): Promise<Report> {
  const file = await writeBook(folder.path, "books.xlsx", {
    Einstellungen: [
      ["Einstellung", "Wert"],
      ["Firmenname", "Biogas Nord GmbH"],
      ["Beginn erste Periode", day("2025-01-01")],
    ],
    UCO: [
      receiptsHead(),
      fettAg("2025-01-05", "SD-1", 30),
      fettAg("2025-01-10", "SD-2", 20),
      line("Summe Januar", 0, 50),
      line(word, 1, 50),
      fettAg("2025-02-05", "SD-3", 10),
    ],
    Verkauf: [
      ["Datum", "Kunde", "Produkt", "Menge (t)", "Nachhaltig"],
      [day("2025-01-20"), "Raffinerie X", "UCO", 50, "ja"],
      [day("2025-02-20"), "Raffinerie X", "UCO", 10, "ja"],
    ],
  });
  return checkJson<Report>(folder.path, file);
}

describe("massbal: a carry-over line after a month's total ends nothing", () => {
  it.each(["Report", "Transport", "A riportare", "Übertrag"])(
    "%s 50 t: the February receipt is credited, UCO closes at 0",
    async (word) => {
      const r = await run(word);
      const onUco = r.findings
        .filter((f) => f.sheet === "UCO")
        .map((f) => `${f.code}/${f.severity}@${f.cell}`);
      expect(onUco).toEqual(["totals-row/info@A4", "totals-row/info@B5"]);
      expect(r.balances.map((b) => [b.received, b.delivered, b.closing])).toEqual([["60", "60", "0"]]);
    },
  );
});
