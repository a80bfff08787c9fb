// column-profile.ts: a cell that states no value says nothing of its column's kind; which texts
// state none is part-unstated.ts statesNoValue's to say, in one place (p-health2, issue 15). "SD"
// alone names a document, the supplier's Sustainability Declaration (or Sudan's code): a column
// of "SD" cells says something of its kind. "s/d", "S/D", "s.d." (es "sin datos") state no value: such a column is blank.
import { columnProfile } from "../../src/workbook/column-profile";
import { Grid } from "../../src/workbook/grid";
import { statesNoValue } from "../../src/workbook/part-unstated";
import type { CellValue } from "../../src/workbook/port";

/** A sheet of one column under the heading "Nachweis", holding `cells`. */
const gridOf = (cells: CellValue[]) =>
  new Grid({ name: "Receipts", visibility: "visible", values: [["Nachweis"], ...cells.map((c) => [c])] });

const DOCUMENT = ["SD", "sd", "Sd", " SD "];
const NOT_GIVEN = ["s/d", "S/D", "s.d.", "S.D.", "s. d.", "S / D", "k.A.", "n/a", "-"];

describe("'SD' names a document; 's/d', 's.d.' state no value", () => {
  it.each(DOCUMENT)("%j states a value", (text) => expect(statesNoValue(text)).toBe(false));
  it.each(NOT_GIVEN)("%j states none", (text) => expect(statesNoValue(text)).toBe(true));
  it.each(["SD-200", "SD 12", "SDN", "SDS"])("%j is a value", (text) =>
    expect(statesNoValue(text)).toBe(false),
  );

  it.each(DOCUMENT)("a column of %j says something of its kind", (text) => {
    expect(columnProfile(gridOf([text, text, text, text, text]), 0, 0).n).toBe(5);
  });
  it.each(NOT_GIVEN)("a column of %j says nothing of its kind", (text) => {
    expect(columnProfile(gridOf([text, text, text, text, text]), 0, 0).n).toBe(0);
  });
  it.each(NOT_GIVEN)("four %j and one date are a date column", (text) => {
    const p = columnProfile(gridOf([text, text, 45746, text, text]), 0, 0);
    expect([p.n, p.date]).toEqual([1, 1]);
  });
  it("four 'SD' and one date are not", () => {
    const p = columnProfile(gridOf(["SD", "SD", 45746, "SD", "SD"]), 0, 0);
    expect([p.n, p.date]).toEqual([5, 0.2]);
  });
});
