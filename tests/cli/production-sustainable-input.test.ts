// (brk19 0a) A production row's sustainable input under the headings receipts and deliveries read as
// the sustainable part, through the real massbal declare on a real .xlsx: 1000 t of rapeseed in, 500 t
// of it sustainable, 420 t of oil out, so 210 t of oil credit. "of which sustainable (t)", "ISCC (t)",
// "Certified quantity (t)" were mapped to nothing: all 420 t were credited and a declaration of
// 300 t issued, 90 t beyond the credit. A column of quantities no field reads is said at its heading.
import { type BookCell as Cell, day, ISSUING_RECEIPT_HEADER, issuingReceipt } from "../../src/books";
import { declareBook, deliveryHeader, sale } from "./sd-books";
import { freshFolderPerTest } from "./run-massbal";

jest.setTimeout(180_000);

const folder = freshFolderPerTest();

/** 1000 t of rapeseed received with IN-1, pressed into 420 t of oil; `heading` over `value` (500 t); oil sold `sold` t. */
const book = (heading: string, sold: number, value: Cell = 500) =>
  declareBook(folder.path, {
    Receipts: [
      ISSUING_RECEIPT_HEADER,
      issuingReceipt("2025-01-05", "IN-1", 1000, 30).map((c) => (c === "Rapeseed oil" ? "Rapeseed" : c)),
    ],
    Production: [
      [
        "Date",
        "Input product",
        "Input quantity (t)",
        heading,
        "Output product",
        "Output quantity (t)",
        "GHG total",
      ],
      [day("2025-02-01"), "Rapeseed", 1000, value, "Rapeseed oil", 420, 40] as Cell[],
    ],
    Deliveries: [deliveryHeader(), sale("2025-03-01", sold, null)],
  });

const produced = (r: Awaited<ReturnType<typeof book>>) =>
  r.balances.filter((b) => b.product === "Rapeseed oil").map((b) => b.produced);

it.each(["of which sustainable (t)", "ISCC (t)", "Certified quantity (t)", "w tym certyfikowane (t)"])(
  "%s 500 of 1000 t: 210 t of oil credited, no declaration of 300 t beyond it",
  async (heading) => {
    const report = await book(heading, 300);
    expect(produced(report)).toEqual(["210"]);
    expect(report.declarations.filter((d) => d.status === "new")).toEqual([]);
    expect(report.findings.map((f) => f.code)).toContain("negative-balance");
  },
);

it("of which sustainable (t) 500 of 1000 t: a sale of 200 t within the credit is declared", async () => {
  const report = await book("of which sustainable (t)", 200);
  expect(report.declarations.map((d) => [d.status, d.quantity])).toEqual([["new", "200"]]);
});

it("a column of quantities naming no sustainable material (Sonstiges (t)): a warning at its heading, the book declared as before", async () => {
  const report = await book("Sonstiges (t)", 300);
  const at = report.findings.filter((f) => f.sheet === "Production" && f.cell === "D1");
  expect(at.map((f) => [f.code, f.severity])).toEqual([["mapping-uncertain", "warning"]]);
  expect(at[0]?.message).toContain('"Sonstiges (t)"');
  expect(report.declarations.map((d) => [d.status, d.quantity])).toEqual([["new", "300"]]);
});

// (brk21 7) a heading that plainly names a loss is no part: nothing said at it
it("a loss column (Verlust (t)): nothing said at its heading, the book declared as before", async () => {
  const report = await book("Verlust (t)", 300);
  expect(report.findings.filter((f) => f.sheet === "Production" && f.cell === "D1")).toEqual([]);
  expect(report.declarations.map((d) => [d.status, d.quantity])).toEqual([["new", "300"]]);
});

it("a column naming sustainable material that no field reads: an error at its heading, nothing declared from it", async () => {
  const report = await book("ISCC-konforme Ware (t)", 200);
  const at = report.findings.filter((f) => f.sheet === "Production" && f.cell === "D1");
  expect(at.map((f) => [f.code, f.severity])).toEqual([["mapping-uncertain", "error"]]);
  expect(report.declarations.filter((d) => d.status === "new")).toEqual([]);
  expect(report.findings.map((f) => f.code)).not.toContain("negative-balance");
});

// (m-prod) a run its keeper marked not sustainable, in a yes/no column or in its remark: was
// converted whole without a word, 420 t of oil credited and 300 t declared on it
it.each([
  ["Nachhaltig", "nein", "mapping-uncertain", "D1"],
  ["Bemerkung", "nicht nachhaltig", "row-unconfirmed", "D2"],
  ["Remarks", "conventional", "row-unconfirmed", "D2"],
])("%s %j: an error (%s at %s), nothing declared", async (heading, value, code, cell) => {
  const report = await book(heading, 300, value);
  const at = report.findings.filter((f) => f.sheet === "Production" && f.cell === cell);
  expect(at.map((f) => [f.code, f.severity])).toEqual([[code, "error"]]);
  expect(report.declarations.filter((d) => d.status === "new")).toEqual([]);
});
