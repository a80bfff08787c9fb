// (p-recpart, brk12 #4) Through the real massbal declare on a real .xlsx: a column of the part
// excluded from the scheme or from an SD ("excl. ISCC (t)", "Non-SD (t)") or of the virgin part
// of packaging ("Anteil Neuware (%)", "virgin share (%)": not recycled, ISCC PLUS) was read as
// nothing: a receipt of 100 t beside it was credited whole, a delivery of 80 t beside it declared
// whole. Now such a heading is refused at its cell (mapping-uncertain, negated-heading): the
// receipts' balances are incomplete and the deliveries are not declared.
import { ISSUING_RECEIPT_HEADER, issuingReceipt as receipt, type BookCell as Cell } from "../../src/books";
import { declareBook, deliveryHeader, sale } from "./sd-books";
import { freshFolderPerTest } from "./run-massbal";

jest.setTimeout(300_000);

const folder = freshFolderPerTest();

const HEADINGS: [string, number][] = [
  ["exkl. ISCC (t)", 40],
  ["excl. ISCC (t)", 40],
  ["Non-SD (t)", 40],
  ["hors DD (t)", 40],
  ["escl. PoS (t)", 40],
  ["Anteil Neuware (%)", 50],
  ["virgin share (%)", 50],
  ["cuota virgen (%)", 50],
  ["aandeel nieuw materiaal (%)", 50],
];

it.each(HEADINGS)(
  "receipts beside %s %s: refused at its heading, the balance incomplete",
  async (heading, part) => {
    const report = await declareBook(folder.path, {
      Receipts: [
        [...ISSUING_RECEIPT_HEADER, heading],
        [...receipt("2025-01-05", "IN-1", 100, 30), part],
      ],
      Deliveries: [deliveryHeader(), sale("2025-02-10", 50, null)],
    });
    const said = report.findings.filter((f) => f.code === "mapping-uncertain");
    expect(said.map((f) => [f.severity, f.place])).toEqual([["error", "Receipts!M1"]]);
    expect(report.balances.map((b) => b.complete)).toEqual([false]);
    expect(report.declarations.filter((d) => d.status === "new")).toEqual([]);
  },
);

it.each(HEADINGS)(
  "deliveries beside %s %s: refused at its heading, nothing declared",
  async (heading, part) => {
    const header: Cell[] = [...deliveryHeader().filter((c) => c !== "Sustainable"), heading];
    const row: Cell[] = [...sale("2025-02-10", 80, null).filter((c) => c !== "yes"), part];
    const report = await declareBook(folder.path, {
      Receipts: [ISSUING_RECEIPT_HEADER, receipt("2025-01-05", "IN-1", 100, 30)],
      Deliveries: [header, row],
    });
    const said = report.findings.filter((f) => f.code === "mapping-uncertain");
    expect(said.map((f) => [f.severity, f.place])).toEqual([["error", "Deliveries!G1"]]);
    expect(report.declarations.filter((d) => d.status === "new")).toEqual([]);
  },
);
