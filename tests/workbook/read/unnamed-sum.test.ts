// (brk22 1) A subtotal typed by hand under the bookings with no word to say so (a date, a product
// and the sum of the rows above, but no party, SD number or certificate) is never booked: refused
// at its quantity (possible-totals-row, unnamed-sum), the balances of the sheet incomplete. A row
// that names its party or its SD number is a booking, whatever its quantity.
import type { EngineResult } from "../../../src/engine";
import type { CellValue } from "../../../src/workbook/port";
import { serial } from "../fixtures";
import { FACTS, runBooks, suspects } from "./subtotal-fixtures";

const rec = (day: string, supplier: string, sd: string, q: number): CellValue[] => [
  ...[serial(day), supplier, supplier ? "EU-ISCC-Cert-DE100-1" : "", sd, "UCO", q],
  ...FACTS,
];
const typed = (day: string, q: number): CellValue[] => [serial(day), "", "", "", "UCO", q];
const SALES_HEADER = ["Date", "Customer", "Customer address", "Product", "Quantity (t)", "Sustainable"];
const sale = (day: string, customer: string, q: number): CellValue[] => [
  serial(day),
  customer,
  customer ? "Str 1, Berlin" : "",
  "UCO",
  q,
  customer ? "yes" : "",
];

function run(receipts: CellValue[][], sales: CellValue[][] = []): Promise<EngineResult> {
  return runBooks(receipts, sales, SALES_HEADER);
}
const q1 = (r: EngineResult) => r.balances.find((b) => b.product === "UCO" && b.periodStart === "2025-01-01");

describe("a typed subtotal with no party and no SD number", () => {
  it("under receipts: refused at its quantity, not booked as 100 t of stock; the balance incomplete", async () => {
    const r = await run([
      rec("2025-01-08", "A GmbH", "SD-1", 60),
      rec("2025-01-20", "B GmbH", "SD-2", 40),
      typed("2025-01-31", 100),
    ]);
    expect(suspects(r)).toEqual(["Receipts!F4 unnamed-sum"]);
    expect(r.findings.find((f) => f.code === "possible-totals-row")?.message).toContain(
      "no Supplier, no SD number",
    );
    expect(q1(r)).toMatchObject({ received: "100", complete: false });
  });

  it("of one receipt (January's only row): refused as well", async () => {
    const r = await run([rec("2025-01-08", "A GmbH", "SD-1", 100), typed("2025-01-31", 100)]);
    expect(suspects(r)).toEqual(["Receipts!F3 unnamed-sum"]);
  });

  it("a subtotal each month: each month's rows are summed anew", async () => {
    const r = await run([
      rec("2025-01-08", "A GmbH", "SD-1", 60),
      rec("2025-01-20", "B GmbH", "SD-2", 40),
      typed("2025-01-31", 100),
      rec("2025-02-08", "A GmbH", "SD-3", 30),
      rec("2025-02-20", "B GmbH", "SD-4", 20),
      typed("2025-02-28", 50),
    ]);
    expect(suspects(r)).toEqual(["Receipts!F4 unnamed-sum", "Receipts!F7 unnamed-sum"]);
  });

  it("under deliveries: refused, never a delivery to no one", async () => {
    const r = await run(
      [rec("2025-01-08", "A GmbH", "SD-1", 100)],
      [sale("2025-02-01", "X AG", 30), sale("2025-02-10", "Y AG", 20), sale("2025-02-28", "", 50)],
    );
    expect(suspects(r)).toEqual(["Sales!E4 unnamed-sum"]);
    expect(q1(r)).toMatchObject({ delivered: "50", complete: false });
  });

  // books that must not change
  it.each([
    ["a conventional receipt with its supplier and no SD", rec("2025-01-31", "C GmbH", "", 100)],
    ["a receipt with its SD number and no supplier", rec("2025-01-31", "", "SD-3", 100)],
    ["a receipt with neither whose quantity is no sum", typed("2025-01-31", 70)],
  ])("%s is read as before", async (_name, row) => {
    const r = await run([
      rec("2025-01-08", "A GmbH", "SD-1", 60),
      rec("2025-01-20", "B GmbH", "SD-2", 40),
      row,
    ]);
    expect(suspects(r)).toEqual([]);
  });

  it("a delivery to a customer of the sum of the rows above is a delivery", async () => {
    const r = await run(
      [rec("2025-01-08", "A GmbH", "SD-1", 100)],
      [sale("2025-02-01", "X AG", 30), sale("2025-02-10", "Y AG", 20), sale("2025-02-28", "Z AG", 50)],
    );
    expect(suspects(r)).toEqual([]);
    expect(q1(r)).toMatchObject({ delivered: "100" });
  });
});
