// (p-xfer2) A second column headed as a field ("Datum" twice) where the user mapped the first one
// (the Sheets tab, kept in MB Config): their choice is read, and the second is not compared any
// more (p-cols). Before, where the second held another value (an unloading date in the next
// period, another product), it was dropped without a word; now its heading says so, a warning:
// the user chose, no row is refused.
import type { CellValue } from "../../../src/workbook/port";
import { configSheetRows } from "../../../src/workbook/config";
import { readWorkbook } from "../../../src/workbook/read";
import type { MbConfig } from "../../../src/workbook/types";
import { plain, serial, sheet } from "../fixtures";
import { casesOf, FIELDS, HEAD, type Lang } from "./rival-heads";

// a date and a product repeated
const CASES = casesOf(FIELDS.filter(([f]) => f === "date" || f === "product"));

const LETTERS = "ABCDE";

function book(lang: Lang, field: string, i: number, a: CellValue, b: CellValue, differ: boolean) {
  const row = (n: number, theirs: CellValue): CellValue[] => {
    const cells: CellValue[] = [serial("2025-03-30"), "Fett AG", `SD-${n}`, "UCO", 10 * n];
    cells[i] = a;
    return [...cells, "EU RED compliant", theirs];
  };
  const head = [...HEAD[lang], "Claim", HEAD[lang][i] as string];
  const config: MbConfig = {
    mappings: [{ sheet: "Receipts", field, column: LETTERS[i] as string, header: HEAD[lang][i] as string }],
    settings: {},
    marks: [],
    generated: [],
  };
  return readWorkbook({
    name: "b.xlsx",
    sheets: [
      sheet("Receipts", [head, row(1, a), row(2, differ ? b : a)]),
      sheet("MB Config", plain(configSheetRows(config)), { visibility: "veryHidden" }),
    ],
  });
}

describe("a second column of a field whose first the user mapped", () => {
  it.each(CASES)(
    "%s, %s twice (%s): the mapped one read, the other said at its heading",
    (lang, field, h, i, a, b) => {
      const r = book(lang, field, i, a, b, true);
      // the user's choice is read on every row, no row refused
      expect(r.ledger.receipts).toHaveLength(2);
      expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
      const said = r.findings.filter((f) => f.cell === "G1");
      expect(said).toMatchObject([{ code: "mapping-uncertain", severity: "warning", sheet: "Receipts" }]);
      expect(said[0]?.message).toContain(`which you mapped as`);
      expect(said[0]?.message).toContain(`"${h}" (column ${LETTERS[i]})`);
    },
  );

  it.each(CASES)("%s, %s twice (%s), the two agree: nothing said", (lang, field, _h, i, a, b) => {
    const r = book(lang, field, i, a, b, false);
    expect(r.ledger.receipts).toHaveLength(2);
    expect(r.findings.filter((f) => f.cell === "G1")).toEqual([]);
  });
});
