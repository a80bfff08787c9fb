// (brk26 S1) A receipt or delivery row of a negative quantity marked cancelled ("Storno") is the
// reversal of another line, not a cancelled line. Before, its cancel word dropped it (info
// row-cancelled) while the line it reverses stayed booked: +100, −100 "Storno", +100 "Neubuchung"
// credited 200 t for 100 and an SD was issued on it. Now the cancel word does not drop it: the row
// is read on and its negative quantity refused at its cell (an error; the balances it feeds
// incomplete, so no SD is issued on the unreversed credit). A positive row marked cancelled is
// still left out as before (src/workbook/reversal-row.ts, row-state.ts). Real .xlsx files by exceljs.
// Expectation changed (h-postcode): the reversal's quantity is refused in its own words ("row 3
// reverses another line (-100 t, marked "Storno")"), not the generic "must be greater than zero".
import ExcelJS from "exceljs";
import { runEngine } from "../../../src/engine/index";
import type { Finding } from "../../../src/engine/result";
import { readWorkbook } from "../../../src/workbook/read";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";

const day = (d: number) => new Date(Date.UTC(2025, 0, d));

/** Cancel words in a remark, by language (de, en, fr, it, es, nl, pl). */
const CANCEL_WORDS = [
  "Storno",
  "storniert",
  "Stornierung",
  "cancelled",
  "canceled",
  "annulé",
  "annullato",
  "anulado",
  "geannuleerd",
  "anulowano",
];

/** Negative quantities as typed: numbers, text with a minus sign or a Unicode minus. */
const NEGATIVES: (number | string)[] = [-100, "-100", "\u2212100", "- 100"];

/** Reads a sheet `kind` of rows: +100, then `quantity` remarked `remark`, then +100 remarked "Neubuchung". */
async function read(kind: "Receipts" | "Deliveries", quantity: number | string, remark: string) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(kind);
  const party = kind === "Receipts" ? "Supplier" : "Customer";
  ws.addRow(["Date", "Product", "Quantity (t)", party, "SD number", "Remark"]);
  ws.addRow([day(10), "UCO", 100, "Alpha GmbH", "S-1", ""]);
  ws.addRow([day(11), "UCO", quantity, "Alpha GmbH", "S-1", remark]);
  ws.addRow([day(12), "UCO", 100, "Alpha GmbH", "S-1b", "Neubuchung"]);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  const snapshot = await (await XlsxWorkbook.fromBuffer(buffer, "Books.xlsx")).readSnapshot();
  const read = readWorkbook(snapshot);
  return runEngine(read.ledger, { findings: read.findings, today: "2025-04-15" });
}

/** The findings at row 3 as "severity code cell". */
const atRow3 = (findings: Finding[]) =>
  findings.filter((f) => /^[A-Z]+3$/.test(f.cell ?? "")).map((f) => `${f.severity} ${f.code} ${f.cell}`);

describe("a negative row marked cancelled is a reversal, refused at its quantity, never dropped", () => {
  for (const kind of ["Receipts", "Deliveries"] as const)
    for (const remark of CANCEL_WORDS)
      for (const quantity of NEGATIVES)
        it(`${kind}: ${JSON.stringify(quantity)} remarked "${remark}"`, async () => {
          const { findings, balances } = await read(kind, quantity, remark);
          const row3 = atRow3(findings);
          expect(balances.length).toBeGreaterThan(0);
          expect(balances.every((b) => !b.complete)).toBe(true);
          expect(row3.some((f) => f.includes("row-cancelled"))).toBe(false);
          expect(row3.filter((f) => f.startsWith("error ") && f.endsWith(" C3")).length).toBeGreaterThan(0);
          // its own wording, not "must be greater than zero" (catalogue reason "reversal")
          const said = findings.find((f) => f.cell === "C3" && f.code === "invalid-number");
          expect(said?.message).toContain(
            `row 3 reverses another line (${quantity === "- 100" ? "- 100" : "-100"} t, marked "${remark}")`,
          );
          expect(said?.message).toContain(
            "mark the line it reverses as cancelled and delete this row, or net them",
          );
          expect(findings.some((f) => f.cell === "C3" && /greater than zero/.test(f.message))).toBe(false);
        });
});

describe("must not change: a positive row marked cancelled is still left out (info at its remark)", () => {
  for (const kind of ["Receipts", "Deliveries"] as const)
    for (const remark of CANCEL_WORDS)
      it(`${kind}: 100 remarked "${remark}"`, async () => {
        const { findings } = await read(kind, 100, remark);
        expect(atRow3(findings).filter((f) => f.includes("row-cancelled"))).toEqual([
          "info row-cancelled F3",
        ]);
        expect(atRow3(findings).filter((f) => f.startsWith("error "))).toEqual([]);
      });
});
