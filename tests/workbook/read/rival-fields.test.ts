// (p-cols) A second column headed as a field already read ("Datum | Produkt | Menge | Datum", two
// "Produkt", two "SD-Nr."): recognition gave the field one column and dropped the other without a
// word, whatever it held (an unloading date in the next period, another product). Only a second
// quantity column was said. Now every such field is held as the quantity is: rows where the two
// agree are booked with nothing said; a row where they differ, or where only the second holds a
// value, is refused at its cell, and the heading says which column is read and how to choose.
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";
import { casesOf, FIELDS, HEAD, type Lang } from "./rival-heads";

const CASES = casesOf(FIELDS);

/** Receipts with the field's column repeated at G: agreeing, differing, blank in the first (`onlySecond`), blank in the second. */
function book(lang: Lang, i: number, a: CellValue, b: CellValue, onlySecond = i !== 0) {
  const row = (n: number, mine: CellValue, theirs: CellValue): CellValue[] => {
    const cells: CellValue[] = [serial("2025-03-30"), "Fett AG", `SD-${n}`, "UCO", 10 * n];
    cells[i] = mine;
    return [...cells, "EU RED compliant", theirs];
  };
  const head = [...HEAD[lang], "Claim", HEAD[lang][i] as string];
  return readWorkbook({
    name: "b.xlsx",
    sheets: [
      sheet("Receipts", [
        head,
        row(1, a, a),
        row(2, a, b),
        // only the second holds it: the first's blank would be read (an SD left out, a date missing)
        ...(onlySecond ? [row(3, null, b)] : []),
        row(4, a, null),
      ]),
    ],
  });
}

describe("a second column headed as a field already read", () => {
  it.each(CASES)(
    "%s, %s twice (%s): differing rows refused at the second's cell",
    (lang, field, h, i, a, b) => {
      const { ledger, findings, sheets } = book(lang, i, a, b);
      expect(sheets[0]?.columns).toMatchObject({ [field]: "ABCD"[i], quantity: "E" });
      // (a blank product is refused at its own cell too: it is required)
      const refused = findings.filter((f) => f.severity === "error" && f.cell?.startsWith("G"));
      expect(refused.map((f) => [f.code, f.cell, (f.details as { reason?: string }).reason])).toEqual([
        ["invalid-value", "G3", "columns-disagree"],
        ...(i === 0 ? [] : [["invalid-value", "G4", "columns-disagree"]]),
      ]);
      expect(refused[0]?.message).toContain(`"${h}" (column ${"ABCD"[i]})`);
      // the row that agrees and the row whose second cell is blank are booked; no other
      expect(ledger.receipts.map((r) => r.quantity)).toEqual(["10", "40"]);
      const heading = findings.filter((f) => f.code === "mapping-uncertain" && f.cell === "G1");
      expect(heading).toHaveLength(1);
      expect(heading[0]?.message).toContain("Sheets tab");
    },
  );

  it.each(CASES)("%s, %s twice: rows that agree are booked with nothing said", (lang, _field, _h, i, a) => {
    const { ledger, findings } = book(lang, i, a, a, false);
    expect(findings.filter((f) => f.sheet === "Receipts" && f.cell?.startsWith("G"))).toEqual([]);
    expect(ledger.receipts).toHaveLength(3);
  });
});
