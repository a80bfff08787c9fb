// The decision table for a row labelled with a total's word (booking-cells.ts LABELLED_ROWS): every
// combination of facts gets the verdict the rules in table-totals.ts stated before the table, and
// every rule of the table decides some row.
import { LABELLED_ROWS, type LabelledRow, labelledVerdict } from "../../src/workbook/booking-cells";

const ALL: LabelledRow[] = [];
for (const wordAlone of [true, false])
  for (const filled of [true, false])
    for (const identifying of ["none", "blank", "filled"] as const)
      for (const quantity of ["blank", "sum", "other"] as const)
        ALL.push({ wordAlone, filled, identifying, quantity });

/** The rules as table-totals.ts wrote them in nested branches (stop 35). */
function nested(f: LabelledRow): string {
  if (!f.wordAlone && f.filled) {
    if (f.identifying === "filled") return "data";
    return f.quantity === "sum" ? "named-sum" : "data";
  }
  if (f.identifying !== "none") return f.identifying === "blank" ? "total" : "data";
  return f.quantity === "other" ? "data" : "total";
}

describe("a row labelled with a total's word", () => {
  it.each(ALL.map((f) => [JSON.stringify(f), f] as const))(
    "%s: the verdict the nested rules gave",
    (_, f) => {
      expect(labelledVerdict(f)).toBe(nested(f));
    },
  );

  it("every rule of the table is the first to match some row (none is dead)", () => {
    const firsts = new Set(
      ALL.map((f) =>
        LABELLED_ROWS.findIndex(([when]) =>
          (Object.keys(when) as (keyof LabelledRow)[]).every((k) => when[k] === f[k]),
        ),
      ),
    );
    expect([...firsts].sort()).toEqual(LABELLED_ROWS.map((_, i) => i));
  });

  it.each([
    [{ wordAlone: false, filled: true, identifying: "filled", quantity: "sum" }, "data"],
    [{ wordAlone: false, filled: true, identifying: "blank", quantity: "sum" }, "named-sum"],
    [{ wordAlone: true, filled: true, identifying: "blank", quantity: "other" }, "total"],
    [{ wordAlone: true, filled: false, identifying: "none", quantity: "other" }, "data"],
  ] as const)("%j is %s", (f, verdict) => {
    expect(labelledVerdict(f)).toBe(verdict);
  });
});
