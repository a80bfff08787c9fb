// (h-lacksum) A row whose quantity is the sum of the rows above, its address, certificate and SD
// number cells blank, is a subtotal pasted as values only where it holds nothing of its own. Before,
// only the mapped cells were looked at: a delivery whose note number, or own customer, stood beside
// them was refused as a subtotal. Now every filled cell of the row is: one of its own makes it a
// booking. Must not change: a subtotal labelled by a total's word in any column, one that keeps
// the run's unit or adds up its amounts, one that names no party, one labelled in its first cell.
import type { EngineResult } from "../../../src/engine";
import { DELIVERY_COLUMNS } from "../../../src/books";
import type { CellValue } from "../../../src/workbook/port";
import { serial } from "../fixtures";
import { FACTS, runBooks, suspects } from "./subtotal-fixtures";

const RECEIPTS: CellValue[][] = [
  [serial("2025-01-08"), "A GmbH", "EU-ISCC-Cert-DE100-1", "SD-1", "UCO", 100, ...FACTS],
];
const ADDRESS = "Industriestr. 5, 46049 Oberhausen";
const CERT = "EU-ISCC-Cert-DE100-20002";
/** A sale with one more column's cell `extra`; `pasted`: no address, certificate or SD number. */
const sale = (
  day: string,
  q: number,
  extra: CellValue,
  pasted = false,
  customer = "Kunde AG",
): CellValue[] => [
  serial(day),
  customer,
  pasted ? "" : ADDRESS,
  pasted ? "" : CERT,
  "UCO",
  q,
  "yes",
  "",
  extra,
];

/** 40 t and 30 t sold, then a row of 70 t with no address, certificate or SD number. */
function run(
  heading: string,
  cells: [CellValue, CellValue, CellValue],
  customer?: string,
): Promise<EngineResult> {
  const sales = [
    sale("2025-02-01", 40, cells[0]),
    sale("2025-03-01", 30, cells[1]),
    sale("2025-03-31", 70, cells[2], true, customer),
  ];
  return runBooks(RECEIPTS, sales, [...DELIVERY_COLUMNS, "SD number", heading]);
}
const delivered = (r: EngineResult) =>
  r.balances.find((b) => b.product === "UCO" && b.periodStart === "2025-01-01")?.delivered;

// [language, heading, the three rows' cells]: the last row's cell is its own
const OWN: [string, string, [CellValue, CellValue, CellValue]][] = [
  ["de", "Lieferschein-Nr.", ["LS-4711", "LS-4712", "LS-4713"]],
  ["en", "Delivery note no.", ["DN 1001", "DN 1002", "DN 1003"]],
  ["fr", "N° bon de livraison", ["BL-881", "BL-882", "BL-883"]],
  ["es", "N.º albarán", [5501, 5502, 5503]],
  ["it", "N. DDT", ["DDT 12/25", "DDT 13/25", "DDT 14/25"]],
  ["nl", "Pakbonnummer", ["PB-0091", "PB-0092", "PB-0093"]],
  ["pl", "Nr WZ", ["WZ/1/2025", "WZ/2/2025", "WZ/3/2025"]],
];

// [language, heading, the three rows' cells]: the last row is a subtotal whatever the heading says
const SUBTOTAL: [string, string, [CellValue, CellValue, CellValue]][] = [
  ["de", "Bemerkung", ["", "", "Summe"]],
  ["en", "Remark", ["", "", "Subtotal"]],
  ["fr", "Remarque", ["", "", "Sous-total"]],
  ["es", "Observaciones", ["", "", "Suma"]],
  ["it", "Note", ["", "", "Totale"]],
  ["nl", "Opmerking", ["", "", "Subtotaal"]],
  ["pl", "Uwagi", ["", "", "Razem"]],
  ["de", "Bemerkung", ["", "", "März"]],
  ["de", "Einheit", ["t", "t", "t"]],
  ["en", "Haulier", ["Spedition Nord", "Spedition Nord", "Spedition Nord"]],
  ["de", "Betrag (EUR)", [32000, 24000, 56000]],
  ["fr", "Montant (EUR)", [32000.1, 24000.2, 56000.3]],
];

describe("a row summing the rows above, with a cell of its own", () => {
  it.each(OWN)("(%s) %s: a booking, not a subtotal", async (_lang, heading, cells) => {
    const r = await run(heading, cells);
    expect(suspects(r)).toEqual([]);
    expect(delivered(r)).toBe("140");
  });

  it.each([
    ["de", "Andere GmbH"],
    ["pl", "Inny Sp. z o.o."],
  ])("(%s) a customer no row above names (%s): a booking", async (_lang, customer) => {
    const r = await run("Bemerkung", ["", "", ""], customer);
    expect(suspects(r)).toEqual([]);
    expect(delivered(r)).toBe("140");
  });
});

describe("must not change: a subtotal stays refused", () => {
  it.each(SUBTOTAL)("(%s) %s: refused at its quantity", async (_lang, heading, cells) => {
    const r = await run(heading, cells);
    expect(suspects(r)).toEqual(["Sales!F4 lacking-sum"]);
    expect(delivered(r)).toBe("70");
  });

  it("the customer of the rows above, nothing else: refused", async () => {
    const r = await run("Bemerkung", ["", "", ""]);
    expect(suspects(r)).toEqual(["Sales!F4 lacking-sum"]);
  });

  it("a date repeated in a second date column: refused", async () => {
    const cells: [CellValue, CellValue, CellValue] = [
      serial("2025-02-01"),
      serial("2025-03-01"),
      serial("2025-03-31"),
    ];
    const r = await run("Buchungstag", cells);
    expect(suspects(r)).toEqual(["Sales!F4 lacking-sum"]);
  });

  it.each([
    ["de", "Summe"],
    ["en", "Total"],
    ["fr", "Sous-total"],
    ["es", "Total general"],
    ["it", "Totale"],
    ["nl", "Totaal"],
    ["pl", "Razem"],
  ])("(%s) %s in the customer's cell, nothing else: a total, not booked", async (_lang, word) => {
    const r = await run("Bemerkung", ["", "", ""], word);
    expect(suspects(r)).toEqual([]);
    expect(delivered(r)).toBe("70");
  });

  it("no customer at all, nothing but the sum: refused (unnamed-sum)", async () => {
    const r = await run("Bemerkung", ["", "", ""], "");
    expect(suspects(r)).toEqual(["Sales!F4 unnamed-sum"]);
    expect(delivered(r)).toBe("70");
  });
});
