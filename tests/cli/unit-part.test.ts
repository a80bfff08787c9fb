// (brk12 #2) Through the real massbal declare on a real .xlsx: a column headed by sustainable
// material and a unit but no part word ("Nachhaltig (t)", "ISCC (t)", "Sustainable (t)", "Bio (t)",
// "zertifiziert [t]", "duurzaam (t)", "sostenible (t)"…) beside the quantity. It was left unread:
// a receipt of 100 t whose column says 60 was credited 100 t ("ISCC (t)", "Bio (t)"), and a
// delivery of 80 t whose column says 50 beside "Sustainable" yes was declared 80 t (every spelling:
// the yes/no column had the Sustainable field, the unit column was dropped). Now it is the
// sustainable part: the receipt gives no credit (60 of 100 t, invalid-quantity at its cell), the
// delivery answered yes declares the 50 t the column states (p-parts: the yes says there is a
// part, the column how much), one answered no is not declared (sustainable-conflict at its cell).
import { ISSUING_RECEIPT_HEADER, issuingReceipt as receipt } from "../../src/books";
import { declareBook, deliveryHeader, sale } from "./sd-books";
import { freshFolderPerTest } from "./run-massbal";

jest.setTimeout(600_000);

const folder = freshFolderPerTest();

/** The headings, in the six languages of the books. */
const HEADINGS = [
  "Nachhaltig (t)",
  "nachhaltig: ja (t)",
  "zertifiziert [t]",
  "ISCC (t)",
  "Bio (t)",
  "Sustainable (t)",
  "Certified (t)",
  "durable (t)",
  "sostenible (t)",
  "duurzaam (t)",
  "sostenibile (t)",
];

describe("on receipts", () => {
  it.each(HEADINGS)("%s 60 beside 100 t: no credit, said at the cell", async (heading) => {
    const report = await declareBook(folder.path, {
      Receipts: [
        [...ISSUING_RECEIPT_HEADER, heading],
        [...receipt("2025-01-05", "IN-1", 100, 30), 60],
        [...receipt("2025-01-06", "IN-2", 50, 30), 50],
      ],
      Deliveries: [deliveryHeader(), sale("2025-02-10", 40, null)],
    });
    const errors = report.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.code, f.place])).toEqual([["invalid-quantity", "Receipts!M2"]]);
    expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["50", false]]);
    expect(report.declarations.filter((d) => d.status === "new")).toEqual([]);
  });
});

describe("on deliveries, beside a Sustainable yes/no column", () => {
  const books = (heading: string, part: number) =>
    declareBook(folder.path, {
      Receipts: [ISSUING_RECEIPT_HEADER, receipt("2025-01-05", "IN-1", 100, 30)],
      Deliveries: [
        [...deliveryHeader(), heading],
        [...sale("2025-02-10", 80, null), part],
      ],
    });

  // (p-parts) "yes" says there is a sustainable part, the column says how much: 50 t, not 80 t
  it.each(HEADINGS)("%s 50 beside 80 t answered yes: 50 t declared", async (heading) => {
    const report = await books(heading, 50);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(report.declarations.map((d) => [d.status, d.quantity])).toEqual([["new", "50"]]);
  });

  it("ISCC (t) 50 beside 80 t answered no: nothing declared, said at the cell", async () => {
    const report = await declareBook(folder.path, {
      Receipts: [ISSUING_RECEIPT_HEADER, receipt("2025-01-05", "IN-1", 100, 30)],
      Deliveries: [
        [...deliveryHeader(), "ISCC (t)"],
        [...sale("2025-02-10", 80, null).map((c) => (c === "yes" ? "no" : c)), 50],
      ],
    });
    const errors = report.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.code, f.place])).toEqual([["sustainable-conflict", "Deliveries!H2"]]);
    expect(report.declarations.filter((d) => d.status === "new")).toEqual([]);
  });

  it("a column that agrees (80 of 80 t): declared 80 t", async () => {
    const report = await books("ISCC (t)", 80);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(report.declarations.map((d) => [d.status, d.quantity])).toEqual([["new", "80"]]);
  });
});
