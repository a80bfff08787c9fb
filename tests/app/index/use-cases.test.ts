import {
  checkWorkbook,
  clearMarks,
  declareWorkbook,
  saveColumnMapping,
  saveSettings,
} from "../../../src/app/index";
import { readConfig } from "../../../src/workbook/config";
import { MemoryWorkbook } from "../../../src/workbook/memory/memory-workbook";
import type { CellStyleChange } from "../../../src/workbook/port";
import { snapshot } from "../books";

const TODAY = { today: "2025-04-02" };

/** every value and look of every cell, to compare whole workbooks */
function everything(wb: MemoryWorkbook) {
  const snap = wb.snapshot();
  return snap.sheets.map((s) => ({
    ...s,
    styles: s.values.map((row, r) =>
      row.map((_, c) => wb.getStyle(s.name, `${String.fromCharCode(65 + c)}${r + 1}`)),
    ),
    options: wb.getSheetOptions(s.name),
  }));
}

async function userStyles(wb: MemoryWorkbook, cells: CellStyleChange[]) {
  await wb.applyPatch({ ops: [{ kind: "styleCells", cells }] });
}

describe("checkWorkbook", () => {
  it("writes the result sheets and a very hidden MB Config, and reports what it read", async () => {
    const wb = MemoryWorkbook.fromSnapshot(snapshot());
    const outcome = await checkWorkbook(wb, TODAY);
    expect(outcome.written).toEqual(["MB Summary", "MB Ledger", "MB Trace", "MB Findings"]);
    expect(wb.sheetNames()).toEqual([
      "Receipts",
      "Deliveries",
      "Settings",
      "MB Summary",
      "MB Ledger",
      "MB Trace",
      "MB Findings",
      "MB Config",
    ]);
    expect(wb.getSheetOptions("MB Config").visibility).toBe("veryHidden");
    expect(outcome.sheets.map((s) => [s.name, s.kind])).toEqual([
      ["Receipts", "receipts"],
      ["Deliveries", "deliveries"],
      ["Settings", "settings"],
    ]);
    expect(outcome.blocked).toBe(false);
    expect(outcome.balances.map((b) => [b.received, b.delivered, b.closing])).toEqual([["150", "80", "70"]]);
    expect(wb.getValue("MB Summary", "A1")).toBe("Mass balance summary");
    expect(readConfig(wb.snapshot()).generated).toEqual(
      expect.arrayContaining(["MB Summary", "MB Findings", "MB Config"]),
    );
  });

  it("marks the cell of an error by severity and gives the same workbook when run again", async () => {
    const wb = MemoryWorkbook.fromSnapshot(snapshot({ overdraw: true }));
    const first = await checkWorkbook(wb, TODAY);
    const negative = first.findings.find((f) => f.code === "negative-balance")!;
    expect(negative).toMatchObject({ severity: "error" });
    expect(first.marked).toBeGreaterThan(0);
    const style = wb.getStyle(negative.sheet!, negative.cell!);
    expect(style.fill).toBe("#FFC7CE");
    expect(style.note).toContain(`MB error: ${negative.message}`);

    const once = everything(wb);
    const second = await checkWorkbook(wb, TODAY);
    expect(everything(wb)).toEqual(once);
    expect(second.findings).toEqual(first.findings);
  });

  it("clearMarks restores the user's own fill and note exactly, however often the cell was marked", async () => {
    const wb = MemoryWorkbook.fromSnapshot(snapshot({ overdraw: true }));
    const probe = await checkWorkbook(MemoryWorkbook.fromSnapshot(snapshot({ overdraw: true })), TODAY);
    const keys = new Set(probe.findings.filter((f) => f.sheet && f.cell).map((f) => `${f.sheet}!${f.cell}`));
    const cells = [...keys].map((k) => ({ sheet: k.split("!")[0]!, cell: k.split("!")[1]! }));
    expect(cells.length).toBeGreaterThan(0);
    const original = cells.map((c, i) => ({
      ...c,
      fill: i % 2 ? null : "#E2EFDA",
      note: i % 2 ? null : "agreed with Anna",
    }));
    await userStyles(wb, original);

    await checkWorkbook(wb, TODAY);
    await checkWorkbook(wb, TODAY);
    const cleared = await clearMarks(wb);

    expect(cleared.restored).toBe(cells.length);
    for (const c of original) expect({ ...c, ...pick(wb.getStyle(c.sheet, c.cell)) }).toEqual(c);
    expect(readConfig(wb.snapshot()).marks).toEqual([]);
    expect((await clearMarks(wb)).restored).toBe(0);
  });

  it("never overwrites a user's sheet that bears a reserved name", async () => {
    const mine = { name: "MB Summary", visibility: "visible" as const, values: [["My own summary"], [42]] };
    const wb = MemoryWorkbook.fromSnapshot(snapshot({ extra: [mine] }));
    const outcome = await checkWorkbook(wb, TODAY);
    expect(wb.getValue("MB Summary", "A1")).toBe("My own summary");
    expect(wb.getValue("MB Summary (2)", "A1")).toBe("Mass balance summary");
    expect(outcome.written).toContain("MB Summary (2)");
    expect(outcome.findings).toContainEqual(
      expect.objectContaining({ code: "reserved-sheet-name", severity: "warning", sheet: "MB Summary" }),
    );
    await checkWorkbook(wb, TODAY);
    expect(wb.sheetNames().filter((n) => n.startsWith("MB Summary"))).toEqual([
      "MB Summary",
      "MB Summary (2)",
    ]);
  });

  it("reports progress and stops between stages when cancelled, leaving the workbook as it was", async () => {
    const phases: string[] = [];
    const wb = MemoryWorkbook.fromSnapshot(snapshot());
    await checkWorkbook(wb, { ...TODAY, onProgress: (p) => phases.push(p.phase) });
    expect(phases[0]).toBe("Reading the workbook");
    expect(phases).toContain("Writing the results");

    const untouched = MemoryWorkbook.fromSnapshot(snapshot());
    const controller = new AbortController();
    const run = checkWorkbook(untouched, {
      ...TODAY,
      signal: controller.signal,
      onProgress: (p) => p.phase === "Checking the books" && controller.abort(),
    });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(untouched.sheetNames()).toEqual(["Receipts", "Deliveries", "Settings"]);
  });
});

describe("declareWorkbook", () => {
  it("issues a declaration with a printable SD sheet and register row, and keeps its number on re-runs", async () => {
    const wb = MemoryWorkbook.fromSnapshot(snapshot());
    const first = await declareWorkbook(wb, TODAY);
    const [d] = first.declarations;
    expect(d).toMatchObject({ status: "new", issueDate: "2025-04-02", quantity: "80" });
    expect(d!.inputs.map((i) => [i.sd, i.quantity])).toEqual([["IN-1", "80"]]);
    expect(first.written).toEqual([
      "MB Summary",
      "MB Ledger",
      "MB Trace",
      "MB Findings",
      "MB Declarations",
      `SD ${d!.number}`,
    ]);
    expect(wb.getValue("MB Declarations", "A2")).toBe(d!.number);
    expect(wb.getValue(`SD ${d!.number}`, "B2")).toBe(d!.number);

    const register = wb.snapshot().sheets.find((s) => s.name === "MB Declarations");
    const again = await declareWorkbook(wb, { today: "2025-05-01" });
    expect(again.declarations).toEqual([expect.objectContaining({ number: d!.number, status: "issued" })]);
    expect(wb.snapshot().sheets.find((s) => s.name === "MB Declarations")).toEqual(register);
  });

  it("holds back what errors reach; drafts take no number, however often they are printed", async () => {
    const blocked = MemoryWorkbook.fromSnapshot(snapshot({ overdraw: true }));
    const outcome = await declareWorkbook(blocked, TODAY);
    expect(outcome.blocked).toBe(true);
    // the second delivery lacks 20 t of credit (negative-balance says so); the first, of the
    // same product, is held back by it; the second is listed held back too (p-issue, brk8 #18)
    expect(outcome.declarations.map((d) => [d.status, d.number, d.quantity, d.unbacked])).toEqual([
      ["blocked", "", "80", undefined],
      ["blocked", "", "90", "20"],
    ]);
    const negative = outcome.findings.find((f) => f.code === "negative-balance")!;
    expect(negative.cell).toBe("D3");
    expect(outcome.declarations[0]!.heldBy?.map((f) => f.code)).toEqual(["negative-balance"]);
    expect(negative.holdsBack).toEqual(
      expect.arrayContaining([
        { sheet: "Deliveries", cell: "D2" },
        { sheet: "Deliveries", cell: "D3" },
      ]),
    );
    expect(blocked.sheetNames().filter((n) => n.startsWith("SD "))).toEqual([]);
    // the register lists them, without a number
    expect([blocked.getValue("MB Declarations", "A2"), blocked.getValue("MB Declarations", "B2")]).toEqual([
      null,
      "Held back",
    ]);

    const drafted = MemoryWorkbook.fromSnapshot(snapshot({ overdraw: true }));
    for (let run = 0; run < 2; run++) {
      const draft = await declareWorkbook(drafted, { ...TODAY, draft: true });
      // no draft of the one no credit backs: which credit will back it is not known
      expect(draft.declarations.map((d) => [d.status, d.number])).toEqual([
        ["draft", ""],
        ["blocked", ""],
      ]);
      expect(drafted.sheetNames().filter((n) => n.startsWith("SD "))).toEqual(["SD draft 1"]);
      expect(drafted.getValue("SD draft 1", "A2")).toMatch(/^DRAFT/);
      expect([drafted.getValue("MB Declarations", "A2"), drafted.getValue("MB Declarations", "B2")]).toEqual([
        null,
        "Draft",
      ]);
    }

    // once the books are right (and numbered as the company wants), drafts give way to issued
    // declarations, and the first number is the first: printing drafts used none up
    const fixed = snapshot();
    const before = drafted.snapshot();
    const corrected = MemoryWorkbook.fromSnapshot({
      ...before,
      sheets: before.sheets.map((s) => fixed.sheets.find((f) => f.name === s.name) ?? s),
    });
    await saveSettings(corrected, { sdPrefix: "ACME" });
    const issued = await declareWorkbook(corrected, TODAY);
    expect(issued.declarations.map((d) => d.number)).toEqual(["ACME-2025-0001"]);
    const sdSheets = corrected.sheetNames().filter((n) => n.startsWith("SD "));
    expect(sdSheets).toEqual(issued.declarations.map((d) => `SD ${d.number}`));
    for (const name of sdSheets) expect(corrected.getValue(name, "A2")).toBe("Unique number");
  });

  it("p-blocks: stores a kind per block, replaces the sheet's choice, and removes a choice", async () => {
    const wb = MemoryWorkbook.fromSnapshot(snapshot());
    const kinds = () => readConfig(wb.snapshot()).mappings.map((m) => [m.sheet, m.column, m.kind]);
    const kind = (column: string, k?: "receipts" | "deliveries" | "ledger") =>
      saveColumnMapping(wb, { sheet: "UCO", field: "sheetKind", column, ...(k ? { kind: k } : {}) });
    await kind("", "ledger");
    await saveColumnMapping(wb, { sheet: "UCO", field: "customer", column: "J" });
    await kind("A", "receipts");
    expect(kinds()).toEqual([
      ["UCO", "J", undefined],
      ["UCO", "A", "receipts"],
    ]);
    await kind("I", "deliveries");
    await kind("A", "deliveries");
    expect(kinds()).toEqual([
      ["UCO", "J", undefined],
      ["UCO", "I", "deliveries"],
      ["UCO", "A", "deliveries"],
    ]);
    // "As its headings say" on one block removes that block's choice only
    await kind("A");
    expect(kinds()).toEqual([
      ["UCO", "J", undefined],
      ["UCO", "I", "deliveries"],
    ]);
    // a choice for the whole sheet replaces every block's; removing it leaves the column mapping
    await kind("", "receipts");
    expect(kinds()).toEqual([
      ["UCO", "J", undefined],
      ["UCO", "", "receipts"],
    ]);
    await kind("");
    expect(kinds()).toEqual([["UCO", "J", undefined]]);
  });

  it("uses the settings saved from the task pane, and a column correction", async () => {
    const wb = MemoryWorkbook.fromSnapshot(snapshot());
    await saveSettings(wb, { sdPrefix: "ACME", companyName: "Acme Oils" });
    await saveColumnMapping(wb, { sheet: "Deliveries", field: "customer", column: "B" });
    const config = readConfig(wb.snapshot());
    expect(config.settings).toMatchObject({ sdPrefix: "ACME", companyName: "Acme Oils" });
    expect(config.mappings).toEqual([{ sheet: "Deliveries", field: "customer", column: "B" }]);
    await saveSettings(wb, { companyName: "" });
    expect(readConfig(wb.snapshot()).settings).toEqual({ sdPrefix: "ACME" });

    const outcome = await declareWorkbook(wb, TODAY);
    expect(outcome.declarations[0]!.number).toMatch(/^ACME-2025-/);
  });

  it("pins no finding to the settings sheet cell that a setting saved in the pane overrides", async () => {
    const settings = {
      name: "Settings",
      visibility: "visible" as const,
      values: [
        ["Setting", "Value"],
        ["Company name", "Acme Oils"],
        ["Period length (months)", 3],
      ],
    };
    const wb = MemoryWorkbook.fromSnapshot(snapshot({ extra: [settings] }));
    await saveSettings(wb, { periodMonths: 6 });
    const outcome = await checkWorkbook(wb, TODAY);
    const tooLong = outcome.findings.filter((f) => f.code === "period-too-long");
    expect(tooLong.map((f) => [f.sheet ?? null, f.cell ?? null])).toEqual([[null, null]]);
    for (const cell of ["A2", "B2", "A3", "B3"])
      expect(pick(wb.getStyle("Settings", cell))).toEqual({ fill: null, note: null });
  });
});

function pick(style: { fill: string | null; note: string | null }) {
  return { fill: style.fill, note: style.note };
}
