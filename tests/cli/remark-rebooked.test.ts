// (brk25 §5b) A receipt remarked "Menge storniert und neu gebucht (Zeile 4)" while row 4 holds the
// rebooked quantity, through the real `massbal check` on an .xlsx built by exceljs
// (src/workbook/cancel-mention.ts): before, the remark was a warning and both rows were credited,
// the quantity twice; now the remarked row is refused at its remark cell and only row 4 credited,
// the balance incomplete. A remark of a cancellation fee stays a warning, its row credited.
import path from "node:path";
import { addCertificates, februaryReceipt, receiptsSheet } from "./receipt-rows";
import { checkJson, freshFolderPerTest, rowMarks } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; message: string; sheet: string | null; cell: string | null }[];
  balances: { product: string; received: string; complete: boolean }[];
}

const receipt = februaryReceipt;

it("refuses the row cancelled and rebooked at its remark, credits the rebooked row once", async () => {
  const { wb } = receiptsSheet(
    ["Bemerkung"],
    [
      receipt(2, "SD-1", 100, "geliefert"),
      receipt(3, "SD-2", 50, "Menge storniert und neu gebucht (Zeile 4)"),
      receipt(4, "SD-3", 50, ""),
      receipt(5, "SD-4", 20, "Stornogebühr 50 EUR"),
    ],
  );
  addCertificates(wb);
  await wb.xlsx.writeFile(path.join(folder.path, "books.xlsx"));
  const report = checkJson<Report>(folder.path, "books.xlsx");
  expect(rowMarks(report.findings)).toEqual([
    ["error", "row-unconfirmed", "Receipts!I3"],
    ["warning", "row-cancelled", "Receipts!I5"],
  ]);
  const refused = report.findings.find((f) => f.cell === "I3")!.message;
  expect(refused).toContain("was cancelled, reversed, replaced or rebooked");
  expect(refused).toContain('"gilt" or "valid"');
  // 100 + 50 + 20 t: the 50 t rebooked in row 4 once, not twice; incomplete until row 3 is settled
  expect(report.balances.filter((b) => b.product === "UCO")).toEqual([
    expect.objectContaining({ received: "170", complete: false }),
  ]);
});
