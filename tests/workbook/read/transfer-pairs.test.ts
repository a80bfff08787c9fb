// A sheet named for transfers that books each move as two rows, one at each site (p-xfer2): read as
// transfers where a move's two rows pair exactly, refused at each row's cell where they do not.
// Before, the whole sheet was refused at its header (transfer-ledger) and nothing of it was read.
import fc from "fast-check";
import { readWorkbook } from "../../../src/workbook/read";
import { flowOfHeading } from "../../../src/workbook/side-words";
import { namesReference } from "../../../src/workbook/transfer-words";
import type { CellValue } from "../../../src/workbook/port";
import { serial, sheet } from "../fixtures";

const read = (name: string, rows: CellValue[][]) =>
  readWorkbook({ name: "Transfers.xlsx", sheets: [sheet(name, rows)] });

const D1 = serial("2025-02-01");

// [language, sheet name, date, site, product, out, in]
// prettier-ignore
const LAYOUTS: [string, string, string[]][] = [
  ["de", "Umbuchung", ["Datum", "Werk", "Produkt", "Abgang (t)", "Zugang (t)"]],
  ["de", "Umbuchungen", ["Datum", "Standort", "Produkt", "Ab (t)", "Zu (t)"]],
  ["de", "Umlagerungen", ["Datum", "Standort", "Produkt", "Ausgang (t)", "Eingang (t)"]],
  ["en", "Stock transfer", ["Date", "Site", "Product", "Out (t)", "In (t)"]],
  ["fr", "Transferts", ["Date", "Site", "Produit", "Sortie (t)", "Entrée (t)"]],
  ["es", "Traslados", ["Fecha", "Planta", "Producto", "Salida (t)", "Entrada (t)"]],
  ["pt", "Transferências", ["Data", "Local", "Produto", "Saída (t)", "Entrada (t)"]],
  ["it", "Trasferimenti", ["Data", "Sito", "Prodotto", "Uscita (t)", "Entrata (t)"]],
  ["nl", "Overboekingen", ["Datum", "Locatie", "Product", "Uit (t)", "In (t)"]],
];

const errors = (r: ReturnType<typeof read>) => r.findings.filter((f) => f.severity === "error");

describe("a move booked as two rows, one at each site, in six languages", () => {
  it.each(LAYOUTS)("%s %p %p: 40 t from Hamburg to Venlo is one transfer", (_, name, hs) => {
    const r = read(name, [
      hs,
      [D1, "Hamburg", "Pyrolyseöl", 40, null],
      [D1, "Venlo", "Pyrolyseöl", null, 40],
    ]);
    expect(r.sheets[0]).toMatchObject({ kind: "transfers", rows: 2 });
    expect(r.ledger.transfers).toMatchObject([
      {
        fromSite: "Hamburg",
        toSite: "Venlo",
        product: "Pyrolyseöl",
        quantity: "40",
        unit: "t",
        date: "2025-02-01",
      },
    ]);
    // never a sale to no one, never a purchase from no one
    expect(r.ledger.deliveries).toEqual([]);
    expect(r.ledger.receipts).toEqual([]);
    expect(errors(r)).toEqual([]);
    expect(r.ledger.incomplete ?? []).toEqual([]);
  });

  it.each([
    ["Umbuchung", ["Datum", "Werk", "Produkt", "Buchungsart", "Menge (t)"], "Abgang", "Zugang"],
    ["Stock transfer", ["Date", "Site", "Product", "Type", "Quantity (t)"], "out", "in"],
  ])("%p with a type column %p: one transfer", (name, hs, out, into) => {
    const r = read(name, [hs, [D1, "Hamburg", "P", out, 40], [D1, "Venlo", "P", into, 40]]);
    expect(r.ledger.transfers).toMatchObject([{ fromSite: "Hamburg", toSite: "Venlo", quantity: "40" }]);
    expect(r.ledger.deliveries.length + r.ledger.receipts.length).toBe(0);
  });

  it("the transfer points at the Abgang's site and the Zugang's site", () => {
    const r = read("Umbuchung", [
      ["Datum", "Werk", "Produkt", "Abgang (t)", "Zugang (t)"],
      [D1, "Venlo", "P", null, 40],
      [D1, "Hamburg", "P", 40, null],
    ]);
    expect(r.ledger.transfers).toHaveLength(1);
    expect(r.ledger.transfers[0]?.source).toMatchObject({ row: 3 });
    expect(JSON.stringify(r.ledger.transfers[0]?.source)).toContain('"toSite":"B2"');
  });
});

const HEADS = ["Datum", "Werk", "Produkt", "Abgang (t)", "Zugang (t)", "Beleg"];
const unpaired = (r: ReturnType<typeof read>) =>
  r.findings.filter(
    (f) => f.code === "invalid-value" && (f.details as { reason?: string }).reason === "transfer-unpaired",
  );

describe("rows that do not pair exactly are refused at their cells, never guessed", () => {
  it("an Abgang with no Zugang: refused at its quantity, the balances incomplete", () => {
    const r = read("Umbuchung", [HEADS, [D1, "Hamburg", "P", 40, null, "U-1"]]);
    expect(r.ledger.transfers).toEqual([]);
    expect(unpaired(r)).toMatchObject([{ severity: "error", cell: "D2" }]);
    expect(unpaired(r)[0]?.message).toContain(
      "no arrival (Zugang) at another site has the same date, product, quantity and reference",
    );
    expect(r.ledger.incomplete).toContainEqual(
      expect.objectContaining({ kinds: ["transfers"], sites: ["Hamburg"], products: ["P"] }),
    );
  });

  it("one Abgang, two Zugang at two sites: all three refused, none chosen", () => {
    const r = read("Umbuchung", [
      HEADS.slice(0, 5),
      [D1, "Hamburg", "P", 40, null],
      [D1, "Venlo", "P", null, 40],
      [D1, "Rotterdam", "P", null, 40],
    ]);
    expect(r.ledger.transfers).toEqual([]);
    expect(unpaired(r).map((f) => f.cell)).toEqual(["D2", "E3", "E4"]);
    expect(unpaired(r)[0]?.message).toContain("does not choose between them");
  });

  it("the references tell two moves apart: each pairs with its own", () => {
    const r = read("Umbuchung", [
      HEADS,
      [D1, "Hamburg", "P", 40, null, "U-1"],
      [D1, "Hamburg", "P", 40, null, "U-2"],
      [D1, "Rotterdam", "P", null, 40, "U-2"],
      [D1, "Venlo", "P", null, 40, "U-1"],
    ]);
    expect(r.ledger.transfers.map((t) => [t.fromSite, t.toSite])).toEqual([
      ["Hamburg", "Venlo"],
      ["Hamburg", "Rotterdam"],
    ]);
    expect(unpaired(r)).toEqual([]);
  });

  it.each([
    ["references differ", [D1, "Hamburg", "P", 40, null, "U-1"], [D1, "Venlo", "P", null, 40, "U-9"]],
    ["quantities differ", [D1, "Hamburg", "P", 40, null, "U-1"], [D1, "Venlo", "P", null, 39.5, "U-1"]],
    [
      "dates differ",
      [D1, "Hamburg", "P", 40, null, "U-1"],
      [serial("2025-02-03"), "Venlo", "P", null, 40, "U-1"],
    ],
    ["products differ", [D1, "Hamburg", "P", 40, null, "U-1"], [D1, "Venlo", "Q", null, 40, "U-1"]],
    ["one site", [D1, "Hamburg", "P", 40, null, "U-1"], [D1, "Hamburg", "P", null, 40, "U-1"]],
    ["two Abgang", [D1, "Hamburg", "P", 40, null, "U-1"], [D1, "Venlo", "P", 40, null, "U-1"]],
  ])("%s: both rows refused, no transfer", (_, a, b) => {
    const r = read("Umbuchung", [HEADS, a as CellValue[], b as CellValue[]]);
    expect(r.ledger.transfers).toEqual([]);
    expect(unpaired(r)).toHaveLength(2);
    expect(r.ledger.deliveries.length + r.ledger.receipts.length).toBe(0);
  });

  it("two identical moves between the same two sites: two transfers, whichever row pairs with which", () => {
    const r = read("Umbuchung", [
      HEADS.slice(0, 5),
      [D1, "Hamburg", "P", 40, null],
      [D1, "Hamburg", "P", 40, null],
      [D1, "Venlo", "P", null, 40],
      [D1, "Venlo", "P", null, 40],
    ]);
    expect(r.ledger.transfers.map((t) => [t.fromSite, t.toSite, t.quantity])).toEqual([
      ["Hamburg", "Venlo", "40"],
      ["Hamburg", "Venlo", "40"],
    ]);
  });

  it("property: with a reference per move, any order of the rows reads the same transfers", () => {
    const sites = ["Hamburg", "Venlo", "Rotterdam", "Lyon"];
    const move = fc.record({
      from: fc.integer({ min: 0, max: 3 }),
      step: fc.integer({ min: 1, max: 3 }),
      qty: fc.integer({ min: 1, max: 500 }),
    });
    fc.assert(
      fc.property(fc.array(move, { minLength: 1, maxLength: 6 }), fc.integer(), (moves, seed) => {
        const rows: CellValue[][] = moves.flatMap((m, n) => [
          [D1, sites[m.from] as string, "P", m.qty, null, `U-${n}`],
          [D1, sites[(m.from + m.step) % 4] as string, "P", null, m.qty, `U-${n}`],
        ]);
        const shuffled = [...rows].sort((a, b) => hash(a, seed) - hash(b, seed));
        const r = read("Umbuchung", [HEADS, ...shuffled]);
        const got = r.ledger.transfers.map((t) => `${t.fromSite}>${t.toSite}:${t.quantity}`).sort();
        const want = moves.map((m) => `${sites[m.from]}>${sites[(m.from + m.step) % 4]}:${m.qty}`).sort();
        expect(got).toEqual(want);
        expect(unpaired(r)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

function hash(row: CellValue[], seed: number): number {
  const s = `${seed}|${row.join("|")}`;
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
}

describe("a side's word cut short", () => {
  it.each([
    ["Ab (t)", "out"],
    ["Zu (t)", "in"],
    ["Menge ab", "out"],
    ["Menge zu", "in"],
    ["Ab [kg]", "out"],
    ["Ab", null],
    ["Zu", null],
    ["Ab Werk", null],
  ])("%p reads as %p", (h, side) => expect(flowOfHeading(h)).toBe(side));

  // "Ent." (Entrada / Entrée / Entnahme), "Sal." (Salida / Saldo), "Sort." (Sortie / Sorte)
  it.each([
    ["Journal", ["Date", "Site", "Product", "Ent. (t)", "Sal. (t)"], '"Ent. (t)", "Sal. (t)"'],
    ["Transferts", ["Date", "Site", "Produit", "Sort. (t)", "Ent. (t)"], '"Sort. (t)", "Ent. (t)"'],
    ["Traslados", ["Fecha", "Planta", "Producto", "Sal.", "Ent."], '"Sal.", "Ent."'],
  ])("%p %p: refused at the header naming the cut headings", (name, hs, named) => {
    const r = read(name, [hs, [D1, "Hamburg", "P", 40, null]]);
    const said = r.findings.find((f) => f.code === "header-not-found");
    expect(said).toMatchObject({ severity: "error", cell: "A1" });
    expect(said?.message).toContain(`headed ${named} are cut short to a word of either meaning`);
    expect(r.ledger.deliveries.length + r.ledger.receipts.length + r.ledger.transfers.length).toBe(0);
  });
});

describe("a move's reference heading", () => {
  it.each([
    "Beleg",
    "Belegnr.",
    "Beleg-Nr.",
    "Referenz",
    "Reference",
    "Ref.",
    "Document no.",
    "N° de pièce",
    "Referencia",
    "Riferimento",
    "Referentie",
    "Umbuchungsnr.",
  ])("%p names a reference", (h) => expect(namesReference(h)).toBe(true));
  it.each(["Bemerkung", "Produkt", "Referenzmenge (t)", "Datum", "Nr."])("%p names none", (h) =>
    expect(namesReference(h)).toBe(false),
  );
});
