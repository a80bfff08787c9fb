// The add-in's own marks read back in Excel (workbook/own-marks.ts, officejs/cell-props.ts): a sheet
// with a colour legend checked twice through the fake Excel; the first run fills the cells it has
// findings on (light yellow, light red) and records them in MB Config, the second reads those
// cells with the fills the user gave them, so it books and refuses what the first did.
import { createFakeExcel } from "../../../../src/demo/fake-excel";
import { checkWorkbook } from "../../../../src/app/check";
import { MARK_FILLS } from "../../../../src/app";
import { OfficeJsWorkbook } from "../../../../src/workbook/officejs/officejs-workbook";
import type { CellValue } from "../../../../src/workbook/port";

const HEADER = ["Date", "Supplier", "SD number", "Product", "Quantity (t)", "Bemerkung"];
const receipt = (i: number, qty: CellValue, remark: CellValue = null): CellValue[] => [
  45662 + i,
  "Saipol",
  `SD-${i + 1}`,
  "UCO",
  qty,
  remark,
];
const BAD = Object.fromEntries(["A", "B", "C", "D", "E"].map((c) => [`${c}5`, MARK_FILLS.error]));

it("check twice in Excel: the marks of the first run are no colours of the legend on the second", async () => {
  const values: CellValue[][] = [
    HEADER,
    receipt(0, 100),
    // booked with a warning at the remark (marked light yellow)
    receipt(1, 50, "rejected by QA, re-delivered 14.03."),
    // refused at its quantity (marked light red)
    receipt(2, "zwanzig"),
    // the user's row in Excel's "Bad" style, the error mark's colour: cancelled by the legend
    receipt(3, 30),
    [],
    ["Legende: gelb = offen, rot = storniert"],
  ];
  const fake = createFakeExcel({ sheets: [{ name: "Receipts", visibility: "visible", values, fills: BAD }] });
  const port = new OfficeJsWorkbook({ run: fake.run, requirements: fake.requirements });
  const outcome = async () => {
    const run = await checkWorkbook(port, { today: "2025-04-15" });
    return {
      said: run.findings
        .filter((f) => f.sheet === "Receipts")
        .map((f) => `${f.severity} ${f.code} ${f.cell}`)
        .sort(),
      received: run.balances.map((b) => [b.received, b.complete]),
    };
  };
  const first = await outcome();
  expect(first.received).toEqual([["150", false]]);
  expect(first.said).toContain("error row-unconfirmed A5");
  expect([fake.cell("Receipts", "F3").fill, fake.cell("Receipts", "E4").fill]).toEqual([
    MARK_FILLS.warning,
    MARK_FILLS.error,
  ]);
  expect(await outcome()).toEqual(first);
});
