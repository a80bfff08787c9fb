// A book of receipts of 100 t each with a Claim column, built by exceljs as a real .xlsx, read and
// run through the engine: the credit each row gave and the findings at its cells (claim tests).
import ExcelJS from "exceljs";
import { runEngine } from "../../../src/engine/index";
import type { EngineResult, Finding } from "../../../src/engine/result";
import { readWorkbook } from "../../../src/workbook/read";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";

export type Scheme = "ISCC EU" | "ISCC PLUS";
/** The receipts heading, Claim in column G and Annex IX part in H. */
export const HEAD = [
  "Date",
  "Supplier",
  "SD number",
  "Product",
  "Quantity (t)",
  "Raw material",
  "Claim",
  "Annex IX part",
  "GHG total",
];

/** Receipts of 100 t each under `scheme`, one product per row so that each row's credit shows on its own. */
export async function book(
  scheme: Scheme,
  rows: { claim?: string | null; annex?: string | null; sd?: string | null }[],
  head = HEAD,
) {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Settings").addRows([
    ["Company name", "Acme Oils GmbH"],
    ["Scheme", scheme],
  ]);
  const ws = wb.addWorksheet("Receipts");
  ws.addRow(head);
  rows.forEach((r, i) => {
    const row = [
      new Date(Date.UTC(2025, 0, 5)),
      "Good AG",
      r.sd === undefined ? `S-${i + 1}` : r.sd,
      `P${i + 2}`,
      100,
      "UCO",
      r.claim ?? null,
      r.annex === undefined ? "B" : r.annex,
      20,
    ];
    ws.addRow(head.length === HEAD.length ? row : row.filter((_, c) => c !== 6));
  });
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  const snapshot = await (await XlsxWorkbook.fromBuffer(buffer, "Claims.xlsx")).readSnapshot();
  const read = readWorkbook(snapshot);
  // the reading findings go with the ledger, as the app passes them (they hold back what the
  // ledger's incomplete input would feed)
  const result: EngineResult = runEngine(read.ledger, { findings: read.findings });
  // the engine returns the reading findings with its own
  const findings: Finding[] = result.findings;
  /** The credit row `row` (1-based, after the header) gave, and the findings at its cell of `col`. */
  return (row: number, col = "G") => ({
    received: result.balances
      .filter((b) => b.product === `P${row + 1}`)
      .reduce((s, b) => s + Number(b.received), 0),
    at: findings.filter((f) => f.sheet === "Receipts" && f.cell === `${col}${row + 1}`),
  });
}
