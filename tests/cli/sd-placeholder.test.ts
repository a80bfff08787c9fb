// A placeholder where the incoming SD number goes ("folgt", "TBD", "no SD") through the real
// massbal declare on a real .xlsx: the receipt gives no credit, no declaration names or is backed
// by the placeholder, and the refusal stands at its cell (workbook/sd-number.ts, domain.md §2).
import path from "node:path";
import { type BookCell as Cell, day as d, plainBook, RECEIPT_COLUMNS } from "../../src/books";
import { writeBookFile } from "../../src/workbook/xlsx/write-book";
import { certificateRows, receiptRow } from "./receipt-rows";
import { freshFolderPerTest, massbal, stderrBeyondProgress } from "./run-massbal";

jest.setTimeout(90_000);

interface Report {
  findings: { code: string; severity: string; message: string; sheet: string | null; cell: string | null }[];
  balances: { product: string; received: string; delivered: string; closing: string }[];
  declarations: { number: string; quantity: string; inputs: { sd: string; quantity: string }[] }[];
}

const folder = freshFolderPerTest();

/** 100 t of used cooking oil from Saipol (certificate valid) whose SD cell holds `sd`. */
const receipt = (sd: string): Cell[] => receiptRow(d("2025-02-20"), sd, 100);

it.each(["folgt", "TBD", "no SD"])(
  "a receipt whose SD number is %p gives no credit to a 50 t delivery, and says so at its cell",
  async (placeholder) => {
    const book = plainBook({
      Receipts: [[...RECEIPT_COLUMNS], receipt(placeholder)],
      Deliveries: [
        ["Date", "Customer", "Product", "Quantity (t)", "Sustainable"],
        [d("2025-03-01"), "Fuel AG", "UCO", 50, "yes"],
      ],
      Certificates: certificateRows(),
    });
    await writeBookFile(book, path.join(folder.path, "books.xlsx"));
    const result = massbal(["declare", "books.xlsx", "--json"], folder.path);
    expect(stderrBeyondProgress(result.stderr)).toBe("");
    expect(result.code).not.toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    const refused = report.findings.filter((f) => f.sheet === "Receipts" && f.cell === "D2");
    expect(refused).toEqual([expect.objectContaining({ code: "invalid-value", severity: "error" })]);
    expect(refused[0]!.message).toContain(`"${placeholder}" in Incoming SD / PoS number is not an SD number`);
    expect(refused[0]!.message).toContain("the row gives no sustainable credit");
    // the 100 t are not credited: the 50 t sold as sustainable leave the account at −50 t
    expect(report.balances.filter((b) => b.product === "UCO")).toEqual([
      expect.objectContaining({ received: "0", delivered: "50", closing: "-50" }),
    ]);
    // nothing declared, so nothing backed by the placeholder or numbered by it
    expect(report.declarations.filter((x) => x.number !== "")).toEqual([]);
    expect(JSON.stringify(report.declarations)).not.toContain(placeholder);
  },
);
