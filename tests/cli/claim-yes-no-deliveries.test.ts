// (p-misc) A claim kept as a yes/no column on DELIVERIES ("ISCC compliant" no, "EU RED konform"
// nein, "Non conforme RED"): through the real massbal declare on a real .xlsx, no delivery of the
// sheet gets a declaration, since its claim is unknown (a declaration without one is EU RED
// compliant by default, iscc-rules.md §2: what "nein" denies). It was a warning, and the delivery
// marked no was declared with the default claim.
import { ISSUING_RECEIPT_HEADER, issuingReceipt as receipt, type BookCell as Cell } from "../../src/books";
import { declareBook, deliveryHeader, sale } from "./sd-books";
import { freshFolderPerTest } from "./run-massbal";

jest.setTimeout(180_000);

const folder = freshFolderPerTest();

/** Two sales of 30 t and 20 t with a yes/no claim column headed `heading` (G), answered `yes` then `no`. */
async function declareWith(heading: string, yes: string, no: string) {
  const rows: Cell[][] = [
    [...deliveryHeader(), heading],
    [...sale("2025-02-10", 30, null), yes],
    [...sale("2025-02-20", 20, null), no],
  ];
  return declareBook(folder.path, {
    Receipts: [ISSUING_RECEIPT_HEADER, receipt("2025-01-05", "IN-1", 100, 30)],
    Deliveries: rows,
  });
}

describe("a claim kept as yes/no on deliveries: no declaration with a claim no row may carry", () => {
  it.each([
    ["ISCC compliant", "yes", "no"],
    ["EU RED konform", "ja", "nein"],
    ["Non conforme RED", "non", "oui"],
    ["Conforme RED", "sí", "no"],
    ["RED-conform", "ja", "nee"],
  ])("%s (%s/%s): an error at its heading, nothing declared", async (heading, yes, no) => {
    const report = await declareWith(heading, yes, no);
    const said = report.findings.filter((f) => f.code === "mapping-uncertain");
    expect(said.map((f) => [f.severity, f.sheet, f.cell])).toEqual([["error", "Deliveries", "H1"]]);
    expect(said[0]?.message).toContain('Add a column headed "Claim"');
    expect(said[0]?.message).toContain("no delivery of this sheet is declared");
    expect(report.declarations.filter((d) => d.status === "new" || d.status === "issued")).toEqual([]);
  });
});
