// The grid follows the fake Excel: what the Office.js adapter does to the fake shows in the grid.
import { createFakeExcel } from "../../src/demo/fake-excel";
import { fakeGridSource } from "../../src/demo/fake-grid-source";
import { OfficeJsWorkbook } from "../../src/workbook/officejs/officejs-workbook";

function setup() {
  const fake = createFakeExcel({
    name: "Books.xlsx",
    sheets: [
      {
        name: "Receipts",
        visibility: "visible",
        values: [
          ["Date", "Quantity (t)"],
          [45660, 420],
        ],
        formats: [[], ["dd.mm.yyyy", null]],
        fills: { A1: "#E2EFDA" },
      },
      { name: "MB Config", visibility: "veryHidden", values: [["{}"]] },
    ],
  });
  const port = new OfficeJsWorkbook({ run: fake.run, requirements: fake.requirements });
  const source = fakeGridSource(fake.state, fake.onChange);
  const changes = jest.fn();
  const unsubscribe = source.subscribe(changes);
  return { port, source, changes, unsubscribe };
}

const sheetOf = (source: ReturnType<typeof setup>["source"], name: string) => {
  const sheet = source.getState().sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};

test("the seeded workbook: values, formats, fills, sizes and visibility", () => {
  const { source } = setup();
  const receipts = sheetOf(source, "Receipts");
  expect([receipts.rowCount, receipts.colCount]).toEqual([2, 2]);
  expect(receipts.cell(2, 0)).toMatchObject({
    value: 45660,
    numberFormat: "dd.mm.yyyy",
    fill: null,
    note: null,
  });
  expect(receipts.cell(1, 0)?.fill).toBe("#E2EFDA");
  expect(receipts.cell(5, 5)).toBeUndefined();
  expect(sheetOf(source, "MB Config").visibility).toBe("veryHidden");
  expect(source.getState().activeSheet).toBe("Receipts");
});

test("marks written through the adapter appear, with a new state object after each change", async () => {
  const { port, source, changes } = setup();
  const before = source.getState();
  await port.applyPatch({
    ops: [
      { kind: "styleCells", cells: [{ sheet: "Receipts", cell: "B2", fill: "#FFC7CE", note: "Too much" }] },
    ],
  });
  expect(changes).toHaveBeenCalled();
  expect(source.getState()).not.toBe(before);
  expect(sheetOf(source, "Receipts").cell(2, 1)).toMatchObject({
    value: 420,
    fill: "#FFC7CE",
    note: "Too much",
  });
});

test("a generated sheet shows with its bold cells; the selection follows selectCell, anew each time", async () => {
  const { port, source } = setup();
  await port.applyPatch({
    ops: [
      {
        kind: "replaceSheet",
        name: "MB Summary",
        rows: [[{ value: "Product", bold: true }], ["Rapeseed"]],
        options: { freezeRows: 1 },
      },
    ],
  });
  const summary = sheetOf(source, "MB Summary");
  expect(summary.freezeRows).toBe(1);
  expect(summary.cell(1, 0)).toMatchObject({ value: "Product", bold: true });
  expect(summary.cell(2, 0)?.value).toBe("Rapeseed");

  await port.selectCell?.({ sheet: "MB Summary", cell: "A2" });
  const first = source.getState().selection;
  expect(first).toEqual({ sheet: "MB Summary", cell: "A2" });
  expect(source.getState().activeSheet).toBe("MB Summary");
  await port.selectCell?.({ sheet: "MB Summary", cell: "A2" });
  // Same cell again: a new object, so the grid scrolls back to it even if the user moved away.
  expect(source.getState().selection).toEqual(first);
  expect(source.getState().selection).not.toBe(first);
});

test("after the last listener leaves, changes are no longer pushed", async () => {
  const { port, changes, unsubscribe } = setup();
  unsubscribe();
  await port.applyPatch({
    ops: [{ kind: "styleCells", cells: [{ sheet: "Receipts", cell: "A2", fill: "#FFEB9C", note: null }] }],
  });
  expect(changes).not.toHaveBeenCalled();
});
