// (p-groups, brk17 F8 F9 F14) A heading of two rows grouped by document, beyond p-twoband's
// (grouped-heading.test.ts): an invoice's or order's date with no delivery's beside it was read as
// the row's date, booking a sale in the period it was invoiced in (F8); the invoiced quantity was
// read as the quantity moved (F14); group words typed in the first cell of their group, not
// merged, left the sheet without a Date (F9), and "Versand", "Shipment", "Bestellung", "Auftrag"
// were no group words. A document's date is never the row's: the sheet is refused at its heading
// naming it; the movement's date and quantity are read, the invoice's quantity held to it.
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

/** [language, invoice, order, delivery, shipment, date, number, quantity, receipts' and deliveries' headings of one row]. */
type Lang = [string, string, string, string, string, string, string, string, string[], string[]];
const LANGS: Lang[] = [
  [
    "de",
    "Rechnung",
    "Bestellung",
    "Lieferung",
    "Versand",
    "Datum",
    "Nr.",
    "Menge (t)",
    ["Lieferant", "Produkt", "SD-Nr."],
    ["Kunde", "Produkt", "SD-Nr."],
  ],
  [
    "en",
    "Invoice",
    "Order",
    "Delivery",
    "Shipment",
    "Date",
    "No.",
    "Quantity (t)",
    ["Supplier", "Product", "SD number"],
    ["Customer", "Product", "SD number"],
  ],
  [
    "fr",
    "Facture",
    "Commande",
    "Livraison",
    "Expédition",
    "Date",
    "N°",
    "Quantité (t)",
    ["Fournisseur", "Produit", "N° DD"],
    ["Client", "Produit", "N° DD"],
  ],
  [
    "es",
    "Factura",
    "Pedido",
    "Entrega",
    "Envío",
    "Fecha",
    "Nº",
    "Cantidad (t)",
    ["Proveedor", "Producto", "Nº SD"],
    ["Cliente", "Producto", "Nº SD"],
  ],
  [
    "it",
    "Fattura",
    "Ordine",
    "Consegna",
    "Spedizione",
    "Data",
    "N.",
    "Quantità (t)",
    ["Fornitore", "Prodotto", "N. SD"],
    ["Cliente", "Prodotto", "N. SD"],
  ],
  [
    "nl",
    "Factuur",
    "Bestelling",
    "Levering",
    "Verzending",
    "Datum",
    "Nr.",
    "Hoeveelheid (t)",
    ["Leverancier", "Product", "SD-nummer"],
    ["Klant", "Product", "SD-nummer"],
  ],
  [
    "pl",
    "Faktura",
    "Zamówienie",
    "Dostawa",
    "Wysyłka",
    "Data",
    "Nr",
    "Ilość (t)",
    ["Dostawca", "Produkt", "Nr SD"],
    ["Odbiorca", "Produkt", "Nr SD"],
  ],
];
const KINDS = [
  ["receipts", "Receipts"],
  ["deliveries", "Deliveries"],
] as const;

const moved = serial("2025-03-30");
const invoiced = serial("2025-04-02");
const letter = (c: number) => String.fromCharCode(65 + c);

/** A column: its heading of one row (over both rows), or a group's sub-heading, and its value on row 3. */
type Col = { solo: string; v: CellValue } | { group: string; sub: string; v: CellValue };

/**
 * The sheet of two heading rows and one row of values: a heading of one row stands in the upper
 * row (merged down where `merged`), a group word over its columns (merged over them where
 * `merged`, else typed in the first of them only, blanks to its right).
 */
function read(name: string, cols: Col[], merged: boolean) {
  const top: CellValue[] = [];
  const head: CellValue[] = [];
  const merges: string[] = [];
  cols.forEach((col, c) => {
    if ("solo" in col) {
      top.push(col.solo);
      head.push(null);
      if (merged) merges.push(`${letter(c)}1:${letter(c)}2`);
      return;
    }
    const prev = cols[c - 1];
    const first = !prev || !("group" in prev) || prev.group !== col.group;
    top.push(first ? col.group : null);
    head.push(col.sub);
    let end = c;
    while (cols[end + 1] && (cols[end + 1] as { group?: string }).group === col.group) end++;
    if (first && merged && end > c) merges.push(`${letter(c)}1:${letter(end)}1`);
  });
  const row = cols.map((c) => c.v);
  return readWorkbook({ name: "b.xlsx", sheets: [sheet(name, [top, head, row], { merges })] });
}

/** The headings of one row: the party's, product's, SD's ("Saipol", "UCO", "SD-1"). */
const solos = (l: Lang, k: 0 | 1): Col[] =>
  (k === 0 ? l[8] : l[9]).map((solo, i) => ({ solo, v: ["Saipol", "UCO", "SD-1"][i] as CellValue }));
const rowsOf = (r: ReturnType<typeof read>, k: 0 | 1) => (k === 0 ? r.ledger.receipts : r.ledger.deliveries);
const errors = (r: ReturnType<typeof read>) => r.findings.filter((f) => f.severity === "error");

const cases = LANGS.flatMap((l) =>
  ([0, 1] as const).flatMap((k) => [true, false].map((merged) => [l[0], KINDS[k][0], merged, l, k] as const)),
);

describe("a date under an invoice's or order's word alone is never the row's date (F8)", () => {
  it.each(cases)("%s %s (merged: %s)", (_, __, merged, l, k) => {
    const [, inv, order, , , date, nr, qty] = l;
    for (const doc of [inv, order]) {
      const cols: Col[] = [
        ...solos(l, k),
        { group: doc, sub: date, v: invoiced },
        { group: doc, sub: nr, v: "R-1" },
        { solo: qty, v: 10 },
      ];
      const r = read(KINDS[k][1], cols, merged);
      expect(rowsOf(r, k)).toEqual([]);
      const refused = errors(r);
      expect(refused.map((f) => f.code)).toEqual(["header-not-found"]);
      expect(refused[0]?.message).toContain(`"${date}" under "${doc}"`);
      expect(refused[0]?.message).toContain("not the day the goods were received or delivered");
    }
  });

  it("two documents, no movement: both dates named", () => {
    const cols: Col[] = [
      ...solos(LANGS[0] as Lang, 1),
      { group: "Auftrag", sub: "Datum", v: invoiced },
      { group: "Auftrag", sub: "Nr.", v: "A-1" },
      { group: "Rechnung", sub: "Datum", v: invoiced },
      { group: "Rechnung", sub: "Nr.", v: "R-1" },
      { solo: "Menge (t)", v: 10 },
    ];
    for (const merged of [true, false]) {
      const r = read("Deliveries", cols, merged);
      expect(r.ledger.deliveries).toEqual([]);
      expect(errors(r)[0]?.message).toContain('"Datum" under "Auftrag", "Datum" under "Rechnung"');
    }
  });

  it("beside a delivery date of its own column, that one is read and the invoice's is none", () => {
    const cols: Col[] = [
      ...solos(LANGS[0] as Lang, 1),
      { solo: "Lieferdatum", v: moved },
      { group: "Rechnung", sub: "Datum", v: invoiced },
      { group: "Rechnung", sub: "Nr.", v: "R-1" },
      { solo: "Menge (t)", v: 10 },
    ];
    for (const merged of [true, false]) {
      const r = read("Deliveries", cols, merged);
      expect(r.sheets[0]?.columns).toMatchObject({ date: "D", quantity: "G" });
      expect(errors(r)).toEqual([]);
      expect(r.ledger.deliveries.map((d) => [d.date, d.quantity])).toEqual([["2025-03-30", "10"]]);
    }
  });
});

describe("group words typed in the first cell of their group, and more words (F9)", () => {
  it.each(cases)("%s %s (merged: %s)", (_, __, merged, l, k) => {
    const [, inv, order, delivery, shipment, date, nr, qty] = l;
    for (const [doc, mov] of [
      [inv, delivery],
      [inv, shipment],
      [order, delivery],
    ] as const) {
      for (const movementFirst of [false, true]) {
        const document: Col[] = [
          { group: doc, sub: date, v: invoiced },
          { group: doc, sub: nr, v: "R-1" },
        ];
        const movement: Col[] = [
          { group: mov, sub: date, v: moved },
          { group: mov, sub: qty, v: 10 },
        ];
        const groups = movementFirst ? [...movement, ...document] : [...document, ...movement];
        const r = read(KINDS[k][1], [...solos(l, k), ...groups], merged);
        const at = movementFirst ? 3 : 5;
        expect(r.sheets[0]).toMatchObject({
          headerRow: 2,
          columns: { date: letter(at), quantity: letter(at + 1) },
        });
        expect(errors(r)).toEqual([]);
        expect(rowsOf(r, k).map((x) => [x.date, x.quantity])).toEqual([["2025-03-30", "10"]]);
      }
    }
  });
});

describe("a quantity under the invoice's word is not the quantity moved (F14)", () => {
  it.each(cases)("%s %s (merged: %s)", (_, __, merged, l, k) => {
    const [, inv, , delivery, , date, nr, qty] = l;
    // the invoice's quantity, the delivery's none: refused at the heading, naming it
    const only: Col[] = [
      ...solos(l, k),
      { group: inv, sub: date, v: invoiced },
      { group: inv, sub: qty, v: 10 },
      { group: delivery, sub: date, v: moved },
      { group: delivery, sub: nr, v: "L-1" },
    ];
    const r = read(KINDS[k][1], only, merged);
    expect(rowsOf(r, k)).toEqual([]);
    expect(errors(r).map((f) => f.code)).toEqual(["header-not-found"]);
    expect(errors(r)[0]?.message).toContain(`"${qty}" under "${inv}"`);
    // a quantity under each: the delivery's read, the invoice's held to it and named by its group
    for (const [invoicedQty, read_] of [
      [10, true],
      [10.5, false],
    ] as const) {
      const both: Col[] = [
        ...solos(l, k),
        { group: inv, sub: date, v: invoiced },
        { group: inv, sub: qty, v: invoicedQty },
        { group: delivery, sub: date, v: moved },
        { group: delivery, sub: qty, v: 10 },
      ];
      const b = read(KINDS[k][1], both, merged);
      expect(b.sheets[0]?.columns).toMatchObject({ date: "F", quantity: "G" });
      expect(rowsOf(b, k).map((x) => [x.date, x.quantity])).toEqual(read_ ? [["2025-03-30", "10"]] : []);
      if (read_) continue;
      const disagree = errors(b);
      expect(disagree.map((f) => [f.code, f.cell])).toEqual([["quantity-columns-disagree", "E3"]]);
      expect(disagree[0]?.message).toContain(`in "${delivery}: ${qty}"`);
    }
  });
});

// (brk20 A4) each group over Datum | Nr. | Menge, as many cells in the lower row as in the upper:
// before, unless the labels of one row were merged down, the lower row was taken for a table's row
// and the sheet refused as having no Date and Quantity (header-not-found), nothing read
describe("groups each over date, number and quantity, the labels of one row not merged down", () => {
  it.each(cases)("%s %s (merged: %s)", (_, __, merged, l, k) => {
    const [, inv, , delivery, , date, nr, qty] = l;
    for (const invoiceFirst of [true, false]) {
      for (const [invoicedQty, same] of [
        [10, true],
        [10.5, false],
      ] as const) {
        const invoice: Col[] = [
          { group: inv, sub: date, v: invoiced },
          { group: inv, sub: nr, v: "R-1" },
          { group: inv, sub: qty, v: invoicedQty },
        ];
        const moving: Col[] = [
          { group: delivery, sub: date, v: moved },
          { group: delivery, sub: nr, v: "L-1" },
          { group: delivery, sub: qty, v: 10 },
        ];
        const groups = invoiceFirst ? [...invoice, ...moving] : [...moving, ...invoice];
        const r = read(KINDS[k][1], [...solos(l, k), ...groups], merged);
        const [dateCol, qtyCol, invQty] = invoiceFirst ? ["G", "I", "F"] : ["D", "F", "I"];
        expect(r.sheets[0]?.columns).toMatchObject({ date: dateCol, quantity: qtyCol });
        expect(rowsOf(r, k).map((x) => [x.date, x.quantity])).toEqual(same ? [["2025-03-30", "10"]] : []);
        const wrong = errors(r).map((f) => [f.code, f.cell]);
        expect(wrong).toEqual(same ? [] : [["quantity-columns-disagree", `${invQty}3`]]);
      }
    }
  });
});

describe("what is read as before", () => {
  const head = ["Datum", "Kunde", "Produkt", "SD-Nr.", "Menge (t)"];
  const row = [moved, "Nordic Fuels Oy", "UCO", "SD-1", 10];
  it.each([
    ["a title merged over the whole heading", ["A1:E1"]],
    ["a title typed in its first cell", []],
  ])("%s: no group, the date read", (_, merges) => {
    for (const title of ["Invoice", "Rechnung", "Lieferung"]) {
      const values: CellValue[][] = [[title, null, null, null, null], head, row];
      const r = readWorkbook({ name: "b.xlsx", sheets: [sheet("Deliveries", values, { merges })] });
      expect(r.sheets[0]).toMatchObject({ headerRow: 2, columns: { date: "A", quantity: "E" } });
      expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(r.ledger.deliveries.map((d) => [d.date, d.quantity])).toEqual([["2025-03-30", "10"]]);
    }
  });

  it("a quantity under the invoice's word with no delivery's group beside it is read", () => {
    const cols: Col[] = [
      ...solos(LANGS[0] as Lang, 1),
      { solo: "Lieferdatum", v: moved },
      { group: "Rechnung", sub: "Nr.", v: "R-1" },
      { group: "Rechnung", sub: "Menge (t)", v: 10 },
    ];
    for (const merged of [true, false]) {
      const r = read("Deliveries", cols, merged);
      expect(errors(r)).toEqual([]);
      expect(r.ledger.deliveries.map((d) => [d.date, d.quantity])).toEqual([["2025-03-30", "10"]]);
    }
  });

  it("a group word the add-in does not know, typed in its first cell: no group", () => {
    const cols: Col[] = [
      ...solos(LANGS[0] as Lang, 1),
      { group: "Beleg", sub: "Datum", v: moved },
      { group: "Beleg", sub: "Nr.", v: "B-1" },
      { solo: "Menge (t)", v: 10 },
    ];
    const r = read("Deliveries", cols, false);
    expect(r.ledger.deliveries.filter((d) => d.date === "2025-04-02")).toEqual([]);
  });
});
