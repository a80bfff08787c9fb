// Transfers kept with what left one site and what arrived at the other (brk22 §9): the quantity
// sent is the row's quantity and the quantity received its own field, in its own unit, in seven
// languages and either column order; never a pick among several, never beside a user's mapping of
// the wrong kind; a plain transfer sheet and a second quantity that says neither stay as they were.
import { readWorkbook } from "../../../src/workbook/read";
import { namesReceived, namesSent } from "../../../src/workbook/transfer-received";
import type { CellValue } from "../../../src/workbook/port";
import { serial, sheet } from "../fixtures";

const read = (rows: CellValue[][]) =>
  readWorkbook({ name: "Transfers.xlsx", sheets: [sheet("Transfers", rows)] });

// [language, quantity sent, quantity received]
// prettier-ignore
const PAIRS: [string, string, string][] = [
  ["en", "Quantity sent (t)", "Quantity received (t)"],
  ["en", "Sent (t)", "Received (t)"],
  ["en", "Dispatched qty (t)", "Arrived qty (t)"],
  ["en", "Shipped (t)", "Arrival (t)"],
  ["de", "Menge versandt (t)", "Menge empfangen (t)"],
  ["de", "Versandmenge (t)", "Empfangsmenge (t)"],
  ["de", "Menge verladen (t)", "Menge angekommen (t)"],
  ["fr", "Quantité envoyée (t)", "Quantité reçue (t)"],
  ["fr", "Quantité expédiée (t)", "Quantité reçue (t)"],
  ["it", "Quantità spedita (t)", "Quantità ricevuta (t)"],
  ["it", "Quantità inviata (t)", "Quantità arrivata (t)"],
  ["es", "Cantidad enviada (t)", "Cantidad recibida (t)"],
  ["es", "Cantidad despachada (t)", "Cantidad llegada (t)"],
  ["nl", "Hoeveelheid verzonden (t)", "Hoeveelheid ontvangen (t)"],
  ["nl", "Verstuurd (t)", "Aangekomen (t)"],
  ["pl", "Ilość wysłana (t)", "Ilość otrzymana (t)"],
  ["pl", "Ilość nadana (t)", "Ilość przyjęta (t)"],
];

const row = (a: CellValue, b: CellValue) => [serial("2025-02-01"), "Hamburg", "Venlo", "UCO", a, b];

describe("the words of sent and received", () => {
  it.each(PAIRS)("%s: %p says sent, %p says received", (_, sent, received) => {
    expect([namesSent(sent), namesReceived(sent)]).toEqual([true, false]);
    expect([namesSent(received), namesReceived(received)]).toEqual([false, true]);
  });

  // neither: a plain quantity, a gross weight, a site's heading
  it.each(["Quantity (t)", "Menge (t)", "Net weight (t)", "Hoeveelheid (t)", "Bruttogewicht (t)"])(
    "%p says neither",
    (h) => expect([namesSent(h), namesReceived(h)]).toEqual([false, false]),
  );
});

describe("a transfer kept as sent and received", () => {
  it.each(PAIRS)("%s: %p | %p: 40 t sent, 39.5 t received, no row refused", async (_, sent, received) => {
    const r = await read([["Date", "From site", "To site", "Product", sent, received], row(40, 39.5)]);
    expect(r.sheets[0]).toMatchObject({ kind: "transfers", rows: 1 });
    expect(r.ledger.transfers).toMatchObject([{ quantity: "40", received: "39.5", unit: "t" }]);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it.each(PAIRS)("%s: received before sent (%p after %p): the same reading", async (_, sent, received) => {
    const r = await read([["Date", "From site", "To site", "Product", received, sent], row(39.5, 40)]);
    expect(r.ledger.transfers).toMatchObject([{ quantity: "40", received: "39.5" }]);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("the quantity received in its own unit keeps it: 40 t sent, 39 500 kg received", async () => {
    const r = await read([
      ["Date", "From site", "To site", "Product", "Quantity sent (t)", "Quantity received (kg)"],
      row(40, 39500),
    ]);
    expect(r.ledger.transfers).toMatchObject([
      { quantity: "40", unit: "t", received: "39500", receivedUnit: "kg" },
    ]);
  });

  it("a plain quantity beside a received one: the plain one is what was sent", async () => {
    const r = await read([
      ["Date", "From site", "To site", "Product", "Quantity (t)", "Received (t)"],
      row(40, 39.5),
    ]);
    expect(r.ledger.transfers).toMatchObject([{ quantity: "40", received: "39.5" }]);
  });

  it("a transfer sheet with one quantity is read as before, with no quantity received", async () => {
    const r = await read([["Date", "From site", "To site", "Product", "Quantity (t)"], [serial("2025-02-01"), "Hamburg", "Venlo", "UCO", 40]]); // prettier-ignore
    expect(r.ledger.transfers).toHaveLength(1);
    expect(r.ledger.transfers[0]).not.toHaveProperty("received");
  });

  // never a pick: two columns that say received, or two quantities that say neither
  it.each([
    [
      ["Quantity sent (t)", "Received Venlo (t)", "Received weighbridge (t)"],
      [40, 39.5, 39.4],
    ],
    [
      ["Quantity (t)", "Net weight (t)"],
      [40, 39.5],
    ],
  ])("%p: no quantity received is picked; rows that differ stay refused", async (heads, values) => {
    const r = await read([
      ["Date", "From site", "To site", "Product", ...heads],
      [serial("2025-02-01"), "Hamburg", "Venlo", "UCO", ...values],
    ]);
    expect(r.ledger.transfers).toEqual([]);
    expect(r.findings.map((f) => f.code)).toContain("quantity-columns-disagree");
  });

  it("on receipts a received quantity beside another is no transfer's: unchanged", async () => {
    const r = await readWorkbook({
      name: "R.xlsx",
      sheets: [
        sheet("Receipts", [
          ["Date", "Supplier", "SD number", "Product", "Quantity (t)", "Quantity received (t)"],
          [serial("2025-02-01"), "Oils GmbH", "SD-1", "UCO", 40, 39.5],
        ]),
      ],
    });
    expect(r.ledger.receipts).toEqual([]);
    expect(r.findings.map((f) => f.code)).toContain("quantity-columns-disagree");
  });
});

// (brk25 T1) a received cell that does not say what arrived: blank, or text for "in transit", is
// never read as all of it arrived; the transfer is refused at that cell and moves nothing
describe("a transfer whose received cell says nothing of what arrived", () => {
  const HEAD = ["Date", "From site", "To site", "Product", "Quantity sent (t)", "Quantity received (t)"];
  // prettier-ignore
  const SAID: CellValue[] = [
    null, "unterwegs", "in transit", "en route", "en camino", "in viaggio", "onderweg", "w drodze",
    "noch offen", "?", "k.A.", "-", "tbd",
  ];
  it.each(SAID)("received %p: no transfer booked, an error at the received cell", async (v) => {
    const r = await read([HEAD, row(40, v)]);
    expect(r.ledger.transfers).toEqual([]);
    const errors = r.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.cell, f.code])).toEqual([
      ["F2", v === null ? "missing-value" : "invalid-number"],
    ]);
    if (v === null) expect(errors[0]?.details).toMatchObject({ reason: "received-blank" });
  });

  it("a blank received cell beside a row that states it: only that row is refused", async () => {
    const r = await read([HEAD, row(40, null), row(30, 29.5)]);
    expect(r.ledger.transfers).toMatchObject([{ quantity: "30", received: "29.5" }]);
  });
});
