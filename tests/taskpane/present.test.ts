import { withMessage } from "../../src/engine/catalogue/render";
import type { Balance, Declaration, Finding } from "../../src/engine/result";
import {
  cellLabel,
  checkSummary,
  declareSummary,
  findingLabel,
  groupFindings,
  humanise,
  progressText,
  reconciliation,
} from "../../src/taskpane/present";

const f = (severity: Finding["severity"], sheet?: string, cell?: string, message = "m"): Finding => ({
  code: "engine-error",
  details: { error: message },
  severity,
  message,
  sheet,
  cell,
});

describe("groupFindings", () => {
  it("puts errors first, then warnings, then notes, each split by sheet in order of appearance", () => {
    const groups = groupFindings([
      f("warning", "Deliveries", "C4"),
      f("error", "Receipts", "C5"),
      f("info"),
      f("error", "Deliveries", "C2"),
      f("error", "Receipts", "D7"),
    ]);
    expect(groups.map((g) => [g.severity, g.count])).toEqual([
      ["error", 3],
      ["warning", 1],
      ["info", 1],
    ]);
    expect(groups[0]?.sheets.map((s) => [s.sheet, s.findings.map((x) => x.cell)])).toEqual([
      ["Receipts", ["C5", "D7"]],
      ["Deliveries", ["C2"]],
    ]);
    expect(groups[2]?.sheets[0]?.sheet).toBe("");
  });

  it("leaves out severities without findings", () => {
    expect(groupFindings([f("warning", "S", "A1")]).map((g) => g.severity)).toEqual(["warning"]);
    expect(groupFindings([])).toEqual([]);
  });
});

describe("wording", () => {
  it("names cells as Excel does, quoting sheet names that need it", () => {
    expect(cellLabel("Receipts", "D12")).toBe("Receipts!D12");
    expect(cellLabel("Stock 2025", "B4")).toBe("'Stock 2025'!B4");
    const stopped = "the check stopped on an unexpected problem (Bad.); please report it with the workbook.";
    expect(findingLabel(f("error", "O'Neil", "A1", "Bad."))).toBe(`'O''Neil'!A1 — ${stopped}`);
    expect(findingLabel(f("info", undefined, undefined, "Bad."))).toBe(`Settings: ${stopped}`);
    // the place is a field, said once and written one way, Excel's, by every layer; it does not
    // reach the pane's text
    const read = withMessage({
      code: "invalid-number",
      severity: "error",
      sheet: "Stock 2025",
      cell: "B4",
      details: { label: "Quantity", value: "abc" },
    });
    const engine = withMessage({
      code: "invalid-quantity",
      severity: "error",
      sheet: "Stock 2025",
      cell: "B4",
      details: { field: "quantity", value: "-3" },
    });
    expect(read.message.startsWith("'Stock 2025'!B4: ")).toBe(true);
    expect(engine.message.startsWith("'Stock 2025'!B4: ")).toBe(true);
    expect(findingLabel(read)).toBe(
      `'Stock 2025'!B4 — "abc" in Quantity is not a number; type a number such as 1234.5 or 1.234,5 (the value is ignored).`,
    );
    expect(findingLabel(engine)).toBe(
      "'Stock 2025'!B4 — the quantity -3 must be greater than zero; correct it or delete the row (the row was left out).",
    );
  });

  it("summarises a check in one sentence", () => {
    expect(checkSummary(3, [f("error"), f("error"), f("warning"), f("info")])).toBe(
      "Checked 3 sheets: 2 errors, 1 warning",
    );
    expect(checkSummary(1, [f("info")])).toBe("Checked 1 sheet: no errors or warnings");
  });

  it("turns field names into words", () => {
    expect(humanise("sdNumber")).toBe("Sd number");
    expect(humanise("quantity")).toBe("Quantity");
  });
});

describe("declareSummary", () => {
  const decl = (status: Declaration["status"]) => ({ status }) as Declaration;
  const errors = [f("error"), f("error"), f("warning")];

  it("says what was issued and what errors hold back, and how to get past them", () => {
    const s = declareSummary(
      { blocked: true, declarations: [decl("new"), decl("blocked")], findings: errors },
      false,
    );
    expect(s.status).toBe(
      "Issued 1 new declaration; 1 declaration held back by errors. See the MB Declarations sheet.",
    );
    expect(s.notice?.intent).toBe("warning");
    expect(s.notice?.text).toContain("each holds back only the declarations it can affect");
    expect(s.notice?.text).toContain("Issue as draft");
  });

  it("counts only declarations this run wrote, and says that drafts take no number", () => {
    const drafts = [decl("issued"), decl("draft"), decl("draft")];
    expect(declareSummary({ blocked: false, declarations: drafts, findings: errors }, true).status).toBe(
      "Printed 2 drafts (a draft takes no number). See the MB Declarations sheet.",
    );
    expect(declareSummary({ blocked: false, declarations: [decl("new")], findings: [] }, false).status).toBe(
      "Issued 1 new declaration. See the MB Declarations sheet.",
    );
    expect(
      declareSummary(
        { blocked: false, declarations: [decl("issued"), decl("cancelled")], findings: [] },
        false,
      ).status,
    ).toBe("No new declarations were needed: every sustainable delivery already has one.");
  });
});

describe("reconciliation", () => {
  const row = (overrides: Partial<Balance> = {}): Balance => ({
    site: "Hamburg",
    scheme: "ISCC PLUS",
    product: "UCO",
    characteristics: {
      rawMaterial: "UCO",
      countryOfOrigin: "DE",
      claim: "",
      wasteResidue: "",
      annexIxPart: "",
    },
    account: "hamburg|iscc plus|uco",
    periodStart: "2025-01-01",
    periodEnd: "2025-03-31",
    unit: "t",
    opening: "0",
    received: "100",
    produced: "0",
    consumed: "0",
    delivered: "0",
    transferredIn: "0",
    transferredOut: "35",
    transferred: "-35",
    closing: "65",
    physicalStock: null,
    bookPhysicalStock: "100",
    carriedForward: "65",
    lapsed: "0",
    firstOverdraft: null,
    complete: true,
    ...overrides,
  });

  it("adds up a site's row that transferred 35 t out: 0 + 100 − 35 = 65", () => {
    expect(reconciliation(row())).toBe(
      "Opening 0 + received 100 − transferred out 35 = closing 65 t; carried forward 65.",
    );
  });

  it("names every movement that is not zero, and what lapsed", () => {
    const text = reconciliation(
      row({
        opening: "10",
        produced: "5.5",
        transferredIn: "2",
        consumed: "1",
        delivered: "50",
        transferredOut: "0.000",
        closing: "66.5",
        lapsed: "6.5",
        carriedForward: "60",
      }),
    );
    expect(text).toBe(
      "Opening 10 + received 100 + produced 5.5 + transferred in 2 − consumed 1 − delivered 50 = closing 66.5 t; lapsed 6.5, carried forward 60.",
    );
  });
});

describe("progress", () => {
  it.each([
    [{ phase: "Checking the books" }, "Checking the books"],
    [
      { phase: "Reading sheet Receipts", count: { done: 40_000, total: 100_006, unit: "rows" } },
      "Reading sheet Receipts: 40,000 of 100,006 rows read",
    ],
    [
      { phase: "Writing sheet MB Ledger", count: { done: 1, total: 5, unit: "sheets" } },
      "Writing sheet MB Ledger: 1 of 5 sheets written",
    ],
  ] as const)("%j reads %p", (progress, text) => {
    expect(progressText(progress)).toBe(text);
  });
});
