// The reach of an error on a row the reading left out (src/app/reach.ts): the products the row's
// own cells name, at its site. A production row names its input, its output and, where filled,
// its co-product: each is held back. Through a real .xlsx built by exceljs.
import ExcelJS from "exceljs";
import { withReadReach } from "../../src/app/reach";
import { readWorkbook } from "../../src/workbook/read";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";

const HEADER = [
  "Date",
  "Input product",
  "Input quantity (t)",
  "Output product",
  "Output quantity (t)",
  "Co-product",
  "Co-product quantity (t)",
];

async function reachOfStruck(row: (string | number | Date | null)[]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Production");
  ws.addRow(HEADER);
  ws.addRow(row);
  for (let c = 1; c <= HEADER.length; c++) ws.getCell(2, c).font = { strike: true };
  const snapshot = await (
    await XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()), "Reach.xlsx")
  ).readSnapshot();
  const read = readWorkbook(snapshot);
  const struck = withReadReach(read, snapshot).find((f) => f.code === "row-struck");
  return struck?.reach?.products?.map((p) => p.product);
}

describe("the reach of a refused production row", () => {
  const day = new Date(Date.UTC(2025, 0, 20));
  it.each<[string, (string | number | Date | null)[], string[]]>([
    [
      "with a co-product",
      [day, "Rapeseed", 1000, "Rapeseed oil", 420, "Rapeseed meal", 560],
      ["Rapeseed", "Rapeseed oil", "Rapeseed meal"],
    ],
    ["without one", [day, "Rapeseed", 1000, "Rapeseed oil", 420, null, null], ["Rapeseed", "Rapeseed oil"]],
  ])("%s holds back each product it names", async (_, row, products) => {
    expect(await reachOfStruck(row)).toEqual(products);
  });
});
