// One SD typed two ways, and a certificate's number in the SD column (p-sd6), through the real
// massbal declare on a real .xlsx: "SD-25-0001" beside "SD-2025-0001" and "SD-2025-OOO2" beside
// "SD-2025-0002" of one supplier are credited once, the later said at its cell as maybe the same
// SD; "Cert 4711" is refused as a certificate number; two deliveries whose own numbers are
// "SD 4711" and "4711" are one number issued twice.
import { ISSUING_RECEIPT_HEADER as RECEIPT_HEADER, issuingReceipt as receipt } from "../../src/books";
import type { JsonReport as Report } from "../../src/cli/report";
import { freshFolderPerTest } from "./run-massbal";
import { declareBook, deliveryHeader, sale } from "./sd-books";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

const at = (r: Report, sheet: string, cell: string) =>
  r.findings.filter((f) => f.sheet === sheet && f.cell === cell);

it("credits one SD typed two ways once, refuses a certificate's number and finds an outgoing number issued twice", async () => {
  const report = await declareBook(folder.path, {
    Receipts: [
      RECEIPT_HEADER,
      receipt("2025-01-05", "SD-2025-0001", 100, 30),
      receipt("2025-01-06", "SD-25-0001", 100, 30),
      receipt("2025-01-07", "SD-2025-0002", 100, 30),
      receipt("2025-01-08", "SD-2025-OOO2", 100, 30),
      receipt("2025-01-09", "Cert 4711", 100, 30),
      receipt("2025-01-10", "EU-ISCC-Cert-DE100-10001 SD 2025-0003", 100, 30),
    ],
    Deliveries: [
      deliveryHeader("SD number"),
      sale("2025-02-01", 10, "SD 4711"),
      sale("2025-02-02", 10, "4711"),
    ],
  });
  expect(at(report, "Receipts", "D3")).toEqual([
    expect.objectContaining({
      code: "duplicate-sd",
      message: expect.stringContaining(
        "may be the same as SD-2025-0001 at Receipts!D2: they differ only in the year",
      ),
    }),
  ]);
  expect(at(report, "Receipts", "D5")).toEqual([
    expect.objectContaining({
      code: "duplicate-sd",
      message: expect.stringContaining("they differ only in a letter O typed where the other has a zero"),
    }),
  ]);
  expect(at(report, "Receipts", "D6")).toEqual([
    expect.objectContaining({
      code: "invalid-value",
      message: expect.stringContaining(
        '"Cert 4711" in Incoming SD / PoS number looks like a certificate number',
      ),
    }),
  ]);
  expect(at(report, "Receipts", "D7")).toEqual([]);
  // SD-2025-0001, -0002 and -0003 credited once each: 300 t of 600 t, the rest unknown
  expect(report.balances.filter((b) => b.product === "Rapeseed oil")).toEqual([
    expect.objectContaining({ received: "300", complete: false }),
  ]);
  expect(at(report, "Deliveries", "G3")).toEqual([
    expect.objectContaining({
      code: "duplicate-sd",
      message: expect.stringContaining("SD number 4711 already appears at Deliveries!G2"),
    }),
  ]);
});
