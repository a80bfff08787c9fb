// (h-parties) A sheet refused whole as a copy of another (copied-sheet.ts) says nothing else: the
// refusals its name or rows raised before it was known to be a copy are taken back
// (workbook/copy-quiet.ts). "Warenausgang Müller" holding the rows of "Warenausgang" was refused as
// a copy and, by its name, as a sheet that may say a site, at its own header and at the
// original's, which left the original's balances incomplete; a storage column of the copy naming
// two places raised storage-places. Must not change: two sheets of other rows whose names differ by
// a place are refused as before, and so is the original beside a third such sheet.
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

const HEAD = ["Datum", "Kunde", "Produkt", "Menge (t)", "Nachhaltig", "Lagerort"];
const row = (iso: string, qty: number, place = "Tank 1"): CellValue[] => [
  ...[serial(iso), "Kunde AG", "Rapsöl", qty, "ja", place],
];
const ROWS: CellValue[][] = [HEAD, row("2025-02-01", 40), row("2025-03-01", 30)];

type Read = ReturnType<typeof readWorkbook>;
const reasonOf = (f: Read["findings"][number]) => (f.details as { reason?: string } | undefined)?.reason;
const said = (r: Read) => r.findings.map((f) => `${f.code} ${f.sheet}!${f.cell} ${reasonOf(f) ?? ""}`.trim());
const doubted = (r: Read) => (r.ledger.incomplete ?? []).map((i) => i.source.sheet);

describe("a copy refused at its header says nothing else of its name or rows", () => {
  // an original and its copy named with one more word, which may be a place (de, en, fr, es, it, nl, pl)
  it.each([
    ["Warenausgang", "Warenausgang Müller"],
    ["Sales", "Sales Smith"],
    ["Ventes", "Ventes Dupont"],
    ["Ventas", "Ventas García"],
    ["Vendite", "Vendite Rossi"],
    ["Verkoop", "Verkoop Jansen"],
    ["Sprzedaż", "Sprzedaż Kowalski"],
    ["Warenausgang", "Warenausgang bis Juni"],
  ])("%p and its copy %p: the copy refused, the original read whole", (original, copy) => {
    const r = readWorkbook({
      name: "B.xlsx",
      sheets: [
        sheet(original, ROWS),
        sheet(
          copy,
          ROWS.map((x) => [...x]),
        ),
      ],
    });
    expect(said(r)).toEqual([`duplicate-row ${copy}!A1 copied-sheet`]);
    expect(doubted(r)).toEqual([copy]);
    expect(r.ledger.deliveries.map((d) => d.source.sheet)).toEqual([original, original]);
  });

  it("an old version whose storage column names two places: no storage-places of it", () => {
    const old = [HEAD, row("2025-02-01", 40, "Hamburg"), row("2025-03-05", 25, "Venlo")];
    const books = [HEAD, row("2025-02-01", 40, "Hamburg"), row("2025-03-01", 30, "Hamburg")];
    const r = readWorkbook({
      name: "B.xlsx",
      sheets: [sheet("Warenausgang", books), sheet("Warenausgang alt", old)],
    });
    expect(said(r)).toEqual(["duplicate-row Warenausgang alt!A1 copied-sheet"]);
    expect(doubted(r)).toEqual(["Warenausgang alt"]);
  });
});

describe("must not change: sheets of other rows told apart by a place", () => {
  const other = [HEAD, row("2025-04-01", 20), row("2025-05-01", 10)];

  it("two sheets of other rows whose names differ by a place: both refused by their names", () => {
    const r = readWorkbook({
      name: "B.xlsx",
      sheets: [sheet("Warenausgang Hamburg", ROWS), sheet("Warenausgang Venlo", other)],
    });
    expect(said(r)).toEqual([
      "mapping-uncertain Warenausgang Hamburg!A1 sheet-sites",
      "mapping-uncertain Warenausgang Venlo!A1 sheet-sites",
    ]);
  });

  it("beside a copy and a third sheet of other rows: the original still refused by its name", () => {
    const r = readWorkbook({
      name: "B.xlsx",
      sheets: [
        sheet("Warenausgang", ROWS),
        sheet(
          "Warenausgang Müller",
          ROWS.map((x) => [...x]),
        ),
        sheet("Warenausgang Venlo", other),
      ],
    });
    expect(said(r)).toEqual([
      "mapping-uncertain Warenausgang!A1 sheet-sites",
      "mapping-uncertain Warenausgang Venlo!A1 sheet-sites",
      "duplicate-row Warenausgang Müller!A1 copied-sheet",
    ]);
    expect(doubted(r).sort()).toEqual(["Warenausgang", "Warenausgang Müller", "Warenausgang Venlo"]);
  });
});
