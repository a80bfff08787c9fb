// (brk27 S1) A copy of the deliveries (or receipts) sheet kept beside it under a name no draft
// word tells ("Warenausgang alt", "Warenausgang 2025 v2", "Tabelle1"): before, read as more
// deliveries, every delivery got a second SD, with no word. Now two sheets of one kind whose rows
// are the same (date, party, product, quantity, unit, site; the same SD number where both give one)
// are a copy: the copy is refused at its header (a run of rows pasted in, at its rows), none of it
// booked, the balances it would feed incomplete. Two sheets of one kind with different rows are
// read as before.
import { oldBeside } from "../../../src/workbook/draft-sheet";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

const HEAD = ["Datum", "Kunde", "Produkt", "Menge (t)", "Nachhaltig"];
const row = (iso: string, qty: number, customer = "Kunde AG"): CellValue[] => [
  serial(iso),
  customer,
  "Rapsöl",
  qty,
  "ja",
];
const DELIVERIES: CellValue[][] = [HEAD, row("2025-02-01", 40), row("2025-03-01", 30)];

const copied = (r: ReturnType<typeof readWorkbook>) =>
  r.findings.filter(
    (f) =>
      f.code === "duplicate-row" || (f.details as { reason?: string } | undefined)?.reason === "draft-sheet",
  );

// names of a copy no draft word names: Excel's and LibreOffice's default sheet names in seven
// languages, a version, a year, an old word where no sheet of its name stands beside it
const COPY_NAMES = [
  "Tabelle1",
  "Sheet1",
  "Feuil1",
  "Hoja1",
  "Foglio1",
  "Blad1",
  "Arkusz1",
  "Lieferungen",
  "Export 2025",
  "Versand alt",
];

describe("a second sheet holding the deliveries' rows, row for row", () => {
  it.each(COPY_NAMES)("%p beside Warenausgang: refused at its header, each delivery once", (name) => {
    const r = readWorkbook({
      name: "B.xlsx",
      sheets: [
        sheet("Warenausgang", DELIVERIES),
        sheet(
          name,
          DELIVERIES.map((x) => [...x]),
        ),
      ],
    });
    expect(r.ledger.deliveries.map((d) => [d.source.sheet, d.quantity])).toEqual([
      ["Warenausgang", "40"],
      ["Warenausgang", "30"],
    ]);
    expect(copied(r)).toMatchObject([
      {
        code: "duplicate-row",
        severity: "error",
        sheet: name,
        cell: "A1",
        details: { value: "Warenausgang" },
      },
    ]);
    expect(copied(r)[0]?.message).toContain('is a copy of sheet "Warenausgang"');
    expect(r.ledger.incomplete).toContainEqual(
      expect.objectContaining({
        kinds: ["deliveries"],
        products: ["Rapsöl"],
        source: { sheet: name, cell: "A1" },
      }),
    );
  });

  it("a copy placed before the books: the sheet holding fewer rows is the copy", () => {
    const r = readWorkbook({
      name: "B.xlsx",
      sheets: [
        sheet("Tabelle1", DELIVERIES.slice(0, 2)),
        sheet("Warenausgang", [...DELIVERIES, row("2025-03-20", 10)]),
      ],
    });
    expect(copied(r)).toMatchObject([{ sheet: "Tabelle1", details: { value: "Warenausgang" } }]);
    expect(r.ledger.deliveries.map((d) => d.quantity)).toEqual(["40", "30", "10"]);
  });

  it("the receipts copied: no credit twice", () => {
    const REC = [
      ["Datum", "Lieferant", "Produkt", "Menge (t)", "Nachweis-Nr."],
      [serial("2025-01-10"), "Good AG", "Rapsöl", 100, "S-1"],
      [serial("2025-01-20"), "Good AG", "Rapsöl", 50, "S-2"],
    ];
    const r = readWorkbook({ name: "B.xlsx", sheets: [sheet("Wareneingang", REC), sheet("Tabelle1", REC)] });
    expect(r.ledger.receipts.map((x) => x.sdNumber)).toEqual(["S-1", "S-2"]);
    expect(copied(r)).toMatchObject([{ sheet: "Tabelle1", details: { label: "Receipts" } }]);
  });

  it("a run of rows pasted into another sheet: refused at the run, the sheet's own rows read", () => {
    const r = readWorkbook({
      name: "B.xlsx",
      sheets: [
        sheet("Warenausgang", [...DELIVERIES, row("2025-03-15", 5)]),
        sheet("Warenausgang Q2", [HEAD, row("2025-04-01", 20), row("2025-02-01", 40), row("2025-03-01", 30)]),
      ],
    });
    expect(r.ledger.deliveries.map((d) => [d.source.sheet, d.quantity])).toEqual([
      ["Warenausgang", "40"],
      ["Warenausgang", "30"],
      ["Warenausgang", "5"],
      ["Warenausgang Q2", "20"],
    ]);
    expect(copied(r)).toMatchObject([
      { sheet: "Warenausgang Q2", cell: "A3", details: { reason: "copied-rows", read: "3–4" } },
    ]);
  });
});

describe("names that say old or another version, beside the sheet they name (second line)", () => {
  const OLD = [
    ["Warenausgang alt", "Warenausgang"],
    ["Warenausgang 2025 v2", "Warenausgang"],
    ["Wareneingang Stand 30.06.", "Wareneingang"],
    ["Deliveries old", "Deliveries"],
    ["Livraisons ancien", "Livraisons"],
    ["Vendite vecchio", "Vendite"],
    ["Ventas viejo", "Ventas"],
    ["Verkoop oud", "Verkoop"],
    ["Sprzedaż stary", "Sprzedaż"],
  ];
  it.each(OLD)("%p beside %p: an old version", (name, other) =>
    expect(oldBeside(name as string, new Set([name as string, other as string]))).toBe(true),
  );
  it.each([
    ["Warenausgang alt", "Wareneingang"],
    ["Altmaterial", "Material"],
    ["Standorte", "Orte"],
    ["Receipts old", "Deliveries"],
  ])("%p beside %p: not", (name, other) => expect(oldBeside(name, new Set([name, other]))).toBe(false));

  it("an old version edited after copying (one row changed, no run): refused by its name and one row alike", () => {
    const r = readWorkbook({
      name: "B.xlsx",
      sheets: [
        sheet("Warenausgang", DELIVERIES),
        sheet("Warenausgang alt", [HEAD, row("2025-02-01", 40), row("2025-03-01", 31)]),
      ],
    });
    expect(copied(r)).toMatchObject([
      { sheet: "Warenausgang alt", details: { reason: "copied-sheet", value: "Warenausgang", read: "1" } },
    ]);
    expect(r.ledger.deliveries.map((d) => d.source.sheet)).toEqual(["Warenausgang", "Warenausgang"]);
  });

  it("an old-named sheet of other rows (last year's) beside its namesake: read as before", () => {
    const r = readWorkbook({
      name: "B.xlsx",
      sheets: [
        sheet("Warenausgang", DELIVERIES),
        sheet("Warenausgang alt", [HEAD, row("2024-02-01", 40), row("2024-03-01", 30)]),
      ],
    });
    expect(copied(r)).toEqual([]);
    expect(r.ledger.deliveries).toHaveLength(4);
  });
});

describe("what does not change: two sheets of one kind with different rows", () => {
  it.each([
    ["Warenausgang Q1", "Warenausgang Q2", [HEAD, row("2025-04-01", 40), row("2025-05-01", 30)]],
    [
      "Lieferungen 2024",
      "Lieferungen 2025",
      [HEAD, row("2025-02-01", 40, "Other AG"), row("2025-03-01", 30)],
    ],
    ["Warenausgang", "Tabelle1", [HEAD, row("2025-02-01", 41), row("2025-03-01", 30)]],
  ])("%p and %p: every row read", (a, b, rows) => {
    const r = readWorkbook({ name: "B.xlsx", sheets: [sheet(a, DELIVERIES), sheet(b, rows)] });
    // (a row the same as one of the other sheet is warned of, duplicate-notes.ts, and read)
    expect(copied(r).filter((f) => f.severity === "error")).toEqual([]);
    expect(r.ledger.deliveries).toHaveLength(4);
  });

  it("two sites' sheets with the same rows but their own site: both read", () => {
    const head = [...HEAD, "Standort"];
    const at = (site: string) => [head, [...row("2025-02-01", 40), site], [...row("2025-03-01", 30), site]];
    const r = readWorkbook({
      name: "B.xlsx",
      sheets: [sheet("Warenausgang Hamburg", at("Hamburg")), sheet("Warenausgang Venlo", at("Venlo"))],
    });
    expect(copied(r)).toEqual([]);
    expect(r.ledger.deliveries).toHaveLength(4);
  });

  it("one row alike in two sheets of other rows: read (no run), with a warning at it", () => {
    const r = readWorkbook({
      name: "B.xlsx",
      sheets: [
        sheet("Warenausgang", DELIVERIES),
        sheet("Warenausgang Q2", [HEAD, row("2025-04-01", 20), row("2025-02-01", 40)]),
      ],
    });
    expect(copied(r)).toMatchObject([{ severity: "warning", details: { reason: "same-row" } }]);
    expect(r.ledger.deliveries).toHaveLength(4);
  });
});
