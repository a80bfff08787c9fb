// Receipts and deliveries kept side by side on one sheet (brk8 #7): each block is read as a table of
// its side (receipts give credit, deliveries draw on it), or the sheet is refused at its header
// where the blocks cannot be told apart; never one table of receipts read as deliveries, never
// "make them agree" across the two sides.
import fc from "fast-check";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { sideOfHeading } from "../../../src/workbook/side-words";
import { serial, sheet, throughXlsx } from "../fixtures";

type Lang = "de" | "en" | "fr" | "es" | "nl" | "it";

/** Each language's headings of a receipts block and a deliveries block, and its word for yes. */
const HEADINGS: Record<Lang, { in: string[]; out: string[]; yes: string }> = {
  de: {
    in: ["Datum", "Lieferant", "SD-Nr.", "Produkt", "Menge (t)"],
    out: ["Datum", "Kunde", "Produkt", "Menge (t)", "Nachhaltig"],
    yes: "ja",
  },
  en: {
    in: ["Date", "Supplier", "SD number", "Product", "Quantity (t)"],
    out: ["Date", "Customer", "Product", "Quantity (t)", "Sustainable"],
    yes: "yes",
  },
  fr: {
    in: ["Date", "Fournisseur", "N° DD", "Produit", "Quantité (t)"],
    out: ["Date", "Client", "Produit", "Quantité (t)", "Durable"],
    yes: "oui",
  },
  es: {
    in: ["Fecha", "Proveedor", "Nº SD", "Producto", "Cantidad (t)"],
    out: ["Fecha", "Cliente", "Producto", "Cantidad (t)", "Sostenible"],
    yes: "sí",
  },
  nl: {
    in: ["Datum", "Leverancier", "SD-nummer", "Product", "Hoeveelheid (t)"],
    out: ["Datum", "Klant", "Product", "Hoeveelheid (t)", "Duurzaam"],
    yes: "ja",
  },
  it: {
    in: ["Data", "Fornitore", "N. SD", "Prodotto", "Quantità (t)"],
    out: ["Data", "Cliente", "Prodotto", "Quantità (t)", "Sostenibile"],
    yes: "sì",
  },
};

/** Group headings over the two blocks as staff write them, by language. */
const GROUPS: [Lang, string, string][] = [
  ["de", "Eingang", "Ausgang"],
  ["de", "Wareneingang", "Warenausgang"],
  ["de", "Zugänge", "Abgänge"],
  ["de", "Einkauf", "Verkauf"],
  ["en", "Receipts", "Deliveries"],
  ["en", "Incoming", "Outgoing"],
  ["en", "Purchases", "Sales"],
  ["en", "IN", "OUT"],
  ["fr", "Entrées", "Sorties"],
  ["fr", "Réceptions", "Livraisons"],
  ["fr", "Achats", "Ventes"],
  ["es", "Entradas", "Salidas"],
  ["es", "Compras", "Ventas"],
  ["nl", "Inkoop", "Verkoop"],
  ["nl", "Ontvangsten", "Leveringen"],
  ["it", "Ingressi", "Uscite"],
  ["it", "Carico", "Scarico"],
  ["it", "Acquisti", "Vendite"],
];

interface Layout {
  lang: Lang;
  /** group headings over the blocks, or none */
  group?: [string, string];
  /** the deliveries' block first */
  outFirst?: boolean;
  /** a blank column between the blocks */
  gap?: boolean;
  /** group headings merged over their block (else typed in its first column) */
  merged?: boolean;
}

const IN_ROWS = [
  [serial("2025-01-05"), "Fett AG", "SD-A-1", "UCO", 20],
  [serial("2025-02-05"), "Fett AG", "SD-A-2", "UCO", 10],
  null,
  [serial("2025-03-05"), "Öl GmbH", "SD-A-3", "UCO", 10],
];
const OUT_ROWS = (yes: string) => [
  [serial("2025-01-20"), "Raff X", "UCO", 15, yes],
  null,
  [serial("2025-02-20"), "Raff Y", "UCO", 25, yes],
  null,
];

/** A sheet "UCO" with a title, the group row (if any), the header and four rows, one block blank on some. */
function sideBySide(layout: Layout) {
  const h = HEADINGS[layout.lang];
  const gap = layout.gap ? [null] : [];
  const blocks = (a: CellValue[], b: CellValue[]) =>
    layout.outFirst ? [...b, ...gap, ...a] : [...a, ...gap, ...b];
  const blank5 = [null, null, null, null, null];
  const rows: CellValue[][] = [["UCO 2025 Q1"]];
  const merges: string[] = [];
  if (layout.group) {
    const [inWord, outWord] = layout.group;
    rows.push(blocks([inWord, null, null, null, null], [outWord, null, null, null, null]));
    if (layout.merged) {
      const second = layout.gap ? "G" : "F";
      merges.push(`A2:E2`, `${second}2:${layout.gap ? "K" : "J"}2`);
    }
  }
  rows.push(blocks(h.in, h.out));
  const outs = OUT_ROWS(h.yes);
  IN_ROWS.forEach((r, i) => rows.push(blocks(r ?? blank5, outs[i] ?? blank5)));
  return sheet("UCO", rows, { merges });
}

const settings = sheet("Einstellungen", [
  ["Einstellung", "Wert"],
  ["Firmenname", "X"],
  ["Schema", "ISCC EU"],
]);

function read(layout: Layout) {
  return readWorkbook({ name: "Side.xlsx", sheets: [settings, sideBySide(layout)] });
}

function expectTwoTables(layout: Layout) {
  const { sheets, ledger, findings } = read(layout);
  const uco = sheets.filter((s) => s.name === "UCO");
  expect(uco.map((s) => s.kind).sort()).toEqual(["deliveries", "receipts"]);
  expect(ledger.receipts.map((r) => [r.date, r.supplier, r.sdNumber, r.quantity])).toEqual([
    ["2025-01-05", "Fett AG", "SD-A-1", "20"],
    ["2025-02-05", "Fett AG", "SD-A-2", "10"],
    ["2025-03-05", "Öl GmbH", "SD-A-3", "10"],
  ]);
  expect(ledger.deliveries.map((d) => [d.date, d.customer, d.quantity, d.sustainable])).toEqual([
    ["2025-01-20", "Raff X", "15", "yes"],
    ["2025-02-20", "Raff Y", "25", "yes"],
  ]);
  const codes = findings.filter((f) => f.sheet === "UCO").map((f) => `${f.severity} ${f.code} ${f.cell}`);
  expect(codes.filter((c) => !c.startsWith("info"))).toEqual([]);
}

describe("receipts and deliveries side by side under group headings", () => {
  it.each(GROUPS)("%s: %s / %s over the blocks read as receipts and deliveries", (lang, inWord, outWord) => {
    expectTwoTables({ lang, group: [inWord, outWord], gap: true, merged: true });
  });

  it.each([
    { gap: true, merged: false, outFirst: false },
    { gap: false, merged: true, outFirst: false },
    { gap: false, merged: false, outFirst: false },
    { gap: true, merged: true, outFirst: true },
    { gap: false, merged: false, outFirst: true },
  ])("a blank column between %j", (variant) => {
    for (const lang of Object.keys(HEADINGS) as Lang[]) {
      const words = GROUPS.find(([l]) => l === lang) as [Lang, string, string];
      const group: [string, string] = [words[1], words[2]];
      expectTwoTables({ lang, group, ...variant });
    }
  });

  it("lists the sheet once per block, with the block's columns, and keeps every address the user's cell", () => {
    const { sheets, ledger } = read({ lang: "de", group: ["Eingang", "Ausgang"], gap: true, merged: true });
    expect(sheets.filter((s) => s.name === "UCO")).toEqual([
      expect.objectContaining({ kind: "receipts", headerRow: 3, block: "A:E", rows: 3 }),
      expect.objectContaining({ kind: "deliveries", headerRow: 3, block: "G:K", rows: 2 }),
    ]);
    expect(ledger.deliveries[1]?.source).toMatchObject({ sheet: "UCO", row: 6 });
  });
});

describe("receipts and deliveries side by side with no group row", () => {
  it.each(
    (Object.keys(HEADINGS) as Lang[]).flatMap((lang) => [
      { lang, gap: true },
      { lang, gap: false },
      { lang, gap: true, outFirst: true },
      { lang, gap: false, outFirst: true },
    ]),
  )("two sets of columns, a supplier in one and a customer in the other: %j", (layout) => {
    expectTwoTables(layout);
  });

  it("reads a real .xlsx with merged group headings the same", async () => {
    const { ledger, sheets } = readWorkbook(
      await throughXlsx(settings, sideBySide({ lang: "de", group: ["Eingang", "Ausgang"], merged: true })),
    );
    expect(sheets.filter((s) => s.name === "UCO").map((s) => [s.kind, s.block])).toEqual([
      ["receipts", "A:E"],
      ["deliveries", "F:J"],
    ]);
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(["20", "10", "10"]);
    expect(ledger.deliveries.map((d) => d.quantity)).toEqual(["15", "25"]);
  });
});

describe("sheets whose two sides cannot be told apart are refused at the header", () => {
  const uclear = (rows: CellValue[][]) => {
    const { sheets, ledger, findings } = readWorkbook({
      name: "S.xlsx",
      sheets: [settings, sheet("UCO", rows)],
    });
    const said = findings.filter((f) => f.sheet === "UCO" && f.code === "header-not-found");
    return { sheets, ledger, said };
  };

  it.each([
    [
      "a column between the blocks that could be either's",
      [
        ["Lieferant", "Datum", "Menge (t)", "Produkt", "Datum", "Kunde", "Menge (t)"],
        ["Fett AG", serial("2025-01-05"), 20, "UCO", serial("2025-01-20"), "Raff X", 15],
      ],
      "A1",
    ],
    [
      "two receipts' group headings",
      [
        ["Eingang", null, null, null, "Eingang", null, null, null, "Ausgang"],
        ["Datum", "Lieferant", "Produkt", "Menge (t)", "Datum", "Lieferant", "Produkt", "Menge (t)", "Kunde"],
        [serial("2025-01-05"), "Fett AG", "UCO", 20, serial("2025-01-06"), "Öl", "UCO", 5, "Raff X"],
      ],
      "A2",
    ],
    [
      "a customer under the receipts' group heading",
      [
        ["Eingang", null, null, null, "Ausgang"],
        ["Datum", "Kunde", "Produkt", "Menge (t)", "Datum", "Lieferant", "Produkt", "Menge (t)"],
        [serial("2025-01-05"), "Raff X", "UCO", 20, serial("2025-01-06"), "Fett AG", "UCO", 5],
      ],
      "A2",
    ],
    [
      "the same headings twice, a blank column between, no group row (brk9)",
      [
        [
          "Datum",
          "Partner",
          "SD-Nr.",
          "Produkt",
          "Menge (t)",
          null,
          "Datum",
          "Partner",
          "SD-Nr.",
          "Produkt",
          "Menge (t)",
        ],
        [
          serial("2025-01-05"),
          "Fett AG",
          "SD-1",
          "UCO",
          20,
          null,
          serial("2025-01-20"),
          "Raff X",
          null,
          "UCO",
          20,
        ],
        [null, null, null, null, null, null, serial("2025-01-21"), "Raff Y", null, "UCO", 30],
      ],
      "A1",
    ],
  ])("%s", (_, rows, cell) => {
    const { said, ledger, sheets } = uclear(rows);
    expect(said).toEqual([expect.objectContaining({ severity: "error", cell })]);
    expect(said[0]?.message).toMatch(/keeps receipts and deliveries side by side .*two sheets/);
    expect(said[0]?.message).not.toMatch(/agree/);
    expect(ledger.receipts).toEqual([]);
    expect(ledger.deliveries).toEqual([]);
    // nothing of it booked: the balances it would feed are incomplete, not complete at zero
    expect(ledger.incomplete?.some((i) => i.source.sheet === "UCO")).toBe(true);
    expect(sheets.find((s) => s.name === "UCO")).toMatchObject({ kind: "ledger", rows: 0, columns: {} });
  });
});

describe("sheets of one table stay one table", () => {
  it.each([
    [
      "a combined ledger with Zugang / Abgang over one quantity each, beside one date",
      [
        [null, null, "Zugang", null, "Abgang", null],
        ["Datum", "Produkt", "Menge (t)", "Lieferant", "Menge (t)", "Kunde"],
        [serial("2025-01-05"), "UCO", 20, "Fett AG", null, null],
      ],
    ],
    [
      "receipts with a date of dispatch and a supplier",
      [
        ["Datum", "Lieferant", "Produkt", "Menge (t)", "Versanddatum", "SD-Nr."],
        [serial("2025-01-05"), "Fett AG", "UCO", 20, serial("2025-01-03"), "SD-1"],
      ],
    ],
    [
      "receipts with a blank column before their SD's date and declared quantity",
      [
        ["Datum", "Lieferant", "Produkt", "Menge (t)", null, "SD-Datum", "Menge lt. SD (t)"],
        [serial("2025-01-05"), "Fett AG", "UCO", 20, null, serial("2025-01-03"), 20],
      ],
    ],
    [
      "a group row of supplier details over a receipts table",
      [
        [null, null, null, "Supplier", null, "Dispatch"],
        ["Date", "Product", "Quantity (t)", "Name", "Certificate", "Date of dispatch"],
        [serial("2025-01-05"), "UCO", 20, "Fett AG", "EU-ISCC-Cert-1", serial("2025-01-03")],
      ],
    ],
  ])("%s", (_, rows) => {
    const { sheets } = readWorkbook({ name: "S.xlsx", sheets: [sheet("Sheet1", rows as CellValue[][])] });
    expect(sheets.filter((s) => s.name === "Sheet1")).toEqual([
      expect.not.objectContaining({ block: expect.anything() }),
    ]);
  });
});

describe("group headings", () => {
  it.each([
    ["Eingang", "in"],
    ["Wareneingänge", "in"],
    ["Zugang", "in"],
    ["Receipts", "in"],
    ["Incoming goods", "in"],
    ["Entrées", "in"],
    ["Entradas", "in"],
    ["Inkoop", "in"],
    ["Ingressi", "in"],
    ["Carico", "in"],
    ["In", "in"],
    ["Ausgang", "out"],
    ["Abgänge", "out"],
    ["Deliveries", "out"],
    ["Sales", "out"],
    ["Sorties", "out"],
    ["Salidas", "out"],
    ["Verkoop", "out"],
    ["Uscite", "out"],
    ["Scarico", "out"],
    ["Out", "out"],
    ["Eingang / Ausgang", null],
    ["Menge in t", null],
    ["Dispatch", null],
    ["Supplier", null],
  ])("%s names side %s", (text, side) => {
    expect(sideOfHeading(text)).toBe(side);
  });
});

describe("whatever rows each block holds, each side's total is its own", () => {
  it("receipts sum to the receipts' quantities, deliveries to the deliveries'", () => {
    const side = fc.array(fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }), { maxLength: 8 });
    fc.assert(
      fc.property(side, side, fc.boolean(), fc.boolean(), (ins, outs, gap, outFirst) => {
        const n = Math.max(ins.length, outs.length);
        // a row blank in both blocks ends both tables: the rows above it are the data
        const end =
          Array.from({ length: n }, (_, i) => i).find(
            (i) => (ins[i] ?? null) === null && (outs[i] ?? null) === null,
          ) ?? n;
        const h = HEADINGS.de;
        const g = gap ? [null] : [];
        const both = (a: CellValue[], b: CellValue[]) => (outFirst ? [...b, ...g, ...a] : [...a, ...g, ...b]);
        const group = both(["Eingang", null, null, null, null], ["Ausgang", null, null, null, null]);
        const rows: CellValue[][] = [group, both(h.in, h.out)];
        for (let i = 0; i < n; i++) {
          const q = ins[i] ?? null;
          const o = outs[i] ?? null;
          rows.push(
            both(
              q === null
                ? [null, null, null, null, null]
                : [serial("2025-01-05"), "Fett AG", `SD-${i}`, "UCO", q],
              o === null ? [null, null, null, null, null] : [serial("2025-01-20"), "Raff X", "UCO", o, "ja"],
            ),
          );
        }
        const { ledger } = readWorkbook({ name: "P.xlsx", sheets: [settings, sheet("UCO", rows)] });
        const sum = (xs: readonly { quantity?: string }[]) => xs.reduce((s, x) => s + Number(x.quantity), 0);
        const total = (xs: (number | null)[]) => xs.slice(0, end).reduce<number>((s, x) => s + (x ?? 0), 0);
        expect(sum(ledger.receipts)).toBe(total(ins));
        expect(sum(ledger.deliveries)).toBe(total(outs));
      }),
      { numRuns: 60 },
    );
  });
});
