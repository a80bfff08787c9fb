// A kind chosen for a sheet in the Sheets tab (MB Config) on a sheet that keeps receipts and
// deliveries side by side (brk9): it read the two blocks as one table of that kind, with no word
// (deliveries took the receipts' dates, or were lost as receipts). "Receipts" or "Deliveries" is
// the kind of the block it fits, each block read as its own table; any other kind, or any kind on
// a sheet whose blocks cannot be told apart, is refused at the header, naming the kind.
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import type { SheetKind } from "../../../src/workbook/types";
import { serial, sheet } from "../fixtures";

const settings = sheet("Einstellungen", [
  ["Einstellung", "Wert"],
  ["Firmenname", "X"],
  ["Schema", "ISCC EU"],
]);

const receipt = (day: string, sd: string, q: number) => [serial(`2025-01-${day}`), "Fett AG", sd, "UCO", q];
const delivery = (day: string, q: number) => [serial(`2025-05-${day}`), "Raff X", "UCO", q];

/** A receipts' block and a deliveries' block, a blank column between, a supplier in one and a customer in the other. */
const PARTIES: CellValue[][] = [
  ["Datum", "Lieferant", "SD-Nr.", "Produkt", "Menge (t)", null, "Datum", "Kunde", "Produkt", "Menge (t)"],
  [...receipt("05", "SD-1", 20), null, ...delivery("20", 15)],
  [...receipt("06", "SD-2", 10), null, ...delivery("21", 5)],
];

/** Layouts of two blocks: under group headings, told by parties, told by side-worded quantities. */
const LAYOUTS: [string, CellValue[][]][] = [
  ["Eingang / Ausgang over the blocks", [["Eingang", null, null, null, null, null, "Ausgang"], ...PARTIES]],
  ["Lieferant in one block, Kunde in the other", PARTIES],
  [
    "Eingang (t) in one block, Ausgang (t) in the other",
    [
      ["Datum", "Lieferant", "SD-Nr.", "Produkt", "Eingang (t)", "Datum", "Kunde", "Produkt", "Ausgang (t)"],
      [...receipt("05", "SD-1", 20), ...delivery("20", 15)],
      [...receipt("06", "SD-2", 10), ...delivery("21", 5)],
    ],
  ],
];

/** MB Config with kinds chosen: for the whole sheet (column ""), or for the block holding `column`. */
const config = (...chosen: [SheetKind, string][]) =>
  sheet(
    "MB Config",
    [["MB Config"], ...chosen.map(([kind, col]) => ["mapping", "UCO", "sheetKind", col, kind])],
    {
      visibility: "veryHidden",
    },
  );

function read(rows: CellValue[][], kind: SheetKind | [SheetKind, string][]) {
  const { sheets, ledger, findings } = readWorkbook({
    name: "Kind.xlsx",
    sheets: [
      settings,
      sheet("UCO", rows),
      config(...(typeof kind === "string" ? [[kind, ""] as [SheetKind, string]] : kind)),
    ],
  });
  return {
    uco: sheets.filter((s) => s.name === "UCO"),
    ledger,
    findings: findings.filter((f) => f.sheet === "UCO"),
  };
}

describe("Receipts or Deliveries chosen for a sheet of both sides: the kind of the block it fits", () => {
  it.each(
    LAYOUTS.flatMap(([name, rows]) =>
      (["receipts", "deliveries"] as const).map((k) => [name, k, rows] as const),
    ),
  )("%s, chosen %s: each block read as its own table", (_, kind, rows) => {
    const { uco, ledger, findings } = read(rows as CellValue[][], kind);
    expect(uco.map((s) => [s.kind, s.corrected])).toEqual([
      ["receipts", kind === "receipts"],
      ["deliveries", kind === "deliveries"],
    ]);
    expect(ledger.receipts.map((r) => [r.date, r.sdNumber, r.quantity])).toEqual([
      ["2025-01-05", "SD-1", "20"],
      ["2025-01-06", "SD-2", "10"],
    ]);
    expect(ledger.deliveries.map((d) => [d.date, d.sdNumber, d.quantity])).toEqual([
      ["2025-05-20", undefined, "15"],
      ["2025-05-21", undefined, "5"],
    ]);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("any other kind chosen for a sheet of both sides is refused at its header", () => {
  const others: SheetKind[] = [
    "ledger",
    "production",
    "stock",
    "transfers",
    "factors",
    "certificates",
    "sites",
  ];
  it.each(LAYOUTS.flatMap(([name, rows]) => others.map((k) => [name, k, rows] as const)))(
    "%s, chosen %s: nothing read as one table",
    (_, kind, rows) => {
      const { uco, ledger, findings } = read(rows as CellValue[][], kind);
      expect(findings.map((f) => [f.severity, f.code])).toEqual([["error", "header-not-found"]]);
      expect(findings[0]?.message).toMatch(
        /side by side \(receipts in A:E and deliveries in [FG]:[IJ]\), and the kind chosen/,
      );
      expect(ledger.receipts).toEqual([]);
      expect(ledger.deliveries).toEqual([]);
      expect(ledger.incomplete?.some((i) => i.source.sheet === "UCO")).toBe(true);
      expect(uco).toEqual([expect.objectContaining({ kind: "ledger", rows: 0, columns: {} })]);
    },
  );

  it.each(["receipts", "deliveries", "ledger"] as const)(
    "blocks that cannot be told apart (the same headings twice), chosen %s: refused, naming the kind",
    (kind) => {
      const head = ["Datum", "Partner", "SD-Nr.", "Produkt", "Menge (t)"];
      const { ledger, findings } = read(
        [
          [...head, null, ...head],
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
            15,
          ],
        ],
        kind,
      );
      expect(findings.map((f) => [f.code, f.cell])).toEqual([["header-not-found", "A1"]]);
      expect(findings[0]?.message).toContain(
        `Sheets tab ("${kind === "ledger" ? "Combined ledger" : kind[0]?.toUpperCase() + kind.slice(1)}")`,
      );
      expect([...ledger.receipts, ...ledger.deliveries]).toEqual([]);
    },
  );
});

describe("a kind chosen for a sheet of one table is read as the user says", () => {
  it.each(["receipts", "deliveries"] as const)("%s", (kind) => {
    const { uco, findings } = read(
      [["Datum", "Lieferant", "SD-Nr.", "Produkt", "Menge (t)"], receipt("05", "SD-1", 20)],
      kind,
    );
    expect(uco).toEqual([expect.objectContaining({ kind, corrected: true })]);
    expect(findings.filter((f) => f.code === "header-not-found")).toEqual([]);
  });
});

describe("p-blocks: a kind chosen for one block (stored with its column) is that block's", () => {
  // the deliveries' block starts at G on the first two layouts, at F on the third
  const outCol = (rows: CellValue[][]) => (rows.at(-1)?.[5] === null ? "G" : "F");
  it.each(LAYOUTS)(
    "%s: the kind each block's headings say, chosen for it, reads both as before",
    (_, rows) => {
      const { uco, ledger, findings } = read(rows, [
        ["receipts", "A"],
        ["deliveries", outCol(rows)],
      ]);
      expect(uco.map((s) => [s.kind, s.corrected])).toEqual([
        ["receipts", true],
        ["deliveries", true],
      ]);
      expect([ledger.receipts.length, ledger.deliveries.length]).toEqual([2, 2]);
      expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    },
  );

  it.each(
    LAYOUTS.flatMap(([name, rows]) => [
      [name, rows, "deliveries" as SheetKind, "A", "A:E", "receipts"],
      [name, rows, "receipts" as SheetKind, outCol(rows), "", "deliveries"],
      [name, rows, "ledger" as SheetKind, "B", "A:E", "receipts"],
    ]),
  )(
    "%s, %s chosen for the block of column %s: refused at the header, naming the block and the kind",
    (_, rows, kind, col, span, says) => {
      const { uco, ledger, findings } = read(rows as CellValue[][], [[kind, col]]);
      expect(findings.map((f) => [f.severity, f.code, (f.details as { reason?: string }).reason])).toEqual([
        ["error", "header-not-found", "block-kind"],
      ]);
      expect(findings[0]?.message).toContain(`is not what their headings say (${says})`);
      if (span) expect(findings[0]?.message).toContain(`for its columns ${span} (`);
      expect([...ledger.receipts, ...ledger.deliveries]).toEqual([]);
      expect(uco).toEqual([expect.objectContaining({ kind: "ledger", rows: 0 })]);
    },
  );

  it("a kind chosen for a block of a sheet now of one table is no one's: the sheet is read by its headings", () => {
    const { uco, findings } = read(
      [["Datum", "Lieferant", "SD-Nr.", "Produkt", "Menge (t)"], receipt("05", "SD-1", 20)],
      [["deliveries", "G"]],
    );
    expect(uco).toEqual([expect.objectContaining({ kind: "receipts", corrected: false })]);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
