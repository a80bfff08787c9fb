// (p-parts, brk11) Through the real massbal declare on a real .xlsx: a receipts sheet that states
// the sustainable part of each receipt beside its quantity, in the six languages the headings are
// read in. The part was not read: 100 t were credited and a sale of 50 t declared on a receipt of
// which 40 t were sustainable. Now a part below the quantity is refused at its cell (the add-in
// credits a receipt whole or not at all), the sale is held and the account is incomplete; a part
// that is all of the quantity credits it whole.
import { ISSUING_RECEIPT_HEADER, issuingReceipt as receipt, type BookCell as Cell } from "../../src/books";
import { declareBook, deliveryHeader, sale } from "./sd-books";
import { freshFolderPerTest } from "./run-massbal";

jest.setTimeout(300_000);

const folder = freshFolderPerTest();

/** The books: a receipt of 100 t whose part column is headed `heading` and holds `part`, and a sale of 50 t. */
const books = (heading: string, part: Cell) =>
  declareBook(folder.path, {
    Receipts: [
      [...ISSUING_RECEIPT_HEADER, heading],
      [...receipt("2025-01-05", "IN-1", 100, 30), part],
    ],
    Deliveries: [deliveryHeader(), sale("2025-02-10", 50, null)],
  });

// the part of 100 t: 40 t, or 40 % where the heading says %
it.each([
  ["davon nachhaltig (t)", 40],
  ["Nachhaltige Menge (t)", 40],
  ["Zertifizierte Menge (t)", 40],
  ["Anteil nachhaltig (%)", 40],
  ["Sustainable part (t)", 40],
  ["Sustainable share (%)", 40],
  ["dont durable (t)", 40],
  ["Part durable (%)", 40],
  ["de los cuales sostenible (t)", 40],
  ["waarvan duurzaam (t)", 40],
  ["di cui sostenibile (t)", 40],
])("%s %s of 100 t: refused at its cell, nothing credited, the sale held", async (heading, part) => {
  const report = await books(heading, part);
  const errors = report.findings.filter((f) => f.severity === "error");
  expect(errors.map((f) => [f.code, f.place])).toEqual([["invalid-quantity", "Receipts!M2"]]);
  expect(errors[0]?.message).toContain("book the sustainable part its SD states as a receipt row of its own");
  expect(report.declarations.map((d) => d.status)).toEqual(["blocked"]);
  expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["0", false]]);
});

it.each([
  ["davon nachhaltig (t)", 100],
  ["Anteil nachhaltig (%)", 100],
])("%s %s of 100 t: the whole credited, 50 t declared", async (heading, part) => {
  const report = await books(heading, part);
  expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(report.declarations.map((d) => [d.status, d.quantity])).toEqual([["new", "50"]]);
});
