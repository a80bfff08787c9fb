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

// p-side: on deliveries the SD's quantity is the delivery's own SD, which declares what was
// delivered: more or less than delivered is refused at its cell (it was taken silently when above)
const OUTGOING: [string, string][] = [
  ["Menge SD (t)", "Menge (t)"],
  ["Menge lt. SD (t)", "Liefermenge (t)"],
  ["Quantity as per SD (t)", "Delivered quantity (t)"],
  ["Quantité selon DD (t)", "Quantité livrée (t)"],
  ["Cantidad según SD (t)", "Cantidad entregada (t)"],
  ["Hoeveelheid volgens SD (t)", "Geleverde hoeveelheid (t)"],
  ["Quantità secondo SD (t)", "Quantità consegnata (t)"],
];

describe("the quantity a delivery's own SD declares beside the quantity delivered", () => {
  const deliver = (headings: string[], values: CellValue[]) =>
    readWorkbook({
      name: "Out.xlsx",
      sheets: [
        sheet("Ausgang", [
          ["Datum", "Kunde", "Produkt", ...headings, "Nachhaltig"],
          [serial("2025-01-20"), "Raff X", "UCO", ...values, "ja"],
        ]),
      ],
    });

  it.each(OUTGOING)("%p above or below %p 100 t: the row is refused at the SD's cell", (sd, delivered) => {
    for (const declared of [120, 80]) {
      const { ledger, findings } = deliver([delivered, sd], [100, declared]);
      expect(ledger.deliveries).toEqual([]);
      const f = findings.filter((x) => x.code === "quantity-columns-disagree");
      expect(f).toEqual([expect.objectContaining({ severity: "error", cell: "E2" })]);
      expect(f[0]?.message).toContain("the delivery's SD declares");
      expect(f[0]?.message).not.toMatch(/received|supplier/);
    }
  });

  it.each(OUTGOING)("%p equal to %p: the delivery is read", (sd, delivered) => {
    const { ledger, findings } = deliver([delivered, sd], [100, 100]);
    expect(ledger.deliveries.map((d) => d.quantity)).toEqual(["100"]);
    expect(findings.filter((x) => x.code === "quantity-columns-disagree")).toEqual([]);
  });
});
