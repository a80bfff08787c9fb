import { desiredMarks, MARK_FILLS, planMarks } from "../../src/app/marks";
import type { Finding } from "../../src/engine/result";

const finding = (severity: Finding["severity"], sheet: string, cell: string, message: string): Finding => ({
  code: "engine-error",
  severity,
  message,
  details: { error: message },
  sheet,
  cell,
});

describe("in-place marks", () => {
  it("marks each cell once, with the worst severity and every message, most severe first", () => {
    const marks = desiredMarks(
      [
        finding("warning", "Receipts", "D4", "Quantity looks high."),
        finding("error", "Receipts", "$d$4", "Quantity is negative."),
        finding("info", "Sales", "A2", "Check the date."),
        finding("error", "MB Summary", "A1", "ours, never marked"),
        finding("warning", "Receipts", "B2", "Supplier unknown."),
        finding("warning", "Receipts", "B2", "Supplier unknown."),
      ],
      ["Sales", "Receipts"],
    );
    expect(marks).toEqual([
      { sheet: "Sales", cell: "A2", severity: "info", lines: ["MB info: Check the date."] },
      { sheet: "Receipts", cell: "B2", severity: "warning", lines: ["MB warning: Supplier unknown."] },
      {
        sheet: "Receipts",
        cell: "D4",
        severity: "error",
        lines: ["MB error: Quantity is negative.", "MB warning: Quantity looks high."],
      },
    ]);
  });

  it("keeps the FIRST original of a cell marked before and restores cells no longer concerned", () => {
    const desired = desiredMarks([finding("error", "Receipts", "D4", "Bad.")], ["Receipts"]);
    const previous = [
      { sheet: "Receipts", cell: "D4", fill: "#00FF00", note: "user note" },
      { sheet: "Receipts", cell: "C3", fill: null, note: null },
      { sheet: "Deleted sheet", cell: "A1", fill: null, note: null },
    ];
    const fresh = new Map([["Receipts\u0000D4", { fill: MARK_FILLS.error, note: "MB error: Bad." }]]);
    const plan = planMarks(desired, previous, fresh, ["Receipts"]);
    expect(plan.changes).toEqual([
      { sheet: "Receipts", cell: "C3", fill: null, note: null },
      { sheet: "Receipts", cell: "D4", fill: "#FFC7CE", note: "MB error: Bad.\n\nuser note" },
    ]);
    expect(plan.originals).toEqual([{ sheet: "Receipts", cell: "D4", fill: "#00FF00", note: "user note" }]);
  });

  it("remembers the current style of a cell marked for the first time", () => {
    const desired = desiredMarks([finding("warning", "Receipts", "A1", "Hm.")], ["Receipts"]);
    const plan = planMarks(desired, [], new Map([["Receipts\u0000A1", { fill: "#123456", note: null }]]), [
      "Receipts",
    ]);
    expect(plan.originals).toEqual([{ sheet: "Receipts", cell: "A1", fill: "#123456", note: null }]);
    expect(plan.changes).toEqual([
      { sheet: "Receipts", cell: "A1", fill: "#FFEB9C", note: "MB warning: Hm." },
    ]);
  });
});
