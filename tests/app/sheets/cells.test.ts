import { date, isoToSerial, link, percent, quantity } from "../../../src/app/sheets/cells";

describe("cell helpers", () => {
  it("writes a decimal string as a number formatted to its own precision", () => {
    expect(quantity("1234.50")).toEqual({ value: 1234.5, numberFormat: "#,##0.00" });
    expect(quantity("-7")).toEqual({ value: -7, numberFormat: "#,##0" });
    expect(quantity("0.1")).toEqual({ value: 0.1, numberFormat: "#,##0.0" });
  });

  it("keeps a decimal that a number cannot hold exactly as text instead of rounding it", () => {
    expect(quantity("12345678901234567.891")).toBe("12345678901234567.891");
    expect(quantity(null)).toBeNull();
  });

  it("writes ISO dates as Excel serials in the 1900 system", () => {
    expect(isoToSerial("1900-03-01")).toBe(61);
    expect(isoToSerial("2025-01-01")).toBe(45658);
    expect(date("2025-01-01")).toEqual({ value: 45658, numberFormat: "yyyy-mm-dd" });
    expect(date("01.02.2025")).toBe("01.02.2025");
  });

  it("shows a saving fraction as a percentage and links by sheet and cell", () => {
    expect(percent("0.8362")).toEqual({ value: 0.8362, numberFormat: "0.0%" });
    expect(link({ sheet: "Receipts", cell: "D5" })).toEqual({
      value: "Receipts!D5",
      link: { sheet: "Receipts", cell: "D5" },
    });
  });
});
