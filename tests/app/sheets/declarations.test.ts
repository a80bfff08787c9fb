import { REGISTER_HEADER, registerRows } from "../../../src/app/sheets/declarations";
import { recordText } from "../../../src/engine";
import { Grid } from "../../../src/workbook/grid";
import type { CellValue, OutValue, SheetSnapshot } from "../../../src/workbook/port";
import { readRegister, RECORD_PIECE } from "../../../src/workbook/register";
import { declaration, ghg } from "../fixtures";
import { cellAt } from "../../../src/engine/source-cells";

/** what a host stores for our rows: plain values and number formats */
function asSnapshot(rows: OutValue[][]): SheetSnapshot {
  const plain = (v: OutValue): CellValue => (v !== null && typeof v === "object" ? v.value : v);
  const format = (v: OutValue): string | null =>
    v !== null && typeof v === "object" ? (v.numberFormat ?? null) : null;
  return {
    name: "MB Declarations",
    visibility: "visible",
    values: rows.map((r) => r.map(plain)),
    formats: rows.map((r) => r.map(format)),
  };
}

const col = (name: (typeof REGISTER_HEADER)[number]) => REGISTER_HEADER.indexOf(name);

describe("MB Declarations register", () => {
  it("records each declaration with its backing SDs, per-batch GHG values, delivery row and fingerprint", () => {
    const d = declaration({
      ghg: [ghg({ quantity: "30" }), ghg({ total: "20.5", saving: "0.7819", quantity: "10.25" })],
    });
    const rows = registerRows([d]);
    expect(rows).toHaveLength(2);
    const row = rows[1]!;
    expect(row[col("SD number")]).toBe("SD-2025-0001");
    expect(row[col("Status")]).toBe("Issued");
    expect(row[col("Customer")]).toBe("=SUM(A1)");
    expect(row[col("Incoming SDs")]).toBe("IN-77: 30; IN-78: 10.25");
    expect(row[col("GHG values (per batch)")]).toBe("15.4 g CO2eq/MJ × 30 t; 20.5 g CO2eq/MJ × 10.25 t");
    // (brk22 §13) two batches have no one total: the highest batch value is not written as one
    expect(row[col("GHG total")]).toBeNull();
    expect(row[col("GHG saving")]).toBeNull();
    expect(row[col("Delivery sheet")]).toBe("Sales");
    expect(row[col("Delivery row")]).toBe(9);
    expect(row[col("Delivery")]).toEqual({ value: "E9", link: { sheet: "Sales", cell: "E9" } });
    expect(row[col("Fingerprint (SHA-256)")]).toBe("ab".repeat(32));
    expect(JSON.parse(String(row[col("Record (do not edit)")]))).toMatchObject({
      v: 1,
      number: "SD-2025-0001",
    });
  });

  // p-drymass: each value with its unit, so values of different units never stand as bare numbers;
  // (brk22 §13) and no "GHG total" for several batches, whatever their units: none is the SD's total
  it.each([
    [
      [
        ["12.5", "g CO2eq/MJ"],
        ["14", null],
      ],
      "12.5 g CO2eq/MJ × 6 t; 14 g CO2eq/MJ × 6 t",
      null,
    ],
    [
      [
        ["400", "kg CO2eq/t TM"],
        ["20", "g CO2eq/MJ"],
      ],
      "400 kg CO2eq/t TM × 6 t; 20 g CO2eq/MJ × 6 t",
      null,
    ],
    [
      [
        ["400", "kg CO2eq/t TM"],
        ["500", "kg CO2eq/t"],
      ],
      "400 kg CO2eq/t TM × 6 t; 500 kg CO2eq/t × 6 t",
      null,
    ],
    [
      [
        ["400", "kg CO2eq/t FM"],
        ["500", "kg CO2eq/t"],
      ],
      "400 kg CO2eq/t FM × 6 t; 500 kg CO2eq/t × 6 t",
      null,
    ],
    [
      [
        ["400", "kg CO2e/t"],
        ["300", "kg CO2eq/t"],
      ],
      "400 kg CO2e/t × 6 t; 300 kg CO2eq/t × 6 t",
      null,
    ],
    [
      [
        ["300", "kg CO2-Äq/t TM"],
        ["350", "kg CO2eq/odt"],
      ],
      "300 kg CO2-Äq/t TM × 6 t; 350 kg CO2eq/odt × 6 t",
      null,
    ],
  ] as [[string, string | null][], string, number | null][])(
    "GHG values %j: per batch %p, GHG total %p",
    (values, perBatch, total) => {
      const d = declaration({
        ghg: values.map(([t, unit]) => ghg({ total: t, unit, quantity: "6", saving: null })),
      });
      const row = registerRows([d])[1]!;
      expect(row[col("GHG values (per batch)")]).toBe(perBatch);
      const cell = row[col("GHG total")];
      expect(cell === null ? null : (cell as { value: number }).value).toBe(total);
    },
  );

  it("one batch (or the pool's worst value): its total and saving are the declaration's", () => {
    const row = registerRows([declaration({ ghg: [ghg({ quantity: "30" })] })])[1]!;
    expect(row[col("GHG total")]).toEqual({ value: 15.4, numberFormat: "#,##0.0" });
    expect(row[col("GHG values (per batch)")]).toBe("15.4 g CO2eq/MJ × 30 t");
  });

  it("lists drafts and held-back declarations without a number or a record, with what holds them back", () => {
    const heldBy = [{ code: "certificate-invalid" as const, sheet: "Receipts", cell: "C5", message: "…" }];
    const rows = registerRows([
      declaration({ status: "draft", number: "", heldBy }),
      declaration({ status: "blocked", number: "", heldBy }),
    ]);
    expect(rows.slice(1).map((r) => [r[col("SD number")], r[col("Status")], r[col("Held back by")]])).toEqual(
      [
        [null, "Draft", "Receipts!C5 (certificate-invalid)"],
        [null, "Held back", "Receipts!C5 (certificate-invalid)"],
      ],
    );
    expect(rows.slice(1).map((r) => r[col("Record (do not edit)")])).toEqual([null, null]);
    expect(readRegister(new Grid(asSnapshot(rows)))).toEqual([]);
  });

  it("shows a withdrawal: who, when, why, and what replaced it", () => {
    const correction = {
      on: "2025-05-02",
      by: "Anna Weber",
      reason: "quantity corrected",
      replacedBy: "SD-2025-0015",
    };
    const row = registerRows([declaration({ status: "replaced", correction })])[1]!;
    expect(row[col("Status")]).toBe("Replaced");
    expect(row[col("Cancelled by")]).toBe("Anna Weber");
    expect(row[col("Reason")]).toBe("quantity corrected");
    expect(row[col("Replaced by")]).toBe("SD-2025-0015");
    const [entry] = readRegister(
      new Grid(asSnapshot(registerRows([declaration({ status: "replaced", correction })]))),
    );
    expect(entry).toMatchObject({
      number: "SD-2025-0001",
      status: "Replaced",
      cancelledOn: "2025-05-02",
      cancelledBy: "Anna Weber",
      reason: "quantity corrected",
      replacedBy: "SD-2025-0015",
    });
  });

  it("reads back the record verbatim, however long, continued in the cells after its column", () => {
    const many = Array.from({ length: 900 }, (_, i) => ({
      sd: `IN-${String(i).padStart(6, "0")}-LONG-REFERENCE-TEXT`,
      quantity: "0.001",
      source: { sheet: "Receipts", cell: `D${i + 2}` },
    }));
    const d = declaration({ inputs: many });
    const record = recordText(d);
    expect(record.length).toBeGreaterThan(RECORD_PIECE);
    const rows = registerRows([d]);
    expect(rows[1]!.length).toBeGreaterThan(REGISTER_HEADER.length);
    const [entry] = readRegister(new Grid(asSnapshot(rows)));
    expect(entry?.record).toBe(record);
    expect(entry && cellAt(entry.source, "record")).toBe(`Y2`);
  });

  it("reads nothing from a sheet that is not a register", () => {
    expect(
      readRegister(
        new Grid({
          name: "x",
          visibility: "visible",
          values: [
            ["Date", "Qty"],
            [1, 2],
          ],
        }),
      ),
    ).toEqual([]);
  });
});
