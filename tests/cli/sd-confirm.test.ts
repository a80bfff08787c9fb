// brk8 #19 through the real massbal declare on a real .xlsx: a supplier's SD numbered "FA-25-01"
// or "PO-2025-001" (letters an invoice or order number also starts with) is refused at its cell,
// the balance incomplete, and the finding says to type "SD FA-25-01" to confirm it; done so, the
// receipt gives its credit and backs the delivery's declaration.
import { ISSUING_RECEIPT_HEADER as RECEIPT_HEADER, issuingReceipt as receipt } from "../../src/books";
import { freshFolderPerTest } from "./run-massbal";
import { declareBook, deliveryHeader, sale } from "./sd-books";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

const book = (cell: string) =>
  declareBook(folder.path, {
    Receipts: [RECEIPT_HEADER, receipt("2025-01-05", cell, 100, 30)],
    Deliveries: [deliveryHeader(), sale("2025-02-01", 50, null)],
  });

describe.each(["FA-25-01", "PO-2025-001"])("a supplier's SD numbered %p", (sd) => {
  it("is refused at its cell with a way to confirm it, the balance incomplete", async () => {
    const refused = await book(sd);
    const at = refused.findings.filter((f) => f.sheet === "Receipts" && f.cell === "D2");
    expect(at).toEqual([expect.objectContaining({ code: "invalid-value", severity: "error" })]);
    expect(at[0]!.message).toContain(`type "SD ${sd}" in the cell to confirm it`);
    expect(refused.balances).toEqual([expect.objectContaining({ received: "0", complete: false })]);
    expect(refused.declarations.filter((x) => x.status === "new")).toEqual([]);
  });

  it("typed as the finding says, gives its credit and backs the declaration", async () => {
    const confirmed = await book(`SD ${sd}`);
    expect(confirmed.findings.filter((f) => f.sheet === "Receipts" && f.severity === "error")).toEqual([]);
    expect(confirmed.balances).toEqual([expect.objectContaining({ received: "100", complete: true })]);
    const issued = confirmed.declarations.filter((x) => x.status === "new");
    expect(issued).toHaveLength(1);
    expect(JSON.stringify(issued[0])).toContain(sd);
  });
});
