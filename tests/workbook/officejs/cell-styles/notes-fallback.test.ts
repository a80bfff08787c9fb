// Notes need ExcelApi 1.18; older Excel gets threaded comments (1.10), and before that the
// message lives only in the findings sheet. The fill is set everywhere.
import type { CellStyleChange, WorkbookSnapshot } from "../../../../src/workbook/port";
import { makeFakePort } from "../fake-port";

function books(): WorkbookSnapshot & { sheets: { comments?: Record<string, string> }[] } {
  return {
    name: "Books.xlsx",
    sheets: [
      {
        name: "Receipts",
        visibility: "visible",
        values: [
          ["Date", "Quantity"],
          [45658, "12,5 t"],
          [45659, 3],
        ],
        comments: { B3: "Jana: checked against the weighbridge ticket" },
      },
    ],
  };
}

const mark: CellStyleChange[] = [
  { sheet: "Receipts", cell: "B2", fill: "#FFC7CE", note: "MB error: quantity is not a number" },
  { sheet: "Receipts", cell: "B3", fill: "#FFEB9C", note: "MB warning: quantity unusually small" },
];

describe.each([
  { api: "1.18", notes: "notes" },
  { api: "1.17", notes: "comments" },
  { api: "1.10", notes: "comments" },
  { api: "1.9", notes: "none" },
  { api: "1.8", notes: "none" },
])("marks on Excel with ExcelApi $api", ({ api, notes }) => {
  it(`reports ${notes} as where messages go`, () => {
    expect(makeFakePort(books(), { apiVersion: api }).port.capabilities()).toEqual({ notes });
  });

  it("sets the fill, puts the message where it can, and restores the user's own look", async () => {
    const t = makeFakePort(books(), { apiVersion: api });
    const refs = mark.map(({ sheet, cell }) => ({ sheet, cell }));
    const before = await t.port.readCellStyles(refs);
    expect(before[0]).toEqual({ fill: null, note: null });
    expect(before[1]).toEqual({
      fill: null,
      note: notes === "comments" ? "Jana: checked against the weighbridge ticket" : null,
    });

    await t.port.applyPatch({ ops: [{ kind: "styleCells", cells: mark }] });
    const b2 = t.fake.cell("Receipts", "B2");
    expect(b2.fill).toBe("#FFC7CE");
    expect(b2.value).toBe("12,5 t");
    expect(b2.note).toBe(notes === "notes" ? "MB error: quantity is not a number" : null);
    expect(b2.comment).toBe(notes === "comments" ? "MB error: quantity is not a number" : null);
    const after = await t.port.readCellStyles(refs);
    expect(after.map((s) => s.fill)).toEqual(["#FFC7CE", "#FFEB9C"]);
    expect(after.map((s) => s.note)).toEqual(notes === "none" ? [null, null] : mark.map((m) => m.note));

    await t.port.applyPatch({
      ops: [{ kind: "styleCells", cells: refs.map((ref, i) => ({ ...ref, ...before[i]! })) }],
    });
    expect(await t.port.readCellStyles(refs)).toEqual(before);
    // The user's own comment survives every host: notes-capable Excel never touches comments.
    expect(t.fake.cell("Receipts", "B3").comment).toBe("Jana: checked against the weighbridge ticket");
    expect(t.fake.cell("Receipts", "B2")).toMatchObject({ fill: null, note: null, comment: null });
  });
});

it.each(["1.18", "1.17"])(
  "finds a cell's note however its address is spelled (ExcelApi %s)",
  async (apiVersion) => {
    const t = makeFakePort(books(), { apiVersion });
    await t.port.applyPatch({ ops: [{ kind: "styleCells", cells: [{ ...mark[0]!, cell: "$b$2" }] }] });
    await t.port.applyPatch({ ops: [{ kind: "styleCells", cells: [{ ...mark[0]!, note: "replaced" }] }] });
    expect(await t.port.readCellStyles([{ sheet: "Receipts", cell: "b$2" }])).toEqual([
      { fill: "#FFC7CE", note: "replaced" },
    ]);
  },
);

it.each(["1.18", "1.17"])(
  "marks cells on many sheets in as few requests as on one (ExcelApi %s)",
  async (apiVersion) => {
    const names = ["Receipts", "Deliveries", "Production", "Stock", "Transfers", "Sites"];
    const t = makeFakePort(
      {
        name: "Books.xlsx",
        sheets: names.map((name) => ({
          name,
          visibility: "visible" as const,
          values: [
            ["a", "b"],
            [1, 2],
          ],
          comments: { A1: "mine" },
        })),
      },
      { apiVersion },
    );
    const cells = names.flatMap((sheet) =>
      ["B2", "A2"].map((cell) => ({ sheet, cell, fill: "#FFC7CE", note: `MB: ${sheet}` })),
    );
    t.fake.resetStats();
    await t.port.applyPatch({ ops: [{ kind: "styleCells", cells }] });
    expect(t.fake.stats.syncs).toBeLessThanOrEqual(4);
    t.fake.resetStats();
    const styles = await t.port.readCellStyles(cells);
    expect(t.fake.stats.syncs).toBeLessThanOrEqual(3);
    expect(styles.map((s) => s.note)).toEqual(cells.map((c) => c.note));
  },
);

it("writes marks on old Excel without the calls it lacks (no ranges areas, no screen-updating pause)", async () => {
  const t = makeFakePort(books(), { apiVersion: "1.8" });
  await t.port.applyPatch({
    ops: [
      { kind: "styleCells", cells: mark },
      {
        kind: "replaceSheet",
        name: "MB Findings",
        rows: [[{ value: "Receipts!B2", link: { sheet: "Receipts", cell: "B2" } }]],
      },
    ],
  });
  expect(t.fake.cell("Receipts", "B3").fill).toBe("#FFEB9C");
  expect(t.fake.cell("MB Findings", "A1")).toMatchObject({ value: "Receipts!B2", link: "Receipts!B2" });
  expect(t.fake.stats.writesWithoutSuspendedCalculation).toBe(0);
});
