// (p-factor, brk8) Quantity headings that name another magnitude or another document's quantity, in
// de/en/fr/es/nl/it (heading-bars.ts): a dry mass ("Menge atro", "Dry matter", "Matière sèche") is
// never the quantity received: alone it is refused with header-not-found asking for the quantity as
// received, beside a net or received column that one is read. The quantity a supplier's SD declares
// ("Menge lt. SD") beside a received column: the received is read while the SD covers it, and a
// receipt of more than the SD declares is refused; alone it is read (the SD is the credit's document).
import { readWorkbook } from "../../../src/workbook/read";
import type { CellValue } from "../../../src/workbook/port";
import { serial, sheet, throughXlsx } from "../fixtures";

jest.setTimeout(60_000);

const read = async (headings: string[], values: CellValue[]) =>
  readWorkbook(
    await throughXlsx(
      sheet("Eingang", [
        ["Datum", "Lieferant", "SD-Nr.", "Produkt", ...headings],
        [serial("2025-01-08"), "Saipol", "SD-1", "UCO", ...values],
      ]),
    ),
  );

const DRY = [
  "Menge atro (t)",
  "Menge absolut trocken (t)",
  "Trockenmasse (t)",
  "Menge TS (t)",
  "Dry matter (t)",
  "Quantity DM (t)",
  "Dry weight (t)",
  "Matière sèche (t)",
  "Poids sec (t)",
  "Materia seca (t)",
  "Peso seco (t)",
  "Droge stof (t)",
  "Drooggewicht (t)",
  "Sostanza secca (t)",
  "Peso secco (t)",
];

describe("a dry mass is never the quantity received", () => {
  it.each(DRY)("%p alone: no receipt booked, refused naming it", async (heading) => {
    const { ledger, findings } = await read([heading], [25]);
    expect(ledger.receipts).toEqual([]);
    const f = findings.find((x) => x.code === "header-not-found");
    expect(f?.severity).toBe("error");
    expect(f?.message).toContain(`"${heading}"`);
    expect(f?.message).toContain("dry mass");
  });

  it.each(DRY)("%p beside a net quantity: the net one is read, no rival", async (heading) => {
    const { ledger, findings } = await read([heading, "Menge netto (t)"], [18, 20]);
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(["20"]);
    expect(findings.filter((f) => f.code.startsWith("quantity-columns"))).toEqual([]);
  });
});

// [the SD's quantity heading, the received quantity heading]
const DECLARED: [string, string][] = [
  ["Menge lt. SD (t)", "Menge (t)"],
  ["Menge laut SD (t)", "Eingangsmenge (t)"],
  ["Quantity as per SD (t)", "Received quantity (t)"],
  ["Declared quantity (t)", "Net weight (t)"],
  ["Quantité selon DD (t)", "Quantité reçue (t)"],
  ["Cantidad según SD (t)", "Cantidad recibida (t)"],
  ["Hoeveelheid volgens SD (t)", "Ontvangen hoeveelheid (t)"],
  ["Quantità secondo SD (t)", "Quantità ricevuta (t)"],
];

describe("the quantity an SD declares beside the quantity received", () => {
  it.each(DECLARED)("%p 25 t beside %p 20 t: 20 t received is read", async (sd, received) => {
    for (const order of [
      [sd, received],
      [received, sd],
    ]) {
      const values = order[0] === sd ? [25, 20] : [20, 25];
      const { ledger, findings } = await read(order, values);
      expect(ledger.receipts.map((r) => r.quantity)).toEqual(["20"]);
      expect(findings.filter((f) => f.code === "quantity-columns-disagree")).toEqual([]);
    }
  });

  it.each(DECLARED)("%p 25 t beside %p 30 t: refused, more received than declared", async (sd, received) => {
    const { ledger, findings } = await read([received, sd], [30, 25]);
    expect(ledger.receipts).toEqual([]);
    const f = findings.find((x) => x.code === "quantity-columns-disagree");
    expect(f?.severity).toBe("error");
    expect(f?.message).toContain("more than the 25 t");
    expect(f?.message).not.toContain("make them agree");
  });

  it("alone, the SD's quantity is read as the quantity", async () => {
    const { ledger } = await read(["Menge lt. SD (t)"], [25]);
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(["25"]);
  });
});
