// A delivery marked "non" is never declared, through the real massbal command on a real .xlsx
// (new-user test: a French "Durable" column was not recognised, and "Durable: non" was declared).
import path from "node:path";
import { type BookCell as Cell, day as d, plainBook, RECEIPT_COLUMNS } from "../../src/books";
import { writeBookFile } from "../../src/workbook/xlsx/write-book";
import { certificateRows, receiptRow } from "./receipt-rows";
import { freshFolderPerTest, massbal, stderrBeyondProgress } from "./run-massbal";

jest.setTimeout(90_000);

interface Report {
  findings: { code: string; severity: string; message: string; sheet: string | null; cell: string | null }[];
  declarations: { number: string; quantity: string }[];
}

const folder = freshFolderPerTest();

const receipts: Cell[][] = [
  [...RECEIPT_COLUMNS, "GHG total"],
  receiptRow(d("2026-01-05"), "IN-1", 100, [12]),
];
const certificates: Cell[][] = certificateRows(d("2025-01-01"), d("2027-12-31"));
/** The new user's sheet: 60 t "non" and 30 t "oui" under `heading`. */
const expeditions = (heading: string): Cell[][] => [
  ["Date", "Client", "Adresse client", "Produit", "Quantité (t)", heading],
  [d("2026-02-01"), "Carburants SA", "1 quai de Seine, Rouen", "UCO", 60, "non"],
  [d("2026-02-02"), "Carburants SA", "1 quai de Seine, Rouen", "UCO", 30, "oui"],
];

async function declare(heading: string): Promise<Report & { code: number | null }> {
  const book = { Receipts: receipts, Expéditions: expeditions(heading), Certificates: certificates };
  await writeBookFile(plainBook(book), path.join(folder.path, "books.xlsx"));
  const result = massbal(["declare", "books.xlsx", "--json"], folder.path);
  expect(stderrBeyondProgress(result.stderr)).toBe("");
  return { ...(JSON.parse(result.stdout) as Report), code: result.code };
}

describe("massbal declare on deliveries marked non", () => {
  it("Durable is the Sustainable column: only the 30 t oui delivery is declared", async () => {
    const report = await declare("Durable");
    expect(report.declarations.map((x) => x.quantity)).toEqual(["30"]);
  });

  // brk8 #1: a negated heading was read as its positive, and the delivery marked "oui" (NOT
  // sustainable) got the declaration (workbook/negated-headings.ts)
  it.each(["Non durable", "Nicht nachhaltig"])(
    "%s says the opposite: an error at its heading, and its oui delivery gets no declaration",
    async (heading) => {
      const report = await declare(heading);
      expect(report.declarations).toEqual([]);
      expect(report.code).not.toBe(0);
      const f = report.findings.filter((x) => x.code === "mapping-uncertain");
      expect(f.map((x) => [x.severity, x.sheet, x.cell])).toEqual([["error", "Expéditions", "F1"]]);
      expect(f[0]?.message).toContain("the opposite of sustainable");
    },
  );

  it("an unrecognised column saying non: an error at its heading, and nothing is declared", async () => {
    const report = await declare("Remarque");
    expect(report.declarations).toEqual([]);
    expect(report.code).not.toBe(0);
    const f = report.findings.filter((x) => x.code === "mapping-uncertain");
    expect(f.map((x) => [x.severity, x.sheet, x.cell])).toEqual([["error", "Expéditions", "F1"]]);
    expect(f[0]?.message).toContain('such as "non"');
  });
});
