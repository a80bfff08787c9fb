// Whether Excel calculates manually (Formulas > Calculation Options > Manual): then a formula's
// value is its last result, out of date once a cell it refers to changed and nobody pressed F9.
// Application.calculationMode (ExcelApi 1.1, read) tells; the reader then also loads each cell's
// formula, and the formula cells' values are refused like those of a file saved in manual
// calculation (../manual-calculation.ts, brk28 S3).

/**
 * Queues the question on `context`; the returned function gives the answer after the next sync:
 * true unless Excel calculates automatically ("Automatic", "AutomaticExceptTables").
 * Errors: none of its own; the host fails the sync like any request.
 */
export function queueManualCalculation(context: Excel.RequestContext): () => boolean {
  const application = context.application;
  application.load("calculationMode");
  return () => {
    const mode = String(application.calculationMode);
    return mode !== "Automatic" && mode !== "AutomaticExceptTables";
  };
}

/** A row of `range.formulas` as the snapshot keeps it: each formula without its "=", else null. */
export function formulaRow(row: readonly unknown[] | undefined, width: number): (string | null)[] {
  const out: (string | null)[] = [];
  for (let c = 0; c < width; c++) {
    const f = row?.[c];
    out.push(typeof f === "string" && f.startsWith("=") ? f.slice(1) : null);
  }
  return out;
}
