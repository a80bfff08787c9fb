// (brk28 c22) Excel's TRUE and FALSE typed as text in another language's version ("VRAI", "FALSO",
// "PRAWDA", "ONWAAR") were refused in the Sustainable column while "WAHR"/"FALSCH" were read. Now
// the seven languages' boolean texts are one list (engine/normalise.ts EXCEL_BOOLEANS) that every
// yes/no reader takes: read as yes or no, in any case; other words stay unread.
import { EXCEL_BOOLEANS, normaliseYesNo } from "../../../src/engine/normalise";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { markOf } from "../../../src/workbook/status-marks";
import { serial, sheet } from "../fixtures";

/** Excel's TRUE / FALSE as its versions in the seven languages show them. */
const BOOLEANS: [string, string, string][] = [
  ["en", "TRUE", "FALSE"],
  ["de", "WAHR", "FALSCH"],
  ["fr", "VRAI", "FAUX"],
  ["it", "VERO", "FALSO"],
  ["es", "VERDADERO", "FALSO"],
  ["nl", "WAAR", "ONWAAR"],
  ["pl", "PRAWDA", "FAŁSZ"],
];

const D = serial("2025-03-01");
const deliveries = (values: CellValue[]) =>
  readWorkbook({
    name: "books.xlsx",
    sheets: [
      sheet("Deliveries", [
        ["Date", "Customer", "Customer address", "Product", "Quantity (t)", "Sustainable"],
        ...values.map((v) => [D, "Fuel SA", "1 rue du Port, Rouen", "UCO", 10, v]),
      ]),
    ],
  });

describe("Excel's booleans in seven languages", () => {
  it.each(BOOLEANS)("%s: %s is yes, %s is no, in any case", (_, yes, no) => {
    for (const t of [yes, yes.toLowerCase()]) expect(normaliseYesNo(t)).toBe(true);
    for (const t of [no, no.toLowerCase()]) expect(normaliseYesNo(t)).toBe(false);
    expect([markOf(yes), markOf(no)]).toEqual([true, false]);
  });

  it.each(BOOLEANS)("%s: a Sustainable column of %s / %s is read as yes and no", (_, yes, no) => {
    const read = deliveries([yes, no]);
    expect(read.ledger.deliveries.map((d) => d.sustainable)).toEqual(["yes", "no"]);
    expect(read.findings.filter((f) => f.sheet === "Deliveries" && f.severity === "error")).toEqual([]);
  });

  it("the list is the one of the seven languages, a yes never a no", () => {
    for (const w of EXCEL_BOOLEANS.yes) expect(EXCEL_BOOLEANS.no).not.toContain(w);
  });

  it.each(["VERITÀ", "WAHRSCHEINLICH", "FALSE?", "WAAR?", "PRAWDOPODOBNIE", "vero?", "fals"])(
    "%s is no boolean: never read as yes or no",
    (text) => expect(normaliseYesNo(text)).toBeNull(),
  );
});
