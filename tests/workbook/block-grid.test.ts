// A block of a sheet of receipts and deliveries side by side keeps the sheet's colour legend
// (block-grid.ts blockView, p-blocks): read-plan.ts built a second Grid per block to attach it.
import { blockView } from "../../src/workbook/block-grid";
import { Grid } from "../../src/workbook/grid";
import type { Legend } from "../../src/workbook/legend";
import type { SideBlock } from "../../src/workbook/side-blocks";
import { sheet } from "./fixtures";

const legend: Legend = {
  cell: "A5",
  text: "rot = storniert",
  entries: [],
  lines: new Set(["4:0"]),
  spans: [],
};
const block = (side: "in" | "out", cols: number[]): SideBlock => ({
  side,
  kind: side === "in" ? "receipts" : "deliveries",
  cols,
  shared: [],
});

it("each block's view keeps the sheet's legend, with the other block's cells blank", () => {
  const grid = new Grid(
    sheet("UCO", [
      ["Datum", "Menge (t)", null, "Datum", "Menge (t)"],
      [45658, 20, null, 45700, 15],
    ]),
    undefined,
    legend,
  );
  const [ins, outs] = [block("in", [0, 1]), block("out", [3, 4])];
  for (const [a, b] of [
    [ins, outs],
    [outs, ins],
  ] as const) {
    const view = blockView(grid, 0, a, b);
    expect(view.grid.legend).toBe(legend);
    expect(view.grid.sheet.values[1]?.filter((v) => v !== null)).toEqual(
      a === ins ? [45658, 20] : [45700, 15],
    );
  }
});
