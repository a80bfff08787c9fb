// (p-recpart, brk12 #2, #3) Through the real massbal declare on a real .xlsx: a receipts sheet
// that says per row whether the receipt is sustainable ("Nachhaltig": nein, "zertifiziert
// (ja/nein)", "Durable": non), or states its sustainable part in two columns ("Anteil nachhaltig
// (%)" 100 beside "davon nachhaltig (t)" 30). The yes/no column was not read and the second part
// column was dropped: a receipt of 100 t marked "nein" was credited, and one whose columns
// disagree was credited whole. Now a receipt is held to what deliveries are: a "no" beside an SD
// number gives no credit (invalid-quantity receipt-none at its cell), two part columns that
// disagree give none (sustainable-conflict at the cell), both with the balances incomplete; a
// yes/no column the reader does not know ("ISCC-Ware") is refused at its heading.
import { ISSUING_RECEIPT_HEADER, issuingReceipt as receipt, type BookCell as Cell } from "../../src/books";
import { declareBook, deliveryHeader, sale } from "./sd-books";
import { freshFolderPerTest } from "./run-massbal";

jest.setTimeout(300_000);

const folder = freshFolderPerTest();

/** Receipts of 100 t (IN-1, `first`) and 50 t (IN-2, `second`) under `heading`, and a sale of 40 t. */
const books = (heading: string[], first: Cell[], second: Cell[]) =>
  declareBook(folder.path, {
    Receipts: [
      [...ISSUING_RECEIPT_HEADER, ...heading],
      [...receipt("2025-01-05", "IN-1", 100, 30), ...first],
      [...receipt("2025-01-06", "IN-2", 50, 30), ...second],
    ],
    Deliveries: [deliveryHeader(), sale("2025-02-10", 40, null)],
  });

describe("a yes/no column on receipts", () => {
  it.each([
    ["Nachhaltig", "nein", "ja"],
    ["zertifiziert (ja/nein)", "nein", "ja"],
    ["Sustainable", "no", "yes"],
    ["Durable (oui/non)", "non", "oui"],
    ["Sostenible", "no", "sí"],
    ["Duurzaam", "nee", "ja"],
    ["Sostenibile", "no", "sì"],
  ])(
    "%s: the %s receipt gives no credit, said at its cell; the %s one is credited",
    async (heading, no, yes) => {
      const report = await books([heading], [no], [yes]);
      const errors = report.findings.filter((f) => f.severity === "error");
      expect(errors.map((f) => [f.code, f.place])).toEqual([["invalid-quantity", "Receipts!M2"]]);
      expect(errors[0]?.message).toContain("says this receipt is not sustainable, but it has an SD number");
      expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["50", false]]);
      expect(report.declarations.filter((d) => d.status === "new")).toEqual([]);
    },
  );

  it("answered yes on every row: each credited, the sale declared", async () => {
    const report = await books(["Nachhaltig"], ["ja"], ["ja"]);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["150", true]]);
    expect(report.declarations.map((d) => [d.status, d.quantity])).toEqual([["new", "40"]]);
  });

  it("ISCC-Ware, not read as the column: refused at its heading, the balances incomplete", async () => {
    const report = await books(["ISCC-Ware"], ["nein"], ["ja"]);
    const errors = report.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.code, f.place])).toEqual([["mapping-uncertain", "Receipts!M1"]]);
    expect(errors[0]?.message).toContain("the balances the receipts of this sheet feed are incomplete");
    expect(report.balances.map((b) => b.complete)).toEqual([false]);
    expect(report.declarations.filter((d) => d.status === "new")).toEqual([]);
  });
});

describe("two part columns on receipts", () => {
  // the 50 t receipt states all of it in both
  it.each([
    [["Anteil nachhaltig (%)", "davon nachhaltig (t)"], [100, 30], [100, 50], "Receipts!M2"],
    [["davon nachhaltig (t)", "Anteil nachhaltig (%)"], [30, 100], [50, 100], "Receipts!N2"],
    [["Sustainable share (%)", "Sustainable quantity (t)"], [100, 30], [100, 50], "Receipts!M2"],
    [["Part durable (%)", "dont durable (t)"], [100, 30], [100, 50], "Receipts!M2"],
  ])("%j stating %j: no credit, said at the cell", async (heading, first, second, cell) => {
    const report = await books(heading, first, second);
    const errors = report.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.code, f.place])).toEqual([["sustainable-conflict", cell]]);
    expect(errors[0]?.message).toContain("the sustainable part of this receipt of 100 t is stated twice");
    expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["50", false]]);
  });

  // (p-parts) "ja" says there is a part, 30 says how much: read as 30 of 100 t, which a receipt never credits
  it("Nachhaltig ja beside davon nachhaltig (t) 30: the part read, no credit, said at the part's cell", async () => {
    const report = await books(["Nachhaltig", "davon nachhaltig (t)"], ["ja", 30], ["ja", 50]);
    const errors = report.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.code, f.place])).toEqual([["invalid-quantity", "Receipts!N2"]]);
    expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["50", false]]);
  });

  it("both all of it: credited whole", async () => {
    const report = await books(["Anteil nachhaltig (%)", "davon nachhaltig (t)"], [100, 100], [100, 50]);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["150", true]]);
  });
});

it.each([
  ["Sustainable share (%)", "Sustainable quantity (t)"],
  ["Nachhaltigkeitsanteil (%)", "Nachhaltige Menge (t)"],
])("deliveries with %s 100 beside %s 30: the second column read, nothing declared", async (share, qty) => {
  const report = await declareBook(folder.path, {
    Receipts: [ISSUING_RECEIPT_HEADER, receipt("2025-01-05", "IN-1", 100, 30)],
    Deliveries: [
      [...deliveryHeader().filter((c) => c !== "Sustainable"), share, qty],
      [...sale("2025-02-10", 80, null).filter((c) => c !== "yes"), 100, 30],
    ],
  });
  const errors = report.findings.filter((f) => f.severity === "error");
  expect(errors.map((f) => f.code)).toEqual(["sustainable-conflict"]);
  expect(report.declarations.filter((d) => d.status === "new")).toEqual([]);
});
