// (brk22 §12) `massbal declare` on a real .xlsx kept over two years: "Receipts 2024" and
// "Deliveries 2024" beside this year's sheets, the Settings issue date 2 April 2025. Last year's
// sale without an SD number (20 t dispatched 01.12.2024) got ON-2025-0001, dated four months after
// dispatch in a closed quarter: a second declaration for a load whose SD was sent at dispatch. It
// is now held back with declaration-period-closed at its SD number cell, its credit booked as
// before; typing the number it was sent with, or an SD status "offen", settles it. This year's
// sales are issued as before.
import { ISSUING_RECEIPT_HEADER, issuingReceipt as receipt, type BookCell, type Rows } from "../../src/books";
import { declareBook, deliveryHeader, sale } from "./sd-books";
import { freshFolderPerTest } from "./run-massbal";

jest.setTimeout(180_000);

const folder = freshFolderPerTest();

/** The two years' books; `last` is the deliveries sheet of 2024. */
const books = (last: Rows): Record<string, Rows> => ({
  "Receipts 2024": [ISSUING_RECEIPT_HEADER, receipt("2024-11-10", "IN-0", 30, 30)],
  "Receipts 2025": [
    ISSUING_RECEIPT_HEADER,
    receipt("2025-01-10", "IN-1", 100, 30),
    receipt("2025-02-10", "IN-2", 50, 30),
  ],
  "Deliveries 2024": last,
  "Deliveries 2025": [deliveryHeader(), sale("2025-03-01", 60, null), sale("2025-03-15", 40, null)],
});

const q4 = (r: Awaited<ReturnType<typeof declareBook>>) =>
  r.balances.find((b) => b.periodStart === "2024-10-01");

it("holds back last year's sale without an SD number, and issues this year's", async () => {
  const r = await declareBook(folder.path, books([deliveryHeader(), sale("2024-12-01", 20, null)]));
  expect(r.declarations.map((x) => [x.status, x.number, x.quantity, x.date])).toEqual([
    ["blocked", "", "20", "2025-04-02"],
    ["new", "ON-2025-0001", "60", "2025-04-02"],
    ["new", "ON-2025-0002", "40", "2025-04-02"],
  ]);
  const found = r.findings.filter((f) => f.code === "declaration-period-closed");
  expect(found.map((f) => [f.severity, f.sheet, f.cell])).toEqual([["error", "Deliveries 2024", "G2"]]);
  expect(found[0]?.message).toContain("dispatched on 2024-12-01, in the period 2024-10-01 to 2024-12-31");
  expect(found[0]?.message).toContain("only deliveries dispatched from 2025-01-01 on are declared");
  expect(r.declarations[0]?.heldBy).toEqual([
    { code: "declaration-period-closed", sheet: "Deliveries 2024", cell: "G2" },
  ]);
  // its credit is booked as before: 30 t in, 20 t out in Q4 2024
  expect(q4(r)).toMatchObject({ received: "30", delivered: "20", closing: "10" });
});

it("reads the number typed on last year's sale as issued outside: nothing held, nothing issued for it", async () => {
  const r = await declareBook(folder.path, books([deliveryHeader(), sale("2024-12-01", 20, "XY-2024-17")]));
  expect(r.findings.filter((f) => f.code === "declaration-period-closed")).toEqual([]);
  const outside = r.findings.filter((f) => f.code === "declaration-issued-outside");
  expect(outside.map((f) => [f.sheet, f.cell])).toEqual([["Deliveries 2024", "G2"]]);
  expect(r.declarations.map((x) => [x.status, x.number, x.quantity])).toEqual([
    ["new", "ON-2025-0001", "60"],
    ["new", "ON-2025-0002", "40"],
  ]);
  expect(q4(r)).toMatchObject({ received: "30", delivered: "20", closing: "10" });
});

it.each(["offen", "zu erstellen", "to issue", "à émettre", "do wystawienia"])(
  "issues last year's sale whose SD status says %p",
  async (status) => {
    const header: BookCell[] = [...deliveryHeader(), "SD Status"];
    const r = await declareBook(folder.path, books([header, [...sale("2024-12-01", 20, null), status]]));
    expect(r.findings.filter((f) => f.code === "declaration-period-closed")).toEqual([]);
    expect(r.declarations.map((x) => [x.status, x.number, x.quantity])).toEqual([
      ["new", "ON-2025-0001", "20"],
      ["new", "ON-2025-0002", "60"],
      ["new", "ON-2025-0003", "40"],
    ]);
  },
);
