// Places are written one way, Excel's (issue 15): "'Stock 2025'!B4", never "Stock 2025!B4", in
// every finding of every code and in the lists of cells the app and the outgoing checks write.
import fc from "fast-check";
import { CATALOGUE, FINDING_CODES } from "../../../src/engine/catalogue/codes";
import { cellPlace, cellsBySheet, quoteSheetName } from "../../../src/engine/catalogue/location";
import { cliText, findingPlace, withMessage } from "../../../src/engine/catalogue/render";
import type { FindingCode } from "../../../src/engine/result";
import { parseSheetReference } from "../../../src/workbook/a1";
import { SAMPLES, type Sample } from "./samples";

/** Sheet names as books have them: plain, with spaces, digits first, umlauts, apostrophes, cell-like. */
const SHEETS = ["Receipts", "Stock 2025", "2025", "Eingänge", "O'Neil", "A1", "R1C1", "Sales_2025"];
const sheetName = fc.oneof(
  fc.constantFrom(...SHEETS),
  fc
    .string({ minLength: 1, maxLength: 31 })
    .filter((s) => !/[\\/?*[\]:]/.test(s) && !s.startsWith("'") && !s.endsWith("'")),
);
const cell = fc
  .tuple(fc.integer({ min: 0, max: 16383 }), fc.integer({ min: 1, max: 1048576 }))
  .map(([c, r]) => {
    let n = c + 1;
    let letters = "";
    while (n > 0) {
      letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
      n = Math.floor((n - 1) / 26);
    }
    return `${letters}${r}`;
  });

describe("a place as Excel writes it", () => {
  it("is read back by Excel's reference grammar as the same sheet and cell", () => {
    fc.assert(
      fc.property(sheetName, cell, (sheet, at) => {
        expect(parseSheetReference(cellPlace(sheet, at))).toEqual({ sheet, cell: at });
      }),
    );
  });

  it("groups cells by sheet, each sheet named once and quoted as Excel needs", () => {
    expect(
      cellsBySheet([
        { sheet: "Deliveries", cell: "D2" },
        { sheet: "Sales 2025", cell: "E5" },
        { sheet: "Deliveries", cell: "D3" },
        { sheet: "Deliveries", cell: "D2" },
      ]),
    ).toBe("Deliveries!D2, D3; 'Sales 2025'!E5");
  });

  it.each(SHEETS)("is the same in every finding of every code, on sheet %s", (sheet) => {
    for (const code of FINDING_CODES as readonly FindingCode[]) {
      for (const s of SAMPLES[code] as Sample<FindingCode>[]) {
        if (!s.sheet || !s.cell) continue;
        const f = withMessage({
          code,
          severity: CATALOGUE[code].severity,
          ...s,
          sheet,
        } as Parameters<typeof withMessage>[0]);
        expect(findingPlace(f)).toBe(`${quoteSheetName(sheet)}!${s.cell}`);
        if (quoteSheetName(sheet) !== sheet) expect(cliText(f)).not.toContain(`${sheet}!${s.cell}`);
      }
    }
  });
});
