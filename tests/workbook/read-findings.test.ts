// read-findings.ts refuseBlankCell: a blank cell's refusal takes the place its address held in the
// row's findings (column order), and the cell no longer counts as blank (p-health2, issue 15:
// blank-part.ts, blank-claim.ts and blank-sd.ts each did this by hand).
import type { Finding } from "../../src/engine/result";
import { readFinding, refuseBlankCell } from "../../src/workbook/read-findings";

const refusal = (cell: string): Finding =>
  readFinding("missing-value", "error", "Receipts", cell, { label: "Claim", reason: "claim-missing" });

describe("a blank cell refused (refuseBlankCell)", () => {
  it("takes its address's place among the row's findings, the cell no longer blank", () => {
    const before = refusal("B2");
    const found: (Finding | string)[] = [before, "F2", "H2"];
    const blank: Record<string, string> = { claim: "F2", sdNumber: "H2" };
    refuseBlankCell(found, blank, "claim", "F2", refusal("F2"));
    expect(found.map((f) => (typeof f === "string" ? f : f.cell))).toEqual(["B2", "F2", "H2"]);
    expect(typeof found[1]).toBe("object");
    expect(found[0]).toBe(before);
    expect(blank).toEqual({ sdNumber: "H2" });
  });
  it("goes last where its address held no place; no blank cells: nothing else changes", () => {
    const found: (Finding | string)[] = ["C2"];
    refuseBlankCell(found, undefined, "sdNumber", "H2", refusal("H2"));
    expect(found.map((f) => (typeof f === "string" ? f : `${f.code} ${f.cell}`))).toEqual([
      "C2",
      "missing-value H2",
    ]);
  });
});
