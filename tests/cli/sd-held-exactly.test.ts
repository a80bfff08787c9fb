// (p-hold) Through the real massbal declare on real .xlsx books, three runs into one audited copy
// (its register kept), the rows sorted differently each time: a delivery declared in two lines
// (4711-1, 4711-2) keeps its number when an earlier-dated row repeats it as "SD 4711", which is
// held back; and a third delivery with a blank SD cell, nothing wrong with it, gets its own
// declaration, not held back by the repeat (the hold reaches only the delivery it names).
import path from "node:path";
import {
  ISSUING_RECEIPT_HEADER as RECEIPT_HEADER,
  ISSUING_SETTINGS,
  issuingReceipt as receipt,
  plainBook,
  type Rows,
} from "../../src/books";
import type { JsonReport } from "../../src/cli/report";
import { writeBookFile } from "../../src/workbook/xlsx/write-book";
import { freshFolderPerTest, massbal } from "./run-massbal";
import { deliveryHeader, sale } from "./sd-books";

jest.setTimeout(180_000);

const folder = freshFolderPerTest();
/** Rapeseed oil of two raw materials: a delivery of 15 t draws on both, declared in two lines. */
const RECEIPTS = [
  RECEIPT_HEADER,
  receipt("2025-01-05", "AS-2024-0917", 10, 30),
  receipt("2025-01-06", "AS-2024-0918", 10, 40).map((c) => (c === "Rapeseed" ? "Sunflower" : c)),
  receipt("2025-01-07", "AS-2024-0919", 30, 30),
];

/** The deliveries written to books.xlsx, declared into the audited copy out.xlsx (its register kept). */
async function declareInto(deliveries: Rows): Promise<JsonReport> {
  const book = plainBook({ Receipts: RECEIPTS, Deliveries: deliveries, Settings: ISSUING_SETTINGS });
  await writeBookFile(book, path.join(folder.path, "books.xlsx"));
  const result = massbal(["declare", "books.xlsx", "--out", "out.xlsx", "--force", "--json"], folder.path);
  return JSON.parse(result.stdout) as JsonReport;
}

it("keeps a split's number with its row and holds back only the repeat, in three runs", async () => {
  const split = sale("2025-02-10", 15, "4711");
  const repeat = sale("2025-02-01", 2, "SD 4711");
  const blank = sale("2025-02-20", 3, null);
  const first = await declareInto([deliveryHeader(), split]);
  expect(first.declarations.map((x) => [x.status, x.number])).toEqual([
    ["issued", "4711-1"],
    ["issued", "4711-2"],
  ]);
  const runs = [
    await declareInto([deliveryHeader(), split, repeat, blank]),
    await declareInto([deliveryHeader(), blank, repeat, split]),
    await declareInto([deliveryHeader(), repeat, split, blank]),
  ];
  for (const run of runs) {
    const byQuantity = (q: string) =>
      run.declarations.filter((x) => x.quantity === q).map((x) => [x.status, x.number, x.heldBy ?? []]);
    // the split keeps 4711 (its record names it as the stem of 4711-1 and 4711-2)
    expect(run.declarations.filter((x) => x.number.startsWith("4711")).map((x) => x.status)).toEqual([
      "issued",
      "issued",
    ]);
    // the earlier "SD 4711" is the repeat: held back, the finding at its own SD cell
    const repeatRow = run === runs[0] ? 3 : run === runs[1] ? 3 : 2;
    expect(byQuantity("2")).toEqual([
      ["blocked", "", [{ code: "duplicate-sd", sheet: "Deliveries", cell: `G${repeatRow}` }]],
    ]);
    const [f] = run.findings.filter((x) => x.code === "duplicate-sd");
    expect(f?.holdsBack).toEqual([`Deliveries!E${repeatRow}`]);
    // the blank row: its own declaration, once, with the same number in every run
    expect(byQuantity("3")).toEqual([[expect.stringMatching(/^(new|issued)$/), "ON-2025-0001", []]]);
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
