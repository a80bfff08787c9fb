// Values as people type them, and exactly which finding each bad one gives.
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet, throughXlsx } from "../fixtures";
import { cellAt } from "../../../src/engine/source-cells";

const HEADER = ["Date", "Product", "Quantity", "Unit", "Supplier", "Dispatch date"];

async function receipts(...rows: unknown[][]) {
  return readWorkbook(await throughXlsx(sheet("Receipts", [HEADER, ...(rows as never[][])])));
}

const brief = (findings: { code: string; severity: string; cell?: string }[]) =>
  findings.map((f) => `${f.severity} ${f.code} ${f.cell}`);

describe("bad values", () => {
  it("gives one finding per bad cell, leaves out rows it cannot book, and reads the rest", async () => {
    const { findings, ledger, sheets } = await receipts(
      [serial("2025-01-02"), "UCO", 10, "t", "A", null],
      [null, "UCO", 11, "t", "B", null],
      ["soon", "UCO", 12, "t", "C", null],
      [serial("2025-01-05"), "UCO", "twelve", "t", "D", null],
      [serial("2025-01-06"), "UCO", 13, "bags", "E", null],
      [serial("2025-01-07"), null, 14, "t", "F", null],
      [serial("2025-01-08"), "UCO", { error: "#REF!" }, "t", "G", null],
      [serial("2025-01-09"), "UCO", 15, "kg", { error: "#N/A" }, "yesterday"],
      [serial("2025-01-10"), "UCO", 16, "t", "H", null],
    );
    expect(brief(findings)).toEqual([
      "error missing-value A3",
      "error invalid-date A4",
      "error invalid-number C5",
      "error invalid-unit D6",
      "error missing-value B7",
      "error cell-error C8",
      "error cell-error E9",
      "warning invalid-date F9",
    ]);
    expect(sheets[0]!.rows).toBe(9);
    // a bad optional cell costs only that value
    expect(
      ledger.receipts.map((r) => [
        r.source.row,
        r.quantity,
        r.unit,
        r.supplier ?? null,
        r.dispatchDate ?? null,
      ]),
    ).toEqual([
      [2, "10", "t", "A", null],
      [9, "15", "kg", null, null],
      [10, "16", "t", "H", null],
    ]);
    expect(findings.find((f) => f.cell === "D6")!.message).toBe(
      'Receipts!D6: "bags" is not a unit the add-in knows (kt, t, dt, kg, g, m³, L, hL, Nm³, kJ, MJ, GJ, TJ, kWh, MWh, GWh; for densities kg/m³, t/m³, kg/L, g/cm³, g/mL, kg/dm³, g/L, kg/Nm³, lb/ft³, lb/US gal, lb/imp gal; for heating values MJ/kg, MJ/t, kJ/kg, kWh/t, MWh/t, GJ/t, kWh/kg, MJ/m³, GJ/m³, MJ/L, kWh/m³, kWh/L, MJ/Nm³, kWh/Nm³); this row is not read until it is fixed.',
    );
    expect(findings.find((f) => f.cell === "A3")!.message).toBe(
      "Receipts!A3: Date is empty; this row is not read until it is fixed.",
    );
    expect(findings.find((f) => f.cell === "F9")).toMatchObject({
      details: { label: "Dispatch date", value: "yesterday", dropped: false },
    });
  });
});

describe("where the data ends", () => {
  it("skips a subtotal amid the bookings and ends at the totals row", async () => {
    const { ledger, sheets, findings } = await receipts(
      [serial("2025-01-02"), "UCO", 10, "t", "A"],
      [null, "Subtotal", 10],
      [serial("2025-01-03"), "UCO", 5, "t", "B"],
      ["Summe", null, 15],
      [],
      [serial("2025-02-01"), "UCO", 99, "t", "after the gap"],
    );
    expect(ledger.receipts.map((r) => r.supplier)).toEqual(["A", "B"]);
    expect(sheets[0]!.rows).toBe(2);
    // each total is said at its row; what looks like bookings below the blank row is named, not silently dropped
    expect(findings).toEqual([
      expect.objectContaining({ code: "totals-row", severity: "info", cell: "B3" }),
      expect.objectContaining({
        code: "totals-row",
        severity: "info",
        cell: "A5",
        message:
          "Receipts!A5: row 5 is a total or subtotal (Summe), not a booking; it was skipped, and it ends the data.",
      }),
      expect.objectContaining({
        code: "rows-after-blank",
        severity: "error",
        cell: "A7",
        message:
          "Receipts!A7: this row and those below it are not read, because row 5 above (blank, or a total) ends the data; move that row if they belong to the books.",
      }),
    ]);
  });

  it("ends at a totals row that no booking follows", async () => {
    const { ledger, sheets, findings } = await receipts(
      [serial("2025-01-02"), "UCO", 10, "t", "A"],
      ["Total", null, 10],
      ["Average", null, 10],
      ["Checked by", "Anna"],
    );
    expect(ledger.receipts.map((r) => r.supplier)).toEqual(["A"]);
    expect(sheets[0]!.rows).toBe(1);
    expect(findings.map((f) => [f.code, f.severity, f.cell])).toEqual([["totals-row", "info", "A3"]]);
  });

  it("does not take a supplier called Total for a totals row", async () => {
    const { ledger } = readWorkbook(
      await throughXlsx(
        sheet("Receipts", [
          ["Supplier", "Date", "Product", "Quantity"],
          ["Total Energies", serial("2025-01-02"), "UCO", 10],
          ["Total", null, null, 10],
        ]),
      ),
    );
    expect(ledger.receipts.map((r) => r.supplier)).toEqual(["Total Energies"]);
  });
});

describe("numbers", () => {
  it("reads numbers stored as numbers and as text in either convention, with a unit typed after", async () => {
    const { ledger, findings } = await receipts(
      [serial("2025-01-02"), "A", 0.1, null, "x"],
      [serial("2025-01-02"), "A", 1e-7, null, "x"],
      [serial("2025-01-02"), "A", "1,234.5", null, "x"],
      [serial("2025-01-02"), "A", "2.500,75", null, "x"],
      [serial("2025-01-02"), "A", "3 000 kg", null, "x"],
    );
    expect(ledger.receipts.map((r) => [r.quantity, r.unit ?? null])).toEqual([
      ["0.1", null],
      ["0.0000001", null],
      ["1234.5", null],
      ["2500.75", null],
      ["3000", "kg"],
    ]);
    expect(cellAt(ledger.receipts[4]!.source, "unit")).toBe("C6");
    expect(findings).toEqual([]);
  });

  it("follows the sheet's convention for 1.234 and refuses it at its cell when the sheet does not tell", async () => {
    const german = await receipts(
      [serial("2025-01-02"), "A", "1.234", null, "x"],
      [serial("2025-01-02"), "A", "12,5", null, "x"],
    );
    expect(german.ledger.receipts.map((r) => r.quantity)).toEqual(["1234", "12.5"]);
    expect(german.findings).toEqual([]);

    const unknown = await receipts([serial("2025-01-02"), "A", "1.234", null, "x"]);
    expect(unknown.ledger.receipts).toEqual([]);
    expect(unknown.findings).toEqual([
      expect.objectContaining({
        code: "ambiguous-number",
        severity: "error",
        cell: "C2",
        details: expect.objectContaining({
          read: '1.234 (if "." is the decimal separator) or 1234 (if it separates thousands)',
        }),
      }),
    ]);
  });
});

describe("dates", () => {
  it("reads serials, ISO, dd.mm.yyyy and unambiguous dd/mm/yyyy", async () => {
    const { ledger, findings } = await receipts(
      [serial("2025-03-04"), "A", 1, "t", "serial"],
      ["2025-03-04", "A", 1, "t", "iso"],
      ["04.03.2025", "A", 1, "t", "dotted"],
      ["25/03/2025", "A", 1, "t", "slashed"],
      ["04/03/2025", "A", 1, "t", "slashed, follows the 25/03 above"],
    );
    expect(ledger.receipts.map((r) => r.date)).toEqual([
      "2025-03-04",
      "2025-03-04",
      "2025-03-04",
      "2025-03-25",
      "2025-03-04",
    ]);
    expect(findings).toEqual([]);
  });

  it("follows a month-first workbook", async () => {
    const { ledger, findings } = await receipts(
      ["03/25/2025", "A", 1, "t", "x"],
      ["03/04/2025", "A", 1, "t", "y"],
    );
    expect(ledger.receipts.map((r) => r.date)).toEqual(["2025-03-25", "2025-03-04"]);
    expect(findings).toEqual([]);
  });

  it("refuses a date that could be either when nothing on the sheet tells, and never guesses", async () => {
    const { ledger, findings } = await receipts(["03/04/2025", "A", 1, "t", "x"]);
    expect(ledger.receipts).toEqual([]);
    expect(findings).toEqual([
      expect.objectContaining({ code: "ambiguous-date", severity: "error", sheet: "Receipts", cell: "A2" }),
    ]);
    expect(findings[0]!.message).toContain('"03/04/2025" in Date could be');
  });
});

describe("hidden sheets", () => {
  it("reads a hidden sheet of the user's: it is still part of the books", async () => {
    const { sheets, ledger } = readWorkbook(
      await throughXlsx(
        sheet("Receipts 2024", [HEADER, [serial("2024-12-02"), "UCO", 3, "t", "A"]], {
          visibility: "hidden",
        }),
      ),
    );
    expect(sheets[0]).toMatchObject({ kind: "receipts", rows: 1 });
    expect(ledger.receipts).toHaveLength(1);
  });
});
