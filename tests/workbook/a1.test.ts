import {
  cellAddress,
  columnIndex,
  columnLetter,
  parseCell,
  parseRange,
  parseSheetReference,
  quoteSheetName,
  rangeAddress,
  cellPlace,
  tryParseCell,
} from "../../src/workbook/a1";
import fc from "fast-check";

describe("A1 addresses", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s and back", (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
    expect(columnIndex(letters.toLowerCase())).toBe(index);
  });

  it("round-trips every column", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 16383 }), (i) => columnIndex(columnLetter(i)) === i));
  });

  it("refuses what is not a column or outside the sheet", () => {
    expect(() => columnLetter(-1)).toThrow(RangeError);
    expect(() => columnLetter(16384)).toThrow(RangeError);
    expect(() => columnIndex("XFE")).toThrow(/XFD/);
    expect(() => columnIndex("A1")).toThrow(RangeError);
    expect(() => columnIndex("")).toThrow(RangeError);
  });

  it("builds and parses cell addresses", () => {
    expect(cellAddress(12, 3)).toBe("D12");
    expect(parseCell("D12")).toEqual({ row: 12, col: 3 });
    expect(parseCell("$AB$7")).toEqual({ row: 7, col: 27 });
    expect(parseCell(" d12 ")).toEqual({ row: 12, col: 3 });
    expect(() => parseCell("D0")).toThrow(RangeError);
    expect(() => parseCell("12D")).toThrow(RangeError);
    expect(() => cellAddress(0, 0)).toThrow(RangeError);
    expect(() => parseCell("A1048577")).toThrow(RangeError);
    expect(tryParseCell("nonsense")).toBeNull();
  });

  it("parses ranges in either corner order", () => {
    expect(parseRange("A1:C3")).toEqual({ start: { row: 1, col: 0 }, end: { row: 3, col: 2 } });
    expect(parseRange("C3:A1")).toEqual({ start: { row: 1, col: 0 }, end: { row: 3, col: 2 } });
    expect(parseRange("B2")).toEqual({ start: { row: 2, col: 1 }, end: { row: 2, col: 1 } });
    expect(rangeAddress({ row: 1, col: 0 }, { row: 3, col: 2 })).toBe("A1:C3");
    expect(() => parseRange("A1:B2:C3")).toThrow(RangeError);
  });

  it("quotes sheet names where Excel needs it", () => {
    expect(quoteSheetName("Receipts")).toBe("Receipts");
    expect(quoteSheetName("My Sheet")).toBe("'My Sheet'");
    expect(quoteSheetName("O'Neil")).toBe("'O''Neil'");
    expect(quoteSheetName("A1")).toBe("'A1'");
    expect(quoteSheetName("R1C1")).toBe("'R1C1'");
    expect(quoteSheetName("Eingänge")).toBe("'Eingänge'");
    expect(quoteSheetName("2025")).toBe("'2025'");
    expect(cellPlace("My Sheet", "A1")).toBe("'My Sheet'!A1");
  });

  it("parses sheet references, with or without a leading #", () => {
    expect(parseSheetReference("'My Sheet'!A1")).toEqual({ sheet: "My Sheet", cell: "A1" });
    expect(parseSheetReference("#'O''Neil'!$B$2")).toEqual({ sheet: "O'Neil", cell: "B2" });
    expect(parseSheetReference("Receipts!c3")).toEqual({ sheet: "Receipts", cell: "C3" });
    expect(parseSheetReference("no reference")).toBeNull();
  });

  it("round-trips any sheet name through a reference", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 31 }).filter((s) => !/[!]/.test(s)),
        (name) => {
          expect(parseSheetReference(cellPlace(name, "B7"))).toEqual({ sheet: name, cell: "B7" });
        },
      ),
    );
  });
});
