// (p-hold) Through the real massbal declare on real .xlsx books, three runs into one audited copy
// (its register kept), the rows sorted differently each time: a delivery declared in two lines
// (ON-2025-0001-1, -2) keeps its number when an earlier-dated row repeats it as "ON 2025 0001", which is
// held back; and a third delivery with a blank SD cell, nothing wrong with it, gets its own
// declaration, not held back by the repeat (the hold reaches only the delivery it names).
import type { Rows } from "../../src/books";
import { freshFolderPerTest } from "./run-massbal";
import { declareIntoCopy, deliveryHeader, sale, SPLIT_RECEIPTS } from "./sd-books";

jest.setTimeout(180_000);

const folder = freshFolderPerTest();
/** The deliveries declared into the audited copy out.xlsx (its register kept). */
const declareInto = (deliveries: Rows) => declareIntoCopy(folder.path, SPLIT_RECEIPTS, deliveries);

it("keeps a split's number with its row and holds back only the repeat, in three runs", async () => {
  // the add-in issues the split (a number typed before any register is issued outside massbal and
  // recorded nowhere, p-outside); the user then types its number on the row, and again on another
  const first = await declareInto([deliveryHeader(), sale("2025-02-10", 15, null)]);
  expect(first.declarations.map((x) => [x.status, x.number])).toEqual([
    ["new", "ON-2025-0001-1"],
    ["new", "ON-2025-0001-2"],
  ]);
  const split = sale("2025-02-10", 15, "ON-2025-0001");
  const repeat = sale("2025-02-01", 2, "ON 2025 0001");
  const blank = sale("2025-02-20", 3, null);
  const runs = [
    await declareInto([deliveryHeader(), split, repeat, blank]),
    await declareInto([deliveryHeader(), blank, repeat, split]),
    await declareInto([deliveryHeader(), repeat, split, blank]),
  ];
  for (const run of runs) {
    const byQuantity = (q: string) =>
      run.declarations.filter((x) => x.quantity === q).map((x) => [x.status, x.number, x.heldBy ?? []]);
    // the split keeps its number (its record names it as the stem of its lines -1 and -2)
    expect(run.declarations.filter((x) => x.number.startsWith("ON-2025-0001")).map((x) => x.status)).toEqual([
      "issued",
      "issued",
    ]);
    // the earlier "ON 2025 0001" is the repeat: held back, the finding at its own SD cell
    const repeatRow = run === runs[0] ? 3 : run === runs[1] ? 3 : 2;
    expect(byQuantity("2")).toEqual([
      ["blocked", "", [{ code: "duplicate-sd", sheet: "Deliveries", cell: `G${repeatRow}` }]],
    ]);
    const [f] = run.findings.filter((x) => x.code === "duplicate-sd");
    expect(f?.holdsBack).toEqual([`Deliveries!E${repeatRow}`]);
    // the blank row: its own declaration, once, with the same number in every run
    expect(byQuantity("3")).toEqual([[expect.stringMatching(/^(new|issued)$/), "ON-2025-0002", []]]);
  }
});

it.each([
  ["SD-2025-0001", "SD 2025 0001"],
  ["4711", "SD 4711"],
])(
  "keeps one register line when the user retypes %p as %p (three runs, rows re-sorted)",
  async (typed, retyped) => {
    const other = sale("2025-02-20", 3, null);
    const first = await declareInto([deliveryHeader(), sale("2025-02-10", 15, typed), other]);
    // what the first run issued, as the next runs read it back (a new one is issued from then on)
    const issued = first.declarations.map((x) => [
      x.status === "new" ? "issued" : x.status,
      x.number,
      x.quantity,
    ]);
    const runs = [
      await declareInto([deliveryHeader(), sale("2025-02-10", 15, retyped), other]),
      await declareInto([deliveryHeader(), other, sale("2025-02-10", 15, retyped)]),
    ];
    for (const run of runs) {
      // the same declarations, once each, under the register's spelling: nothing issued again
      expect(run.declarations.map((x) => [x.status, x.number, x.quantity])).toEqual(issued);
      expect(run.findings.filter((f) => f.severity === "error")).toEqual([]);
    }
  },
);
