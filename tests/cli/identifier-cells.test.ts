// (p-sdcell) Cells that name no identifier, through the real massbal declare on real .xlsx files:
// a date cell and a lone 1 in a receipt's SD number cell (before: credited as SD "45666" and SD
// "1", listed as inputs of the outgoing SD), a sale's "SD verschickt" column on a sheet without
// an SD number column (before: its 1 and its date counted as SDs declared outside massbal), and a
// customer certificate cell saying "abgelaufen" (before: printed on the SD as the recipient's
// certificate number). Each is refused at its cell; real numbers beside them are read as before.
import {
  type BookCell as Cell,
  day,
  ISSUING_RECEIPT_HEADER as RECEIPT_HEADER,
  issuingReceipt as receipt,
} from "../../src/books";
import type { JsonReport as Report } from "../../src/cli/report";
import { freshFolderPerTest } from "./run-massbal";
import { declareBook, deliveryHeader, sale } from "./sd-books";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

const declare = (sheets: Parameters<typeof declareBook>[1]) => declareBook(folder.path, sheets);
const at = (r: Report, sheet: string, cell: string) =>
  r.findings.filter((f) => f.sheet === sheet && f.cell === cell);

/** A receipt whose SD number cell holds `sd` as a cell of its own type (a date, a number). */
const receiptWith = (date: string, sd: Cell, qty: number): Cell[] =>
  receipt(date, "", qty, 30).map((c, i) => (i === 3 ? sd : c));

it("a date and a lone 1 in receipts' SD cells: no credit, never an input of the outgoing SD", async () => {
  const report = await declare({
    Receipts: [
      RECEIPT_HEADER,
      receiptWith("2025-01-10", day("2025-01-09"), 40),
      receiptWith("2025-01-10", 1, 30),
      receipt("2025-01-10", "IN-3", 20, 30),
      receiptWith("2025-01-11", 2025001234, 10),
    ],
    Deliveries: [deliveryHeader("SD number"), sale("2025-03-01", 25, null)],
  });
  expect(at(report, "Receipts", "D2")).toEqual([
    expect.objectContaining({
      code: "invalid-value",
      severity: "error",
      message: expect.stringContaining("2025-01-09 in Incoming SD / PoS number is a date, not an SD number"),
    }),
  ]);
  expect(at(report, "Receipts", "D3")).toEqual([
    expect.objectContaining({
      code: "invalid-value",
      severity: "error",
      message: expect.stringContaining(
        '"1" in Incoming SD / PoS number is a tick or a yes (1), not an SD number',
      ),
    }),
  ]);
  // the real numbers are read, a long numeric one too
  expect(at(report, "Receipts", "D4")).toEqual([]);
  expect(at(report, "Receipts", "D5")).toEqual([]);
  expect(report.balances.filter((b) => b.product === "Rapeseed oil")).toEqual([
    expect.objectContaining({ received: "30", complete: false }),
  ]);
  const text = JSON.stringify(report.declarations);
  expect(text).not.toContain("45666");
  expect(text).not.toContain('"sd":"1"');
});

it.each(["SD verschickt", "PoS received", "DD envoyée", "SD wysłane"])(
  "a sales sheet's %p column is no SD number column: its 1 and its date are no SD declared outside",
  async (heading) => {
    const report = await declare({
      Receipts: [RECEIPT_HEADER, receipt("2025-01-10", "IN-1", 600, 30)],
      Deliveries: [
        deliveryHeader(heading),
        sale("2025-03-01", 10, null).map((c, i) => (i === 6 ? 1 : c)),
        sale("2025-03-03", 12, null).map((c, i) => (i === 6 ? day("2025-03-05") : c)),
      ],
    });
    const sales = report.sheets.find((s) => s.name === "Deliveries");
    expect(sales?.columns.sdNumber).toBeUndefined();
    expect(report.findings.filter((f) => f.code === "declaration-issued-outside")).toEqual([]);
    expect(JSON.stringify(report)).not.toContain("45721");
  },
);

it("a customer certificate 'abgelaufen' holds its delivery's SD; a real number is issued as before", async () => {
  const header = [...deliveryHeader("SD number"), "Customer certificate"];
  const report = await declare({
    Receipts: [RECEIPT_HEADER, receipt("2025-01-10", "IN-1", 600, 30)],
    Deliveries: [
      header,
      [...sale("2025-03-01", 50, null), "abgelaufen"],
      [...sale("2025-03-02", 10, null), "EU-ISCC-Cert-FI200-5"],
    ],
  });
  expect(at(report, "Deliveries", "H2")).toEqual([
    expect.objectContaining({
      code: "invalid-value",
      severity: "error",
      message: expect.stringContaining(
        '"abgelaufen" in Customer certificate no. says the certificate is "abgelaufen"',
      ),
    }),
  ]);
  expect(at(report, "Deliveries", "H3")).toEqual([]);
  const fifty = report.declarations.find((x) => x.quantity === "50");
  expect(fifty).toEqual(expect.objectContaining({ number: "", status: "blocked" }));
  expect(fifty?.heldBy).toEqual(expect.arrayContaining([expect.objectContaining({ cell: "H2" })]));
});
