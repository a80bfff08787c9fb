// design.md budgets: reads in requests of at most 4 MB with syncs that grow with bytes, not
// rows; 10,000 marks in at most 10 syncs. Measured by the fake Excel's request accounting.
import type { CellStyleChange, CellValue, WorkbookSnapshot } from "../../../../src/workbook/port";
import { columnLetter } from "../../../../src/workbook/a1";
import { makeFakePort } from "../fake-port";

const FOUR_MB = 4_000_000;
const COLUMNS = 12;

/** A receipts ledger of `rows` data rows: dates, texts, quantities, an error now and then. */
function ledger(rows: number): WorkbookSnapshot {
  const values: CellValue[][] = [
    [
      "Date",
      "Supplier",
      "SD number",
      "Product",
      "Quantity (t)",
      "Unit",
      "Scheme",
      "Country",
      "GHG",
      "Claim",
      "Site",
      "Note",
    ],
  ];
  const formats: (string | null)[][] = [[]];
  for (let r = 0; r < rows; r++) {
    values.push([
      45658 + (r % 365),
      `Supplier ${r % 97}`,
      `SD-2025-${String(r).padStart(6, "0")}`,
      r % 2 ? "Used cooking oil" : "Rapeseed",
      Math.round(r * 1.37) / 100,
      "t",
      "ISCC EU",
      r % 3 ? "DE" : "FR",
      r % 500 === 0 ? { error: "#N/A" } : 12.5,
      r % 5 === 0,
      "Hamburg",
      r % 10 === 0 ? "checked by Jana Müller" : null,
    ]);
    formats.push(["dd.mm.yyyy"]);
  }
  return { name: "Ledger.xlsx", sheets: [{ name: "Receipts", visibility: "visible", values, formats }] };
}

async function readStats(rows: number) {
  const t = makeFakePort(ledger(rows));
  const snapshot = await t.port.readSnapshot();
  return { snapshot, stats: t.fake.stats };
}

describe("reading a 100,000 x 12 sheet", () => {
  let small: Awaited<ReturnType<typeof readStats>>;
  let large: Awaited<ReturnType<typeof readStats>>;

  beforeAll(async () => {
    small = await readStats(10_000);
    large = await readStats(100_000);
  }, 120_000);

  it("reads every row and cell, errors as errors", () => {
    const values = large.snapshot.sheets[0]!.values;
    expect(values).toHaveLength(100_001);
    expect(values[100_000]).toHaveLength(COLUMNS);
    expect(values[1]![8]).toEqual({ error: "#N/A" });
    expect(values[2]![8]).toBe(12.5);
    expect(values[100_000]![2]).toBe("SD-2025-099999");
    expect(values[11]![11]).toBe("checked by Jana Müller");
    expect(values[12]![11]).toBeNull();
    expect(large.snapshot.sheets[0]!.formats?.[5]?.[0]).toBe("dd.mm.yyyy");
  });

  it("never sends or receives more than 4 MB in one request", () => {
    expect(large.stats.maxRequestBytes).toBeGreaterThan(1_000_000);
    expect(large.stats.maxRequestBytes).toBeLessThanOrEqual(FOUR_MB);
    for (const request of large.stats.history)
      expect(request.sentBytes + request.receivedBytes).toBeLessThanOrEqual(FOUR_MB);
  });

  it("needs more requests only in proportion to the bytes read (no sync per row or chunk)", () => {
    // A fixed few (sheets, used range, probe) plus one per full request of values.
    const bound = (stats: typeof large.stats) => 3 + Math.ceil(stats.totalBytes / (FOUR_MB / 2));
    expect(large.stats.syncs).toBeLessThanOrEqual(bound(large.stats));
    expect(small.stats.syncs).toBeLessThanOrEqual(bound(small.stats));
    // Ten times the rows costs far fewer than ten times the syncs beyond the fixed ones.
    expect(large.stats.totalBytes).toBeGreaterThan(9 * small.stats.totalBytes);
    expect(large.stats.syncs).toBeLessThan(25);
  });
});

describe("marking 10,000 cells", () => {
  const cells = (fill: string | null, note: (i: number) => string | null): CellStyleChange[] =>
    Array.from({ length: 10_000 }, (_, i) => ({
      sheet: "Receipts",
      // scattered: every other column of the first 20,000 rows, so runs do not merge
      cell: `${columnLetter((i % 6) * 2)}${2 + Math.floor(i / 6) * 3}`,
      fill,
      note: note(i),
    }));

  it.each(["1.18", "1.17"])(
    "takes at most 10 syncs with ExcelApi %s, to mark and to restore",
    async (apiVersion) => {
      const t = makeFakePort(ledger(20_000), { apiVersion });
      const marks = cells("#FFC7CE", (i) => `MB error ${i}: quantity is not a number`);

      t.fake.resetStats();
      await t.port.applyPatch({ ops: [{ kind: "styleCells", cells: marks }] });
      expect(t.fake.stats.syncs).toBeLessThanOrEqual(10);
      expect(t.fake.stats.maxRequestBytes).toBeLessThanOrEqual(FOUR_MB);
      const sample = await t.inspect({ sheet: "Receipts", cell: marks[9_999]!.cell });
      expect(sample).toMatchObject({ fill: "#FFC7CE", note: "MB error 9999: quantity is not a number" });

      t.fake.resetStats();
      const styles = await t.port.readCellStyles(marks);
      expect(t.fake.stats.syncs).toBeLessThanOrEqual(10);
      expect(styles[42]).toEqual({ fill: "#FFC7CE", note: "MB error 42: quantity is not a number" });

      t.fake.resetStats();
      await t.port.applyPatch({ ops: [{ kind: "styleCells", cells: cells(null, () => null) }] });
      expect(t.fake.stats.syncs).toBeLessThanOrEqual(10);
      expect(await t.inspect({ sheet: "Receipts", cell: marks[42]!.cell })).toMatchObject({
        fill: null,
        note: null,
      });
    },
    60_000,
  );
});

describe("writing a large generated sheet", () => {
  it("stays under 4 MB per request and pauses recalculation for every write", async () => {
    const t = makeFakePort(ledger(10));
    const rows = Array.from({ length: 25_000 }, (_, r) => [
      `Line ${r}`,
      { value: r * 0.5, numberFormat: "0.000" },
      r % 7 === 0 ? "=not a formula" : "ok",
      { value: `Receipts!E${r + 2}`, link: { sheet: "Receipts", cell: `E${r + 2}` } },
    ]);
    await t.port.applyPatch({
      ops: [{ kind: "replaceSheet", name: "MB Ledger", rows, options: { freezeRows: 1 } }],
    });
    const { stats } = t.fake;
    expect(stats.maxRequestBytes).toBeLessThanOrEqual(FOUR_MB);
    expect(stats.requests).toBeGreaterThan(2);
    expect(stats.writesWithoutSuspendedCalculation).toBe(0);
    // Screen updating is paused once, for the first writing request (Microsoft: no repeated pauses).
    const writing = stats.history.filter((r) => r.writes > 0);
    expect(writing[0]!.screenUpdatingSuspended).toBe(true);
    expect(stats.history.filter((r) => r.screenUpdatingSuspended)).toHaveLength(1);
    expect(t.fake.cell("MB Ledger", "C57").value).toBe("=not a formula");
    expect(t.fake.cell("MB Ledger", "C57").formula).toBeNull();
    expect(t.fake.cell("MB Ledger", "D25000").link).toBe("Receipts!E25001");
  }, 60_000);
});
