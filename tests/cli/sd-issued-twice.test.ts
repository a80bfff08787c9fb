// One outgoing SD number on two deliveries, through the real massbal declare on a real .xlsx
// (SD-01): the later delivery of "SD 4711" and "4711", and of "SD-2025-0009" and "SD-25-0009",
// gets no declaration (held back, no number), the reason said at its SD cell, which names the
// delivery it holds back; the first of each keeps its number, read as issued outside massbal
// (declaration-issued-outside at its SD cell: nothing of it listed or recorded, p-outside).
import { ISSUING_RECEIPT_HEADER as RECEIPT_HEADER, issuingReceipt as receipt } from "../../src/books";
import { freshFolderPerTest } from "./run-massbal";
import { declareBook, deliveryHeader, sale } from "./sd-books";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

it("holds back the later delivery's declaration under a number an earlier delivery has", async () => {
  const report = await declareBook(folder.path, {
    Receipts: [RECEIPT_HEADER, receipt("2025-01-05", "SD-2025-0001", 100, 30)],
    Deliveries: [
      deliveryHeader("SD number"),
      sale("2025-02-01", 10, "SD 4711"),
      sale("2025-02-02", 10, "4711"),
      sale("2025-02-03", 10, "SD-2025-0009"),
      sale("2025-02-04", 10, "SD-25-0009"),
    ],
  });
  expect(report.declarations.map((d) => [d.status, d.number, d.quantity])).toEqual([
    ["blocked", "", "10"],
    ["blocked", "", "10"],
  ]);
  expect(report.findings.filter((f) => f.code === "declaration-issued-outside").map((f) => f.cell)).toEqual([
    "G2",
    "G4",
  ]);
  for (const [cell, quantity] of [
    ["G3", "E3"],
    ["G5", "E5"],
  ]) {
    expect(report.findings.filter((f) => f.sheet === "Deliveries" && f.cell === cell)).toEqual([
      expect.objectContaining({ code: "duplicate-sd", holdsBack: [`Deliveries!${quantity}`] }),
    ]);
  }
  expect(report.declarations[0]!.heldBy).toEqual([{ code: "duplicate-sd", sheet: "Deliveries", cell: "G3" }]);
  expect(report.declarations[1]!.heldBy).toEqual([{ code: "duplicate-sd", sheet: "Deliveries", cell: "G5" }]);
});
