// (p-blank) Through the real massbal declare on a real .xlsx: a sustainable part column ("davon
// nachhaltig (t)") whose cell is blank, a dash or "not stated" (k.A., n/a) may mean all of the
// quantity or none of it. Before, a receipt's blank part credited the receipt whole (100 t, and a
// sale of 50 t declared on it), and a delivery's was read as none; a dash was "no" (none) on both
// sides. Now one rule (workbook/blank-part.ts) refuses it at its cell on both sides with the same
// words: write the sustainable part, or the whole quantity if all of it is sustainable. "0" is a
// number and is read exactly: none of a receipt is not all of it (refused, receipt-part); none of
// a delivery is a sale not declared.
import { ISSUING_RECEIPT_HEADER, issuingReceipt as receipt, type BookCell as Cell } from "../../src/books";
import type { JsonReport } from "../../src/cli/report";
import { declareBook, deliveryHeader, sale } from "./sd-books";
import { freshFolderPerTest } from "./run-massbal";

jest.setTimeout(300_000);

const folder = freshFolderPerTest();
const PART = "davon nachhaltig (t)";
const ADVICE = "write the sustainable part, or the whole quantity if all of it is sustainable";

/** Cells that state no part: blank, dashes, "not stated" (the full table: tests/workbook/read/blank-parts.test.ts). */
const UNSTATED: Cell[] = [null, "-", "–", "?", "k.A.", "n/a", "TBD"];

const errors = (r: JsonReport) => r.findings.filter((f) => f.severity === "error");

describe("a receipt's part column: 100 t with an SD, a sale of 50 t", () => {
  const books = (part: Cell) =>
    declareBook(folder.path, {
      Receipts: [
        [...ISSUING_RECEIPT_HEADER, PART],
        [...receipt("2025-01-05", "IN-1", 100, 30), part],
      ],
      Deliveries: [deliveryHeader(), sale("2025-02-10", 50, null)],
    });

  it.each(UNSTATED.map((v) => [v]))("%j: refused at its cell, no credit, the sale held", async (part) => {
    const report = await books(part);
    expect(errors(report).map((f) => [f.code, f.place])).toEqual([["missing-value", "Receipts!M2"]]);
    expect(errors(report)[0]?.message).toContain(ADVICE);
    expect(report.declarations.map((d) => d.status)).toEqual(["blocked"]);
    expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["0", false]]);
  });

  it.each([[0], ["0"], ["0 t"]])(
    "%j is read exactly: none of 100 t is not all of it, refused",
    async (part) => {
      const report = await books(part);
      expect(errors(report).map((f) => [f.code, f.place])).toEqual([["invalid-quantity", "Receipts!M2"]]);
      expect(report.declarations.map((d) => d.status)).toEqual(["blocked"]);
    },
  );

  it.each([[100], ["100"], ["ja"]])("%j: the whole credited, 50 t declared", async (part) => {
    const report = await books(part);
    expect(errors(report)).toEqual([]);
    expect(report.declarations.map((d) => [d.status, d.quantity])).toEqual([["new", "50"]]);
  });
});

describe("a delivery's part column, no yes/no column: 100 t received, a sale of 50 t", () => {
  const books = (part: Cell) =>
    declareBook(folder.path, {
      Receipts: [ISSUING_RECEIPT_HEADER, receipt("2025-01-05", "IN-1", 100, 30)],
      Deliveries: [
        ["Date", "Customer", "Customer address", "Product", "Quantity (t)", PART],
        [...sale("2025-02-10", 50, null).slice(0, 5), part],
      ],
    });

  it.each(UNSTATED.map((v) => [v]))(
    "%j: refused at its cell, nothing declared, the balance incomplete",
    async (part) => {
      const report = await books(part);
      expect(errors(report).map((f) => [f.code, f.place])).toEqual([["missing-value", "Deliveries!F2"]]);
      expect(errors(report)[0]?.message).toContain(ADVICE);
      expect(report.declarations).toEqual([]);
      expect(report.balances.map((b) => b.complete)).toEqual([false]);
    },
  );

  it.each([[0], ["0"]])(
    "%j is read exactly: none sold as sustainable, nothing declared, no error",
    async (part) => {
      const report = await books(part);
      expect(errors(report)).toEqual([]);
      expect(report.declarations).toEqual([]);
      expect(report.balances.map((b) => [b.delivered, b.complete])).toEqual([["0", true]]);
    },
  );

  it.each([[50], ["ja"]])("%j: 50 t declared", async (part) => {
    const report = await books(part);
    expect(errors(report)).toEqual([]);
    expect(report.declarations.map((d) => [d.status, d.quantity])).toEqual([["new", "50"]]);
  });
});

describe("a delivery's part column beside a yes/no column: the yes/no column answers", () => {
  const books = (flag: Cell, part: Cell) =>
    declareBook(folder.path, {
      Receipts: [ISSUING_RECEIPT_HEADER, receipt("2025-01-05", "IN-1", 100, 30)],
      Deliveries: [
        [...deliveryHeader(), PART],
        [...sale("2025-02-10", 50, null).slice(0, 5), flag, null, part],
      ],
    });

  it("yes, the part blank: all of it, 50 t declared", async () => {
    const report = await books("yes", null);
    expect(errors(report)).toEqual([]);
    expect(report.declarations.map((d) => [d.status, d.quantity])).toEqual([["new", "50"]]);
  });

  it("both blank: not sustainable, said in a note, nothing declared", async () => {
    const report = await books(null, null);
    expect(errors(report)).toEqual([]);
    expect(report.findings.map((f) => f.code)).toContain("blank-not-sustainable");
    expect(report.declarations).toEqual([]);
  });

  it("yes, the part a dash: refused at the part's cell", async () => {
    const report = await books("yes", "-");
    expect(errors(report).map((f) => [f.code, f.place])).toEqual([["missing-value", "Deliveries!H2"]]);
    expect(report.declarations).toEqual([]);
  });
});
