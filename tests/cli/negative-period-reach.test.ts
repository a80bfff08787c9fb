// brk22 §8 through the real massbal command on a real .xlsx: the trader's quarter (100 t in on
// 10 January, 50 t on 10 February, 80 t sold on 1 March) closes Q1 at 70 t; a Q2 sale of 90 t on
// 5 May closes Q2 at -20 t. The negative balance holds back the Q2 declaration only: the Q1 one,
// drawn on Q1 credit in a closed period, is issued (before, it was blocked by Q2's shortfall).
import path from "node:path";
import { day, plainBook } from "../../src/books";
import { writeBookFile } from "../../src/workbook/xlsx/write-book";
import { bookRows } from "./books";
import { freshFolderPerTest, massbal, stderrBeyondProgress } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; sheet: string | null; cell: string | null; message: string }[];
  declarations: { quantity: string; status: string; number: string; heldBy?: { code: string }[] }[];
}

it("massbal declare: Q2 closing negative holds back Q2's declaration, not Q1's", async () => {
  const rows = bookRows();
  const deliveries = [
    ...rows.Deliveries,
    [day("2025-05-05"), "Fuel AG", "Rapeseed oil", 90, "yes", "Kai 2, 24103 Kiel"],
  ];
  await writeBookFile(
    plainBook({ Receipts: rows.Receipts, Deliveries: deliveries, Settings: rows.Settings }),
    path.join(folder.path, "books.xlsx"),
  );
  const result = massbal(["declare", "books.xlsx", "--json"], folder.path);
  expect(stderrBeyondProgress(result.stderr)).toBe("");
  const report = JSON.parse(result.stdout) as Report;
  const negative = report.findings.filter((f) => f.code === "negative-balance");
  expect(negative.map((f) => f.message)).toEqual([
    expect.stringContaining("closes the period ending 2025-06-30 at -20 t"),
  ]);
  expect(report.declarations.map((d) => [d.quantity, d.status, (d.heldBy ?? []).map((h) => h.code)])).toEqual(
    [
      ["80", "new", []],
      ["90", "blocked", ["negative-balance"]],
    ],
  );
});
