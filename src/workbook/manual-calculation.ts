// A workbook set to manual calculation (Excel: Formulas > Calculation Options > Manual; the file
// says `<calcPr calcMode="manual"/>`) keeps each formula's last result, which is out of date once a
// cell it refers to changed and nobody pressed F9 (brk28 S3: a delivery of 80 t read where the
// weighbridge note said 90000 kg). The add-in cannot recalculate, and the file does not say
// whether the results are current, so under the first law every formula cell's stored result is
// read as unknown: the cells the books read are refused where they stand ("formula-without-value",
// reason "manual-calculation"), plain values are read as always. Hosts: the xlsx adapter
// (xlsx/workbook-pr.ts reads the mode from the file) and the Office.js adapter
// (officejs/calculation-mode.ts asks Excel); docs/reading-workbooks.md.
import { isErrorValue, isFormulaValue } from "./out-value";
import type { CellValue, SheetSnapshot } from "./port";

/**
 * The sheet with every formula cell's stored result replaced by a FormulaValue marked
 * `manualCalculation` (`sheet.formulas` tells which cells hold formulas). A formula without a
 * stored result, or whose result is an error (#N/A, #REF!), is kept as it is: it is refused
 * already, in its own words; so is a blank result, which a template row's formula leaves in rows
 * that hold nothing else. A sheet without formulas is returned as it is.
 */
export function withManualCalculation(sheet: SheetSnapshot): SheetSnapshot {
  const formulas = sheet.formulas;
  if (!formulas?.some((row) => row.some((f) => f !== null && f !== undefined))) return sheet;
  const values = sheet.values.map((row, r) =>
    row.map((v, c): CellValue => {
      const formula = formulas[r]?.[c];
      if (formula === null || formula === undefined || v === null) return v;
      // a blank result (a template row's IF(…;"";…)) stays blank: a row it leaves empty is no row
      if (isFormulaValue(v) || isErrorValue(v) || (typeof v === "string" && v.trim() === "")) return v;
      return { formula, manualCalculation: true };
    }),
  );
  return { ...sheet, values };
}
