// The decision table for a row labelled with a total's word (booking-cells.ts LABELLED_ROWS): every
// combination of facts gets the verdict the rules in table-totals.ts stated before the table, and
// every rule of the table decides some row.
import { LABELLED_ROWS, type LabelledRow, labelledVerdict } from "../../src/workbook/booking-cells";

const ALL: LabelledRow[] = [];
for (const wordAlone of [true, false])
  for (const filled of [true, false])
    for (const identifying of ["none", "blank", "filled"] as const)
      for (const quantity of ["blank", "sum", "other"] as const)
        for (const dataWord of wordAlone ? [false, true] : [false])
          ALL.push({ wordAlone, filled, identifying, quantity, dataWord });

/** The rules as table-totals.ts wrote them in nested branches (stop 35). */
function nested(f: LabelledRow): string {
  // (p-rows2) "Transport", "Report" alone: a carry-over only with the running sum and nothing else
  if (f.dataWord && f.identifying !== "filled") {
    if (f.quantity !== "sum") return "data";
    return f.filled ? "named-sum" : "total";
  }
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
    [{ wordAlone: false, filled: true, identifying: "filled", quantity: "sum", dataWord: false }, "data"],
    [{ wordAlone: false, filled: true, identifying: "blank", quantity: "sum", dataWord: false }, "named-sum"],
    [{ wordAlone: true, filled: true, identifying: "blank", quantity: "other", dataWord: false }, "total"],
    [{ wordAlone: true, filled: false, identifying: "none", quantity: "other", dataWord: false }, "data"],
    [{ wordAlone: true, filled: false, identifying: "blank", quantity: "sum", dataWord: true }, "total"],
    [{ wordAlone: true, filled: false, identifying: "blank", quantity: "other", dataWord: true }, "data"],
    [{ wordAlone: true, filled: true, identifying: "none", quantity: "sum", dataWord: true }, "named-sum"],
  ] as const)("%j is %s", (f, verdict) => {
    expect(labelledVerdict(f)).toBe(verdict);
  });
});
