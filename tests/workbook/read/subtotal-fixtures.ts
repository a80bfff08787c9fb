// Shared by the typed-subtotal tests (unnamed-sum, lacking-sum): settings of a trader, a receipts
// heading and what each receipt states besides its party, SD and quantity.
import { runEngine } from "../../../src/engine";
import type { EngineResult } from "../../../src/engine";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { CREDIT_RECEIPT_HEADER, sheet, throughXlsx } from "../fixtures";

export const SETTINGS = sheet("Settings", [
  ["Setting", "Value"],
  ["Company name", "Handel GmbH"],
  ["Company address", "Hafenstr. 1, Hamburg"],
  ["Own certificate", "EU-ISCC-Cert-DE200-2"],
]);
// what each receipt states besides its party, SD and quantity
export { CREDIT_FACTS as FACTS } from "../fixtures";

/** The findings, balances and declarations of a book of these receipts and of sales under `salesHeader`. */
export async function runBooks(
  receipts: CellValue[][],
  sales: CellValue[][],
  salesHeader: readonly string[],
  hold = false,
): Promise<EngineResult> {
  const read = readWorkbook(
    await throughXlsx(
      SETTINGS,
      sheet("Receipts", [CREDIT_RECEIPT_HEADER, ...receipts]),
      sheet("Sales", [[...salesHeader], ...sales]),
    ),
  );
  // `hold`: the reading's errors hold back the declarations they reach, as in the add-in
  if (hold) return runEngine(read.ledger, { today: "2025-04-15", findings: read.findings });
  const result = runEngine(read.ledger, { today: "2025-04-15" });
  return { ...result, findings: [...read.findings, ...result.findings] };
}

/** The possible total lines of a run, as "Sheet!Cell reason". */
export const suspects = (r: EngineResult) =>
  r.findings
    .filter((f) => f.code === "possible-totals-row")
    .map((f) => `${f.sheet}!${f.cell} ${(f.details as { reason?: string }).reason ?? ""}`);
