// brk24 §4b: the header row repeated inside a long sheet (a printed page's header, no blank row
// before it) was read as a data row: seven refusals ("Date" is no date …) and exit 1 on a right
// book. A row whose every mapped cell holds its column's heading (case, accents, spacing aside) is
// passed over, said once per sheet; the rows under it are read. Both ways: a row repeating only
// some headings, or holding a value beside them, is still a row.
import { readWorkbook } from "../../../src/workbook/read";
import type { CellValue } from "../../../src/workbook/port";
import { serial, sheet } from "../fixtures";

const HEADS: [string, string[]][] = [
  ["en", ["Date", "Supplier", "SD number", "Product", "Quantity (t)"]],
  ["de", ["Datum", "Lieferant", "Nachweis-Nr.", "Produkt", "Menge (t)"]],
  ["fr", ["Date", "Fournisseur", "N° PoS", "Produit", "Quantité (t)"]],
  ["nl", ["Datum", "Leverancier", "PoS-nummer", "Product", "Hoeveelheid (t)"]],
  ["pl", ["Data", "Dostawca", "Numer PoS", "Produkt", "Ilość (t)"]],
];

const receipt = (n: number): CellValue[] => [serial("2025-01-10"), "Oils GmbH", `IN-${n}`, "UCO", 30];
const read = (rows: CellValue[][]) => readWorkbook({ name: "R.xlsx", sheets: [sheet("Receipts", rows)] });

describe("a header repeated inside the rows", () => {
  const repeats: [string, (h: string[]) => CellValue[]][] = [
    ["as typed", (h) => h],
    ["in capitals", (h) => h.map((x) => x.toUpperCase())],
    ["with extra spaces", (h) => h.map((x) => ` ${x}  `)],
  ];
  describe.each(repeats)("%s", (_, repeat) => {
    it.each(HEADS)("%s: passed over, said once, the rows under it read", async (__, head) => {
      const r = await read([
        head,
        receipt(1),
        receipt(2),
        repeat(head),
        receipt(3),
        repeat(head),
        receipt(4),
      ]);
      expect(r.ledger.receipts.map((x) => x.sdNumber)).toEqual(["IN-1", "IN-2", "IN-3", "IN-4"]);
      expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
      const said = r.findings.filter((f) => (f.details as { reason?: string }).reason === "repeated-header");
      expect(said.map((f) => [f.code, f.cell])).toEqual([["totals-row", "A4"]]);
      expect(said[0]?.message).toContain("repeats the table's header");
    });
  });

  it("a page line before it ('Fortsetzung Seite 2') is a note, the header under it passed over", async () => {
    const head = HEADS[1]![1];
    const r = await read([head, receipt(1), ["Fortsetzung Seite 2"], head, receipt(2)]);
    expect(r.ledger.receipts).toHaveLength(2);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("one snapshot read again after its header row was retyped: each read compares to the header as it stands", async () => {
    const head = [...HEADS[0]![1]];
    const rows = [head, receipt(1), [...HEADS[1]![1]], receipt(2)];
    const book = { name: "R.xlsx", sheets: [sheet("Receipts", rows)] };
    const repeated = (r: Awaited<ReturnType<typeof readWorkbook>>) =>
      r.findings.filter((f) => (f.details as { reason?: string }).reason === "repeated-header");
    const first = await readWorkbook(book);
    expect(repeated(first)).toEqual([]); // German headings under English ones: a row, refused
    head.splice(0, head.length, ...HEADS[1]![1]); // the header now German, in the same row
    const second = await readWorkbook(book);
    expect(repeated(second).map((f) => f.cell)).toEqual(["A3"]);
    expect(second.ledger.receipts.map((x) => x.sdNumber)).toEqual(["IN-1", "IN-2"]);
  });

  // must not change: a row holding some headings only, or a value beside them, is a row
  it.each([
    ["only two headings", (h: string[]) => [h[0], h[1], null, null, null]],
    ["a quantity beside the headings", (h: string[]) => [h[0], h[1], h[2], h[3], 30]],
  ])("%s: still a row, refused at its cells", async (_, make) => {
    const head = HEADS[0]![1];
    const r = await read([head, receipt(1), make(head) as CellValue[], receipt(2)]);
    expect(r.findings.filter((f) => f.severity === "error").length).toBeGreaterThan(0);
    expect(r.findings.filter((f) => (f.details as { reason?: string }).reason === "repeated-header")).toEqual(
      [],
    );
  });
});
