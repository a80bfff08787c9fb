import { findingsRows } from "../../../src/app/sheets/findings";
import type { Finding } from "../../../src/engine/result";

// the code column shows the code whatever the details; engine-error's are the simplest to give
const f = (severity: Finding["severity"], code: string, cell?: string): Finding =>
  ({
    code,
    details: { error: code },
    severity,
    message: `${code} message`,
    ...(cell ? { sheet: "Receipts", cell } : {}),
  }) as Finding;

describe("MB Findings", () => {
  it("lists errors first, keeps the order within a severity, and links each finding to its cell", () => {
    const rows = findingsRows([
      f("warning", "overdraft", "D4"),
      f("error", "duplicate-sd", "C9"),
      f("info", "note"),
      f("error", "missing-value", "B2"),
    ]);
    expect(rows.slice(1).map((r) => r[1])).toEqual(["duplicate-sd", "missing-value", "overdraft", "note"]);
    expect(rows[1]).toEqual([
      { value: "Error", fill: "#FFC7CE" },
      "duplicate-sd",
      "Receipts",
      { value: "C9", link: { sheet: "Receipts", cell: "C9" } },
      "duplicate-sd message",
    ]);
    expect(rows[4]![3]).toBe("");
  });

  it("says so when there is nothing to fix", () => {
    expect(findingsRows([])[1]![4]).toMatch(/No findings/);
  });
});
