// What the memory host offers beyond the port: inspection for tests and the demo grid.
import { MemoryWorkbook } from "../../../src/workbook/memory/memory-workbook";

const books = () =>
  MemoryWorkbook.fromSnapshot({
    name: "Books.xlsx",
    sheets: [
      {
        name: "Receipts",
        visibility: "visible",
        values: [["Date"], [45658]],
        formats: [[], ["dd.mm.yyyy"]],
        merges: ["A1:B1"],
      },
    ],
  });

describe("MemoryWorkbook", () => {
  it("shows the user's number formats and the look of generated cells", async () => {
    const wb = books();
    await wb.applyPatch({
      ops: [
        {
          kind: "replaceSheet",
          name: "MB Ledger",
          rows: [
            [
              { value: "Go", link: { sheet: "Receipts", cell: "A2" }, bold: true, fill: "#abc" },
              { value: "Running balance (t)", bold: true, wrap: true },
            ],
          ],
          options: { freezeRows: 1, tabColor: "#2F75B5" },
        },
      ],
    });
    expect(wb.getStyle("Receipts", "A2")).toEqual({
      fill: null,
      note: null,
      bold: false,
      link: null,
      numberFormat: "dd.mm.yyyy",
      wrap: false,
    });
    expect(wb.getStyle("MB Ledger", "A1")).toEqual({
      fill: "#AABBCC",
      note: null,
      bold: true,
      link: { sheet: "Receipts", cell: "A2" },
      numberFormat: null,
      wrap: false,
    });
    expect(wb.getStyle("MB Ledger", "B1")).toMatchObject({ bold: true, wrap: true });
    expect(wb.getSheetOptions("MB Ledger")).toEqual({
      freezeRows: 1,
      tabColor: "#2F75B5",
      visibility: "visible",
    });
    expect(wb.getMerges("Receipts")).toEqual(["A1:B1"]);
    expect(wb.sheetNames()).toEqual(["Receipts", "MB Ledger"]);
    expect(() => wb.getValue("Nope", "A1")).toThrow(/Nope/);
  });

  it("applies a patch whole or not at all", async () => {
    const wb = books();
    await expect(
      wb.applyPatch({
        ops: [
          { kind: "replaceSheet", name: "MB Summary", rows: [["x"]] },
          { kind: "styleCells", cells: [{ sheet: "Receipts", cell: "A2", fill: "#FFC7CE", note: "n" }] },
          { kind: "styleCells", cells: [{ sheet: "Gone", cell: "A1", fill: "#FFC7CE", note: "n" }] },
        ],
      }),
    ).rejects.toThrow(/Gone/);
    expect(wb.sheetNames()).toEqual(["Receipts"]);
    expect(wb.getStyle("Receipts", "A2").fill).toBeNull();
  });

  it("styles a sheet created earlier in the same patch, and remembers the selected cell", async () => {
    const wb = books();
    await wb.applyPatch({
      ops: [
        { kind: "replaceSheet", name: "MB Findings", rows: [["x"]] },
        { kind: "styleCells", cells: [{ sheet: "MB Findings", cell: "A1", fill: "#FFEB9C", note: "see" }] },
      ],
    });
    expect(wb.getStyle("MB Findings", "A1")).toMatchObject({ fill: "#FFEB9C", note: "see" });
    await wb.selectCell({ sheet: "Receipts", cell: "A2" });
    expect(wb.selected).toEqual({ sheet: "Receipts", cell: "A2" });
  });
});
