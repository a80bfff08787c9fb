import { formatCell, isDateFormat } from "../../../src/demo/grid/format-cell";

describe("formatCell shows values as Excel would", () => {
  test("date serials under a date format read as dates", () => {
    // 45660 is 2025-01-03 in Excel's 1900 date system.
    expect(formatCell(45660, "dd.mm.yyyy")).toBe("03.01.2025");
    expect(formatCell(45660, "yyyy-mm-dd")).toBe("2025-01-03");
    expect(formatCell(45660, "mm-dd-yy")).toBe("01-03-25");
    expect(formatCell(45660.5, "yyyy-mm-dd hh:mm")).toBe("2025-01-03 12:00");
  });

  test("fixed decimals, grouping and percent follow the format", () => {
    expect(formatCell(1234.5, "#,##0.00")).toBe("1,234.50");
    expect(formatCell(0.12345, "0.000")).toBe("0.123");
    expect(formatCell(0.7447, "0.0%")).toBe("74.5%");
    expect(formatCell(172.2, null)).toBe("172.2");
    expect(formatCell(0.1 + 0.2, "General")).toBe("0.3");
  });

  test("text, booleans, errors and empty cells", () => {
    expect(formatCell("=SUM(A1)", "@")).toBe("=SUM(A1)");
    expect(formatCell(true, null)).toBe("TRUE");
    expect(formatCell({ error: "#N/A" }, null)).toBe("#N/A");
    expect(formatCell(null, "dd.mm.yyyy")).toBe("");
  });

  test("only formats with day, month, year or hour parts are dates", () => {
    expect(isDateFormat("dd/mm/yyyy")).toBe(true);
    expect(isDateFormat("[$-407]d. mmmm yyyy;@")).toBe(true);
    expect(isDateFormat("General")).toBe(false);
    expect(isDateFormat('0.000 "t"')).toBe(false);
    expect(isDateFormat("@")).toBe(false);
    expect(isDateFormat(null)).toBe(false);
  });
});
