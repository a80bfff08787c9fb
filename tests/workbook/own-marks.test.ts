// The add-in's own marks read as the fills the user gave the cells (workbook/own-marks.ts): only a
// cell MB Config records as marked, and only while it is still in a mark colour.
import { MARK_FILLS, withoutOwnMarks } from "../../src/workbook/own-marks";
import type { CellStyleChange, SheetSnapshot } from "../../src/workbook/port";

const values = [
  ["Date", "Qty"],
  [45662, 10],
  [45663, 20],
];
const sheet = (fills: SheetSnapshot["fills"], cellFills?: SheetSnapshot["cellFills"]): SheetSnapshot => ({
  name: "Receipts",
  visibility: "visible",
  values,
  formats: [],
  merges: [],
  fills,
  ...(cellFills ? { cellFills } : {}),
});
const mark = (cell: string, fill: string | null, on = "Receipts"): CellStyleChange => ({
  sheet: on,
  cell,
  fill,
  note: null,
});

describe("withoutOwnMarks", () => {
  it("a marked cell still in a mark colour: read with the user's fill (none, or the colour it had)", () => {
    const read = withoutOwnMarks(sheet({ 1: MARK_FILLS.error }, { 1: { 1: MARK_FILLS.error } }), [
      mark("B2", null),
    ]);
    expect(read.fills?.[1]).toBeUndefined();
    expect(read.cellFills?.[1]).toEqual({});
    const red = withoutOwnMarks(sheet({ 1: MARK_FILLS.warning }), [mark("B2", "#FF0000")]);
    // the row was filled alike, its first cell the user's own in the warning's colour
    expect(red.fills?.[1]).toBe(MARK_FILLS.warning);
    expect(red.cellFills?.[1]).toEqual({ 0: MARK_FILLS.warning, 1: "#FF0000" });
  });

  it("a user colour like a mark on a cell the add-in did not mark is the user's", () => {
    const s = sheet({ 2: MARK_FILLS.error });
    expect(withoutOwnMarks(s, [mark("B2", null)])).toBe(s);
    expect(withoutOwnMarks(s, [mark("B3", null, "Sales")])).toBe(s);
  });

  it("a marked cell the user filled in another colour since: that colour", () => {
    const s = sheet({ 1: "#FF0000" }, { 1: { 1: "#FF0000" } });
    expect(withoutOwnMarks(s, [mark("B2", null)])).toBe(s);
  });

  it("a row whose cells the host did not tell apart ('' without cellFills) stays unknown", () => {
    const s = sheet({ 1: "" });
    expect(withoutOwnMarks(s, [mark("B2", null)])).toBe(s);
  });

  it.each(Object.entries(MARK_FILLS))(
    "the %s mark (%s), written in lower case or with $: read back",
    (_, fill) => {
      const read = withoutOwnMarks(sheet({ 1: fill.toLowerCase() }, { 1: { 1: fill.toLowerCase() } }), [
        mark("$B$2", null),
      ]);
      expect(read.fills?.[1]).toBeUndefined();
    },
  );
});
