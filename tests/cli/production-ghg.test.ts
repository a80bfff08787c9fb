// Through the real massbal command on real .xlsx books (p-prod2): a production output given no
// GHG value of its own (no GHG column on the production sheet, or its GHG cell blank). The
// ghg-missing warning on the delivery says to enter the output's value on its production row, not
// the inputs' (which have theirs); the output's values are its own (domain.md §5).
import path from "node:path";
import { type BookCell as Cell, day as d, plainBook, RECEIPT_COLUMNS } from "../../src/books";
import { writeBookFile } from "../../src/workbook/xlsx/write-book";
import { receiptRow } from "./receipt-rows";
import { freshFolderPerTest, massbal, stderrBeyondProgress } from "./run-massbal";

jest.setTimeout(90_000);

interface Report {
  findings: { code: string; severity: string; message: string; sheet: string | null; cell: string | null }[];
}

const folder = freshFolderPerTest();

async function run(book: Record<string, Cell[][]>): Promise<Report> {
  await writeBookFile(plainBook(book), path.join(folder.path, "books.xlsx"));
  const result = massbal(["declare", "books.xlsx", "--json", "--force"], folder.path);
  expect(stderrBeyondProgress(result.stderr)).toBe("");
  return JSON.parse(result.stdout) as Report;
}

const HEAD = ["Date", "Input product", "Input quantity (t)", "Output product", "Output quantity (t)"];

describe("massbal declare: a production output without a GHG value of its own", () => {
  it.each([
    ["no GHG column", HEAD, [d("2025-01-20"), "UCO", 100, "Biodiesel", 90], "Production row 2"],
    [
      "a blank GHG cell",
      [...HEAD, "GHG total"],
      [d("2025-01-20"), "UCO", 100, "Biodiesel", 90, null],
      "Production!F2",
    ],
  ] as [string, Cell[], Cell[], string][])(
    "%s: ghg-missing names the output, not the input",
    async (_, head, row, at) => {
      const report = await run({
        Receipts: [[...RECEIPT_COLUMNS, "GHG total"], receiptRow(d("2025-01-10"), "AS-1", 100, [12])],
        Production: [head, row],
        Deliveries: [
          ["Date", "Customer", "Product", "Quantity (t)", "Sustainable"],
          [d("2025-02-01"), "Fuel AG", "Biodiesel", 50, "yes"],
        ],
      });
      const missing = report.findings.filter((f) => f.code === "ghg-missing");
      expect(missing).toHaveLength(1);
      expect(missing[0]?.message).toContain(`no GHG value of its own (${at})`);
      expect(missing[0]?.message).toContain("enter the output's GHG value on its production row");
      expect(missing[0]?.message).not.toContain("AS-1");
    },
  );
});

describe("massbal declare: 'Einsatz | Einsatz (t) | Ausbringung | Ausbringung (t)'", () => {
  it("reads the bare headings as the products: no header-not-found, the output is booked", async () => {
    const report = await run({
      Receipts: [[...RECEIPT_COLUMNS, "GHG total"], receiptRow(d("2025-01-10"), "AS-1", 100, [12])],
      Produktion: [
        ["Datum", "Einsatz", "Einsatz (t)", "Ausbringung", "Ausbringung (t)", "THG gesamt"],
        [d("2025-01-20"), "UCO", 100, "Biodiesel", 90, 14],
      ],
    });
    expect(report.findings.filter((f) => f.code === "header-not-found")).toEqual([]);
    expect(report.findings.filter((f) => f.code === "ghg-missing")).toEqual([]);
  });
});
