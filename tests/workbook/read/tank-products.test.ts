// (brk23 9) Stock counts of two products in one sheet, and tanks whose names are also words of a
// total, a carry-over or a balance, through real .xlsx files (exceljs). A total of tanks on a row
// that names a product is the sum of that product's tanks of that day (never of every row above);
// a word that also names a store ("Transport": stock in transit, "Bestand", "Som") is the total
// only where its quantity is the sum of the tanks above, else a tank, counted. A sure total's word
// ("Summe", "Total") whose quantity is no such sum stays refused (brk22 0: never one more tank).
import type { Finding } from "../../../src/engine";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet, throughXlsx } from "../fixtures";

const HEAD = ["Datum", "Produkt", "Tank", "Bestand (t)"];
const row = (product: string | null, tank: CellValue, q: CellValue, date = "2025-03-31"): CellValue[] => [
  serial(date),
  product,
  tank,
  q,
];

async function read(...rows: CellValue[][]) {
  const book = readWorkbook(await throughXlsx(sheet("Inventur", [HEAD, ...rows])));
  const counts = book.ledger.stockCounts.map(
    (s) => `${s.date} ${s.product} ${s.tank} ${String((s as unknown as Record<string, unknown>).quantity)}`,
  );
  const found = book.findings.filter((f) => /totals-row|possible/.test(f.code));
  return { counts, found, book };
}

const said = (found: Finding[]) => found.map((f) => `${f.code}@${f.cell ?? ""}`);

describe("a total of tanks on a row naming a product sums that product's tanks", () => {
  const BIO = [row("Biodiesel", "T1", 4), row("Biodiesel", "T2", 6)];
  it.each<[string, CellValue[][], string[]]>([
    // the break test's sheet: HVO's tank first, no total of its own (before: "not their sum (17)")
    [
      "HVO first, no HVO total",
      [row("HVO", "T3", 7), ...BIO, row("Biodiesel", "Summe", 10)],
      ["totals-row@C5"],
    ],
    [
      "interleaved",
      [
        row("Biodiesel", "T1", 4),
        row("HVO", "T3", 7),
        row("Biodiesel", "T2", 6),
        row("Biodiesel", "Summe", 10),
      ],
      ["totals-row@C5"],
    ],
    [
      "each product's total at the foot, stacked",
      [
        row("HVO", "T3", 7),
        row("HVO", "T4", 3),
        ...BIO,
        row("Biodiesel", "Total", 10),
        row("HVO", "Total", 10),
      ],
      // the second total of the stack is checked with the first, and said with it
      ["totals-row@C6"],
    ],
    [
      "'Gesamt Biodiesel' after HVO's own total",
      [
        row("Biodiesel", "T1", 4),
        row("HVO", "T3", 7),
        row("HVO", "Summe", 7),
        row("Biodiesel", "T2", 6),
        row("Biodiesel", "Gesamt Biodiesel", 10),
      ],
      ["totals-row@C4", "totals-row@C6"],
    ],
    [
      "a second day's count of the same product",
      [
        ...BIO,
        row("Biodiesel", "T1", 5, "2025-02-28"),
        row("Biodiesel", "T2", 5, "2025-02-28"),
        row("Biodiesel", "Summe", 10, "2025-02-28"),
      ],
      ["totals-row@C6"],
    ],
  ])("%s: skipped as a total, the tanks counted as typed", async (_name, rows, expected) => {
    const { counts, found } = await read(...rows);
    expect(said(found)).toEqual(expected);
    expect(counts.some((c) => /Summe|Total|Gesamt/.test(c))).toBe(false);
    expect(counts.filter((c) => c.includes("Biodiesel")).map((c) => c.split(" ").slice(2).join(" "))).toEqual(
      rows
        .filter((r) => r[1] === "Biodiesel" && /^T\d$/.test(String(r[2])))
        .map((r) => `${String(r[2])} ${String(r[3])}`),
    );
  });

  it.each<[string, CellValue[][], string, string]>([
    // the sum of every product's tanks is not Biodiesel's stock
    ["every product's sum", [row("HVO", "T3", 7), ...BIO, row("Biodiesel", "Summe", 17)], "17", "10"],
    [
      "the second of stacked totals",
      [row("HVO", "T3", 7), ...BIO, row("Biodiesel", "Total", 10), row("HVO", "Total", 17)],
      "17",
      "7",
    ],
    ["a wrong sum", [row("HVO", "T3", 7), ...BIO, row("Biodiesel", "Summe", 16)], "16", "10"],
    ["another product's sum", [row("HVO", "T3", 7), ...BIO, row("HVO", "Summe", 10)], "10", "7"],
    [
      "an other day's sum",
      [...BIO, row("Biodiesel", "T1", 5, "2025-02-28"), row("Biodiesel", "Summe", 10, "2025-02-28")],
      "10",
      "5",
    ],
  ])("%s: still refused at its quantity, never one more tank", async (_name, rows, stated, sum) => {
    const { counts, found } = await read(...rows);
    const f = found.find((x) => x.code === "possible-totals-row");
    expect(f).toMatchObject({ severity: "error", details: { reason: "tank-total", stated, sum } });
    expect(f?.details?.repeats).toBeUndefined();
    expect(counts.some((c) => c.includes("Summe"))).toBe(false);
  });

  it("a total with no product on its row is the total of every row above", async () => {
    const ok = await read(row("HVO", "T3", 7), ...BIO, row(null, "Summe", 17));
    expect(said(ok.found)).toEqual(["totals-row@C5"]);
    const wrong = await read(row("HVO", "T3", 7), ...BIO, row(null, "Summe", 10));
    expect(said(wrong.found)).toEqual(["possible-totals-row@D5"]);
  });
});

describe("a tank named with a word that is also a total's, a carry-over's or a balance's", () => {
  const NAMES = [
    "Transport",
    "Overdracht",
    "Bestand",
    "Bestand 2",
    "Saldo",
    "Som",
    "Stock",
    "Voorraad",
    "Giacenza",
    "Existencias",
    "Inventory",
  ];
  it.each(NAMES)("%j beside T1, not their sum: a tank, counted", async (name) => {
    const { counts, found } = await read(row("Biodiesel", "T1", 4), row("Biodiesel", name, 6));
    // before: refused as "the total of the tanks counted above it … not their sum (4)"
    expect(said(found)).toEqual([]);
    expect(counts).toEqual(["2025-03-31 Biodiesel T1 4", `2025-03-31 Biodiesel ${name} 6`]);
  });

  it.each(NAMES)("%j equal to the sum of two tanks above: their total, skipped", async (name) => {
    const { counts, found } = await read(
      row("Biodiesel", "T1", 4),
      row("Biodiesel", "T2", 6),
      row("Biodiesel", name, 10),
    );
    expect(said(found)).toEqual(["totals-row@C4"]);
    expect(counts).toEqual(["2025-03-31 Biodiesel T1 4", "2025-03-31 Biodiesel T2 6"]);
  });

  it.each(["Transport", "Bestand", "Som"])(
    "%j repeating the one tank above: a tank or its total, refused",
    async (name) => {
      const { counts, found } = await read(row("Biodiesel", "T1", 4), row("Biodiesel", name, 4));
      const f = found.find((x) => x.code === "possible-totals-row");
      expect(f).toMatchObject({
        severity: "error",
        cell: "D3",
        details: { reason: "tank-total", repeats: true },
      });
      expect(f?.message).toContain(`("Tank ${name}")`);
      expect(counts).toEqual(["2025-03-31 Biodiesel T1 4"]);
    },
  );

  it.each([
    "Summe",
    "Total",
    "Totaal",
    "Suma",
    "Razem",
    "Übertrag",
    "Anfangsbestand",
    "Endbestand",
    "Saldo inicial",
  ])("%j is never a tank: not their sum, refused (brk22 0 stays caught)", async (word) => {
    const { counts, found } = await read(row("Biodiesel", "T1", 4), row("Biodiesel", word, 6));
    expect(said(found)).toEqual(["possible-totals-row@D3"]);
    expect(counts).toEqual(["2025-03-31 Biodiesel T1 4"]);
  });

  it.each(["Tank Transport", "Transit", "Lager", "T-Bestand"])("%j is a tank as before", async (name) => {
    const { counts, found } = await read(row("Biodiesel", "T1", 4), row("Biodiesel", name, 4));
    expect(said(found)).toEqual([]);
    expect(counts).toHaveLength(2);
  });
});
