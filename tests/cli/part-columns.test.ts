// (p-parts) Through the real massbal declare on a real .xlsx: the columns of a row's sustainable
// part, placed by one rule set (workbook/part-columns.ts). Before: a receipt with a blank
// "Nachhaltig" cell beside its SD number was credited whole; a second yes/no column ("Sustainable"
// nein beside "Nachhaltig" ja) was dropped and the sale declared; a bare share ("Anteil (%)" 40 on
// a sale of 80 t) was ignored and all 80 t declared; "ja" beside a part of 30 t was a conflict.
import { ISSUING_RECEIPT_HEADER, issuingReceipt as receipt, type BookCell as Cell } from "../../src/books";
import type { JsonReport } from "../../src/cli/report";
import { declareBook, deliveryHeader, sale } from "./sd-books";
import { freshFolderPerTest } from "./run-massbal";

jest.setTimeout(300_000);

const folder = freshFolderPerTest();
const errors = (r: JsonReport) => r.findings.filter((f) => f.severity === "error");
const issued = (r: JsonReport) => r.declarations.filter((d) => d.status === "new").map((d) => d.quantity);

/** A sale of 80 t (no "Sustainable" column) with `heads` holding `cells`, beside a receipt of 100 t. */
const sales = (heads: string[], cells: Cell[]) =>
  declareBook(folder.path, {
    Receipts: [ISSUING_RECEIPT_HEADER, receipt("2025-01-05", "IN-1", 100, 30)],
    Deliveries: [
      [...deliveryHeader().filter((c) => c !== "Sustainable"), ...heads],
      [...sale("2025-02-10", 80, null).filter((c) => c !== "yes"), ...cells],
    ],
  });

describe("a receipt's yes/no cell left blank beside its SD number", () => {
  it.each([
    ["Nachhaltig", "ja"],
    ["Sustainable", "yes"],
    ["Durable", "oui"],
    ["Sostenible", "sí"],
    ["Duurzaam", "ja"],
    ["Sostenibile", "sì"],
  ])(
    "%s: refused at its cell, no credit, the balance incomplete (the %s receipt credited)",
    async (heading, yes) => {
      const report = await declareBook(folder.path, {
        Receipts: [
          [...ISSUING_RECEIPT_HEADER, heading],
          [...receipt("2025-01-05", "IN-1", 100, 30), null],
          [...receipt("2025-01-06", "IN-2", 50, 30), yes],
        ],
        Deliveries: [deliveryHeader(), sale("2025-02-10", 40, null)],
      });
      expect(errors(report).map((f) => [f.code, f.place])).toEqual([["missing-value", "Receipts!M2"]]);
      expect(errors(report)[0]?.message).toContain("is empty on this receipt, which has an SD number");
      expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["50", false]]);
      expect(issued(report)).toEqual([]);
    },
  );
});

describe("a column of the part no field is left for: refused at its heading, nothing declared", () => {
  it.each([
    [["Nachhaltig", "Sustainable"], ["ja", "nein"], "Deliveries!H1"],
    [["Duurzaam", "Sustainable"], ["ja", "nee"], "Deliveries!H1"],
    [["Anteil nachhaltig (%)", "davon nachhaltig (t)", "ISCC (t)"], [100, 80, 30], "Deliveries!I1"],
  ])("%j holding %j", async (heads, cells, at) => {
    const report = await sales(heads, cells);
    const refused = errors(report).filter((f) => f.code === "mapping-uncertain");
    expect(refused.map((f) => f.place)).toEqual([at]);
    expect(refused[0]?.message).toContain(
      "is not read: the add-in reads the sustainable part of each row from",
    );
    expect(issued(report)).toEqual([]);
  });
});

describe("a bare share beside a sale of 80 t: asked at its heading, nothing declared", () => {
  // (brk15 #3) "Anteil" with no unit beside "Nachhaltig" ja: dropped, 80 t declared, not a word
  it.each([
    ...[["Anteil (%)"], ["Share (%)"], ["Part (%)"], ["Quota (%)"], ["Aandeel (%)"], ["Cuota (%)"]],
    ...[["Anteil"], ["Share"], ["Part"], ["Quota"], ["Aandeel"], ["Cuota"]],
  ])("%s 40", async (heading) => {
    const report = await sales([heading], [40]);
    expect(errors(report).map((f) => [f.code, f.place])).toEqual([["mapping-uncertain", "Deliveries!G1"]]);
    expect(errors(report)[0]?.message).toContain("its heading names a share but not of what");
    expect(issued(report)).toEqual([]);
    expect(report.balances.map((b) => b.complete)).toEqual([false]);
  });

  it("said as the sustainable share (Anteil nachhaltig (%) 40): 32 t declared", async () => {
    const report = await sales(["Anteil nachhaltig (%)"], [40]);
    expect(errors(report)).toEqual([]);
    expect(issued(report)).toEqual(["32"]);
  });
});

describe("yes beside a part", () => {
  it.each([
    [["Nachhaltig", "davon nachhaltig (t)"], ["ja", 30], ["30"]],
    [["Sustainable", "Sustainable quantity (t)"], ["yes", 30], ["30"]],
    [["Durable", "dont durable (t)"], ["oui", 80], ["80"]],
  ])("%j %j: the part declared", async (heads, cells, declared) => {
    const report = await sales(heads, cells);
    expect(errors(report)).toEqual([]);
    expect(issued(report)).toEqual(declared);
  });

  it.each([
    [
      ["Nachhaltig", "davon nachhaltig (t)"],
      ["ja", 0],
    ],
    [
      ["Nachhaltig", "davon nachhaltig (t)"],
      ["nein", 30],
    ],
  ])("%j %j: still a conflict, nothing declared", async (heads, cells) => {
    const report = await sales(heads, cells);
    expect(errors(report).map((f) => f.code)).toEqual(["sustainable-conflict"]);
    expect(issued(report)).toEqual([]);
  });
});

// (p-parts2) through massbal on a real .xlsx, as the three faults showed in the break test.
describe("receipts beside a bare share: credited only where it states all of the receipt", () => {
  it.each([["Anteil (%)"], ["Share (%)"], ["Quota (%)"], ["Aandeel (%)"], ["Cuota (%)"], ["Part (%)"]])(
    "%s: 40 gives no credit, 100 credits the receipt (was both credited, 150 t)",
    async (heading) => {
      const report = await declareBook(folder.path, {
        Receipts: [
          [...ISSUING_RECEIPT_HEADER, heading],
          [...receipt("2025-01-05", "IN-1", 100, 30), 40],
          [...receipt("2025-01-06", "IN-2", 50, 30), 100],
        ],
        Deliveries: [deliveryHeader(), sale("2025-02-10", 40, null)],
      });
      expect(errors(report).map((f) => [f.code, f.place])).toEqual([["mapping-uncertain", "Receipts!M1"]]);
      expect(errors(report)[0]?.message).toContain(
        "a receipt is credited only where it states all of the receipt",
      );
      expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["50", false]]);
      expect(issued(report)).toEqual([]);
    },
  );
});

describe("a part headed with its unit beside the yes/no heading of the same word", () => {
  it.each([
    [["Nachhaltig (t)", "Nachhaltig"], [30, "ja"], ["30"]],
    [["Nachhaltig", "Nachhaltig (t)"], ["ja", 30], ["30"]],
    [["Sustainable (t)", "Sustainable"], [80, "yes"], ["80"]],
    [["Durable (t)", "Durable"], [30, "oui"], ["30"]],
    [["Sostenible (t)", "Sostenible"], [30, "sí"], ["30"]],
    [["Duurzaam (t)", "Duurzaam"], [30, "ja"], ["30"]],
    [["Sostenibile (t)", "Sostenibile"], [30, "sì"], ["30"]],
  ])(
    "%j %j on a sale of 80 t: the part declared (before, with the part first, the yes/no column was refused and nothing declared)",
    async (heads, cells, declared) => {
      const report = await sales(heads, cells);
      expect(errors(report)).toEqual([]);
      expect(issued(report)).toEqual(declared);
    },
  );

  it.each([
    [["Nachhaltig (t)", "Nachhaltig"], [30, "nein"], "Deliveries!G2"],
    [["Sustainable (t)", "Sustainable"], [0, "yes"], "Deliveries!G2"],
  ])("%j %j: a conflict at the row, nothing declared", async (heads, cells, at) => {
    const report = await sales(heads, cells);
    expect(errors(report).map((f) => [f.code, f.place])).toEqual([["sustainable-conflict", at]]);
    expect(issued(report)).toEqual([]);
  });
});

describe("a receipts' yes/no column blank on every row", () => {
  it("one error at its heading naming the column, no receipt credited (was one error per receipt)", async () => {
    const rows = Array.from({ length: 25 }, (_, i) => [
      ...receipt(`2025-01-${String(i + 2).padStart(2, "0")}`, `IN-${i + 1}`, 10, 30),
      null,
    ]);
    const report = await declareBook(folder.path, {
      Receipts: [[...ISSUING_RECEIPT_HEADER, "Nachhaltig"], ...rows],
      Deliveries: [deliveryHeader(), sale("2025-02-10", 40, null)],
    });
    expect(errors(report).map((f) => [f.code, f.place])).toEqual([["missing-value", "Receipts!M1"]]);
    expect(errors(report)[0]?.message).toContain(
      'the column "Nachhaltig" is empty on every row, and 25 receipts',
    );
    expect(report.balances.map((b) => b.received)).toEqual(["0"]);
    expect(issued(report)).toEqual([]);
  });
});
