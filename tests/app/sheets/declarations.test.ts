import { parseRegister, REGISTER_HEADER, registerRows } from "../../../src/app/sheets/declarations";
import type { CellValue, OutValue, SheetSnapshot } from "../../../src/workbook/port";
import { declaration, ghg } from "../fixtures";

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
  it("records each new declaration with its backing SDs, delivery row and fingerprint", () => {
    const d = declaration({ ghg: [ghg(), ghg({ total: "20.5", saving: "0.7819" })] });
    const rows = registerRows([], [d]);
    expect(rows).toHaveLength(2);
    const row = rows[1]!;
    expect(row[col("SD number")]).toBe("SD-2025-0001");
    expect(row[col("Status")]).toBe("Issued");
    expect(row[col("Customer")]).toBe("=SUM(A1)");
    expect(row[col("Incoming SDs")]).toBe("IN-77: 30; IN-78: 10.25");
    expect(row[col("GHG total")]).toEqual({ value: 20.5, numberFormat: "#,##0.0" });
    expect(row[col("Delivery sheet")]).toBe("Sales");
    expect(row[col("Delivery row")]).toBe(9);
    expect(row[col("Delivery")]).toEqual({ value: "E9", link: { sheet: "Sales", cell: "E9" } });
    expect(row[col("Fingerprint (SHA-256)")]).toBe("ab".repeat(32));
  });

  it("keeps drafts out of the register so their numbers are not taken", () => {
    expect(registerRows([], [declaration({ status: "draft" })])).toHaveLength(1);
  });

  it("carries every earlier row over unchanged, even when the books now say otherwise", () => {
    const first = registerRows([], [declaration({ quantity: "40.250" })]);
    const previous = parseRegister(asSnapshot(first));
    expect(previous[0]).toMatchObject({
      "SD number": "SD-2025-0001",
      Quantity: "40.250",
      "Issue date": "2025-03-31",
      "GHG saving": "0.8362",
    });
    const changed = declaration({ status: "issued", quantity: "99", fingerprint: "cd".repeat(32) });
    const again = registerRows(previous, [changed, declaration({ number: "SD-2025-0002" })]);
    expect(again.slice(0, 2)).toEqual(first);
    expect(again).toHaveLength(3);
    expect(again[2]![col("SD number")]).toBe("SD-2025-0002");
  });

  it("reads nothing from a sheet that is not a register", () => {
    expect(parseRegister(undefined)).toEqual([]);
    expect(
      parseRegister({
        name: "x",
        visibility: "visible",
        values: [
          ["Date", "Qty"],
          [1, 2],
        ],
      }),
    ).toEqual([]);
  });
});
