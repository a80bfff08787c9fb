// (p-twoband) A heading of two rows grouped by document: "Rechnung" over "Nr. | Datum",
// "Lieferung" over "Datum | Menge (t)", merged over its columns or written in the first of them.
// The invoice's date was read as the row's date and the delivery's refused on every row where
// they differ ("make them agree"). The date of a mass balance is the day the material moved: the
// one under the delivery's or receipt's word is read, the invoice's is no field of the sheet.
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

/** [language, invoice word, movement word, date, number, quantity, receipts' and deliveries' other headings]. */
const LANGS: [string, string, string, string, string, string, string[], string[]][] = [
  [
    "de",
    "Rechnung",
    "Lieferung",
    "Datum",
    "Nr.",
    "Menge (t)",
    ["Lieferant", "Produkt", "SD-Nr."],
    ["Kunde", "Produkt", "SD-Nr."],
  ],
  [
    "de",
    "Rechnung",
    "Wareneingang",
    "Datum",
    "Nr.",
    "Menge (t)",
    ["Lieferant", "Produkt", "SD-Nr."],
    ["Kunde", "Produkt", "SD-Nr."],
  ],
  [
    "en",
    "Invoice",
    "Delivery",
    "Date",
    "No.",
    "Quantity (t)",
    ["Supplier", "Product", "SD number"],
    ["Customer", "Product", "SD number"],
  ],
  [
    "fr",
    "Facture",
    "Livraison",
    "Date",
    "N°",
    "Quantité (t)",
    ["Fournisseur", "Produit", "N° DD"],
    ["Client", "Produit", "N° DD"],
  ],
  [
    "es",
    "Factura",
    "Entrega",
    "Fecha",
    "Nº",
    "Cantidad (t)",
    ["Proveedor", "Producto", "Nº SD"],
    ["Cliente", "Producto", "Nº SD"],
  ],
  [
    "it",
    "Fattura",
    "Consegna",
    "Data",
    "N.",
    "Quantità (t)",
    ["Fornitore", "Prodotto", "N. SD"],
    ["Cliente", "Prodotto", "N. SD"],
  ],
  [
    "nl",
    "Factuur",
    "Levering",
    "Datum",
    "Nr.",
    "Hoeveelheid (t)",
    ["Leverancier", "Product", "SD-nummer"],
    ["Klant", "Product", "SD-nummer"],
  ],
  [
    "pl",
    "Faktura",
    "Dostawa",
    "Data",
    "Nr",
    "Ilość (t)",
    ["Dostawca", "Produkt", "Nr SD"],
    ["Odbiorca", "Produkt", "Nr SD"],
  ],
];

const moved = serial("2025-03-30");
const invoiced = serial("2025-04-02");
const KINDS = [
  ["receipts", "Receipts", 6],
  ["deliveries", "Deliveries", 7],
] as const;

/**
 * The sheet: three headings of the lower row alone, then the invoice's group over its number and
 * date and the movement's over its date and quantity (the movement's first if `movementFirst`),
 * each merged over its two columns or written in the first of them; row 3's invoice is dated after
 * the delivery, row 4's the same day.
 */
function book(l: (typeof LANGS)[number], kind: 0 | 1, merged: boolean, movementFirst = false) {
  const [, inv, mov, date, nr, qty, rec, del] = l;
  const invoice = [inv, [nr, "R-1"], [date, invoiced]] as const;
  const movement = [mov, [date, moved], [qty, 10]] as const;
  const [g1, g2] = movementFirst ? [movement, invoice] : [invoice, movement];
  const top: CellValue[] = [null, null, null, g1[0], null, g2[0], null];
  const head: CellValue[] = [...(kind === 0 ? rec : del), g1[1][0], g1[2][0], g2[1][0], g2[2][0]];
  const row = (i: number, invDate: number): CellValue[] => {
    const cells = [g1[1][1], g1[2][1], g2[1][1], g2[2][1]];
    return ["Saipol", "UCO", `SD-${i}`, ...cells.map((v) => (v === invoiced ? invDate : v))];
  };
  const values: CellValue[][] = [top, head, row(1, invoiced), row(2, moved)];
  const merges = merged ? ["D1:E1", "F1:G1"] : [];
  return readWorkbook({ name: "b.xlsx", sheets: [sheet(KINDS[kind][1], values, { merges })] });
}

describe("a heading grouped by invoice and delivery: the delivery's date is the row's", () => {
  const cases = LANGS.flatMap((l) =>
    [0, 1].flatMap((k) =>
      [true, false].map((merged) => [l[0], l[1], l[2], KINDS[k]![0], merged, l, k] as const),
    ),
  );
  it.each(cases)('%s: "%s" | "%s" on %s (merged: %s)', (...c) => {
    const [, , , kind, , l, k] = c;
    for (const movementFirst of [false, true]) {
      const { sheets, findings, ledger } = book(l, k as 0 | 1, c[4], movementFirst);
      const columns = movementFirst ? { date: "D", quantity: "E" } : { date: "F", quantity: "G" };
      expect(sheets[0]).toMatchObject({ kind, headerRow: 2, columns });
      expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
      const rows = kind === "receipts" ? ledger.receipts : ledger.deliveries;
      expect(rows.map((r) => [r.source.row, r.date, r.quantity])).toEqual([
        [3, "2025-03-30", "10"],
        [4, "2025-03-30", "10"],
      ]);
    }
  });
});

describe("what is read as before", () => {
  const head = ["Lieferant", "Produkt", "SD-Nr.", "Nr.", "Datum", "Datum", "Menge (t)"];
  const data = (): CellValue[][] => [
    ["Saipol", "UCO", "SD-1", "R-1", invoiced, moved, 10],
    ["Saipol", "UCO", "SD-2", "R-2", moved, moved, 20],
  ];
  const read = (values: CellValue[][], merges: string[] = []) =>
    readWorkbook({ name: "b.xlsx", sheets: [sheet("Receipts", values, { merges })] });
  /** The second date refused where it differs, as any second "Datum" is: the add-in does not choose. */
  const refusedAtF = (r: ReturnType<typeof read>, first = 3) => {
    expect(r.sheets[0]?.columns).toMatchObject({ date: "E", quantity: "G" });
    expect(r.findings.some((f) => f.severity === "error" && f.cell === `F${first}`)).toBe(true);
    expect(r.ledger.receipts.map((x) => x.source.row)).toEqual([first + 1]);
  };

  it.each([
    ["a group word it does not know", ["Beleg", "Lieferung"]],
    ["two movements", ["Lieferung", "Wareneingang"]],
  ])("%s over the two dates (%j): the second one a rival", (_, [a, b]) => {
    for (const merges of [["D1:E1", "F1:G1"], []]) {
      refusedAtF(read([[null, null, null, a!, null, b!, null], head, ...data()], merges));
    }
  });

  // (p-groups, brk17 F8) two invoices' dates were read as the row's date and a rival: an invoice's
  // date is never the row's, so the sheet is refused at its heading, naming both
  it("two invoices over the two dates: neither is the row's date", () => {
    for (const merges of [["D1:E1", "F1:G1"], []]) {
      const r = read([[null, null, null, "Rechnung", null, "Invoice", null], head, ...data()], merges);
      expect(r.ledger.receipts).toEqual([]);
      const [refused] = r.findings.filter((f) => f.severity === "error");
      expect(refused?.code).toBe("header-not-found");
      expect(refused?.message).toContain('"Datum" under "Rechnung", "Datum" under "Invoice"');
    }
  });

  it("a heading of one row with two dates: the second one a rival", () => {
    refusedAtF(read([head, ...data()]), 2);
  });

  it("a title above a heading of one row: read at the heading", () => {
    const one = ["Lieferant", "Produkt", "SD-Nr.", "Rechnung", "Datum", "Menge (t)"];
    const values: CellValue[][] = [
      ["Wareneingang 2025", null, null, null, null, null],
      one,
      ["Saipol", "UCO", "SD-1", "R-1", moved, 10],
    ];
    const r = read(values, ["A1:F1"]);
    expect(r.sheets[0]).toMatchObject({ headerRow: 2, columns: { date: "E", quantity: "F" } });
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(r.ledger.receipts.map((x) => [x.date, x.quantity])).toEqual([["2025-03-30", "10"]]);
  });

  it("two dates under the delivery: neither is dropped, the second a rival", () => {
    const values: CellValue[][] = [
      [null, null, null, "Rechnung", "Lieferung", null, null],
      ["Lieferant", "Produkt", "SD-Nr.", "Datum", "Datum", "Datum", "Menge (t)"],
      ["Saipol", "UCO", "SD-1", invoiced, moved, invoiced, 10],
    ];
    const r = read(values, ["E1:G1"]);
    expect(r.findings.some((f) => f.severity === "error" && f.cell?.endsWith("3"))).toBe(true);
    expect(r.ledger.receipts).toEqual([]);
  });
});
