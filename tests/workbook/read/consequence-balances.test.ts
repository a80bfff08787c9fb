// What a refused value's finding says follows and what the balances show agree (first law): where
// reading leaves out the part of a row the value gives (workbook/left-out.ts part()), the balances
// it feeds are incomplete and its consequence says so; where it does not (a denied claim, a GHG
// component beside its total, a delivery's own SD number), the consequence says no such thing and
// the balance stands complete. One table over the kinds of refusal, through real .xlsx files.
import ExcelJS from "exceljs";
import { runEngine } from "../../../src/engine/index";
import type { EngineResult } from "../../../src/engine/result";
import { readWorkbook } from "../../../src/workbook/read";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";

type Rows = ExcelJS.CellValue[][];
type Sheets = Record<string, Rows>;
const D = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const CERT = "EU-ISCC-Cert-DE100-1";
const RECEIPT = ["Date", "Supplier", "Supplier certificate", "SD number", "Product", "Quantity (t)", "Claim"];
const GHG = ["eec (g CO2eq/MJ)", "GHG total (g CO2eq/MJ)"];

/** A receipt of 100 t of UCO with SD `sd` and claim `claim`, and `more` cells after. */
const receipt = (sd: ExcelJS.CellValue, claim: ExcelJS.CellValue, ...more: ExcelJS.CellValue[]) => [
  D("2025-02-03"),
  "Saipol",
  CERT,
  sd,
  "UCO",
  100,
  claim,
  ...more,
];
/** A sale of 10 t of UCO, so that its account exists where no receipt gives credit. */
const SOLD: Rows = [
  ["Date", "Customer", "Product", "Quantity (t)"],
  [D("2025-03-01"), "Neste", "UCO", 10],
];
/** A receipt that gives credit, so that the account of UCO exists. */
const SOUND = receipt("SD-2025-0009", "EU RED compliant");
const RECEIVED: Sheets = { Receipts: [RECEIPT, SOUND, receipt("SD-2025-0001", "EU RED compliant")] };

async function run(sheets: Sheets): Promise<EngineResult> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  const read = readWorkbook(await (await XlsxWorkbook.fromBuffer(buffer, "Consequence.xlsx")).readSnapshot());
  return runEngine(read.ledger, { findings: read.findings, today: "2025-04-15" });
}

/** [case, the books, the refused cell (sheet!cell), its consequence, the product whose balances it feeds, complete] */
const CASES: [string, Sheets, string, string, string, boolean][] = [
  [
    'a placeholder SD number "TBD" on a receipt',
    { Receipts: [RECEIPT, SOUND, receipt("TBD", "EU RED compliant")] },
    "Receipts!D3",
    "credit-unknown",
    "UCO",
    false,
  ],
  [
    "a blank SD number beside a claim",
    { Receipts: [RECEIPT, SOUND, receipt(null, "EU RED compliant")] },
    "Receipts!D3",
    "credit-unknown",
    "UCO",
    false,
  ],
  [
    'an unreadable claim "EU REDD compliantt" on a receipt with its SD',
    { Receipts: [RECEIPT, SOUND, receipt("SD-2025-0001", "EU REDD compliantt")] },
    "Receipts!G3",
    "credit-unknown",
    "UCO",
    false,
  ],
  [
    "a blank claim on a receipt with its SD",
    { Receipts: [RECEIPT, SOUND, receipt("SD-2025-0001", null)] },
    "Receipts!G3",
    "credit-unknown",
    "UCO",
    false,
  ],
  [
    'an unreadable GHG component "abc" with no total',
    { Receipts: [[...RECEIPT, ...GHG], SOUND, receipt("SD-2025-0001", "EU RED compliant", "abc", null)] },
    "Receipts!H3",
    "credit-unknown",
    "UCO",
    false,
  ],
  [
    'an unreadable GHG component "abc" beside its total',
    { Receipts: [[...RECEIPT, ...GHG], SOUND, receipt("SD-2025-0001", "EU RED compliant", "abc", 12)] },
    "Receipts!H3",
    "ghg-total-used",
    "UCO",
    true,
  ],
  [
    'a delivery\'s sustainable part "maybe"',
    {
      ...RECEIVED,
      Deliveries: [
        ["Date", "Customer", "Product", "Quantity (t)", "Sustainable"],
        [D("2025-03-01"), "Neste", "UCO", 50, "maybe"],
      ],
    },
    "Deliveries!E2",
    "draw-unknown",
    "UCO",
    false,
  ],
  [
    'a delivery\'s claim "EU REDD compliantt"',
    {
      ...RECEIVED,
      Deliveries: [
        ["Date", "Customer", "Product", "Quantity (t)", "Claim"],
        [D("2025-03-01"), "Neste", "UCO", 50, "EU REDD compliantt"],
      ],
    },
    "Deliveries!E2",
    "draw-unknown",
    "UCO",
    false,
  ],
  [
    'a production row\'s sustainable input "abc"',
    {
      ...RECEIVED,
      Production: [
        [
          "Date",
          "Input product",
          "Input quantity (t)",
          "Output product",
          "Output quantity (t)",
          "Sustainable input quantity (t)",
        ],
        [D("2025-02-10"), "UCO", 100, "HVO", 80, "abc"],
      ],
    },
    "Production!F2",
    "input-unknown",
    "UCO",
    false,
  ],
  [
    'a ledger row\'s In "abc"',
    {
      Ledger: [
        ["Date", "Supplier", "SD number", "Product", "In (t)", "Out (t)"],
        [D("2025-02-03"), "Saipol", "SD-2025-0001", "UCO", 100, null],
        [D("2025-02-04"), "Saipol", "SD-2025-0002", "UCO", "abc", 20],
      ],
    },
    "Ledger!E3",
    "in-unknown",
    "UCO",
    false,
  ],
  [
    'a ledger row\'s Out "abc"',
    {
      Ledger: [
        ["Date", "Supplier", "SD number", "Product", "In (t)", "Out (t)"],
        [D("2025-02-03"), "Saipol", "SD-2025-0001", "UCO", 100, null],
        [D("2025-02-04"), "Saipol", null, "UCO", 20, "abc"],
      ],
    },
    "Ledger!F3",
    "out-unknown",
    "UCO",
    false,
  ],
  [
    'a transfer\'s claim "EU REDD compliantt"',
    {
      Receipts: [
        [...RECEIPT, "Site"],
        receipt("SD-2025-0009", "EU RED compliant", "Hamburg"),
        receipt("SD-2025-0010", "EU RED compliant", "Venlo"),
      ],
      Transfers: [
        ["Date", "From site", "To site", "Product", "Quantity (t)", "Claim"],
        [D("2025-02-10"), "Hamburg", "Venlo", "UCO", 40, "EU REDD compliantt"],
      ],
    },
    "Transfers!F2",
    "credit-unknown",
    "UCO",
    false,
  ],
  // --- refusals whose part is not left out: the balances stand complete ---
  [
    'a denied claim "not EU RED compliant" on a receipt with its SD',
    { Receipts: [RECEIPT, SOUND, receipt("SD-2025-0001", "not EU RED compliant")] },
    "Receipts!G3",
    "no-credit",
    "UCO",
    true,
  ],
  [
    'a placeholder "TBD" for a delivery\'s own SD number',
    {
      ...RECEIVED,
      Deliveries: [
        ["Date", "Customer", "Product", "Quantity (t)", "SD number"],
        [D("2025-03-01"), "Neste", "UCO", 50, "TBD"],
      ],
    },
    "Deliveries!E2",
    "not-declared",
    "UCO",
    true,
  ],
  // --- a sheet's column that is not mapped: what the sheet's finding says, and the balances ---
  [
    "receipts with claims and certificates but no SD column",
    {
      Receipts: [
        ["Date", "Supplier", "Supplier certificate", "Product", "Quantity (t)", "Claim"],
        [D("2025-02-03"), "Saipol", CERT, "UCO", 100, "EU RED compliant"],
      ],
      Deliveries: SOLD,
    },
    "Receipts!A1",
    "sds-no-credit",
    "UCO",
    false,
  ],
  [
    "receipts whose claims stand in a column not read as the claim",
    {
      Receipts: [
        ["Date", "Supplier", "Supplier certificate", "SD number", "Product", "Quantity (t)", "Info"],
        SOUND.slice(0, 6),
        [D("2025-02-04"), "Saipol", CERT, "SD-2025-0001", "UCO", 100, "EU RED compliant"],
      ],
      Deliveries: SOLD,
    },
    "Receipts!G1",
    "claims-no-credit",
    "UCO",
    // (p-misc) the claim unknown, the credit unknown: until p-misc the balance stood complete
    false,
  ],
];

describe("a refused value's consequence says what the balances show", () => {
  it.each(CASES)("%s", async (_, sheets, at, consequence, product, complete) => {
    const result = await run(sheets);
    const [sheet, cell] = at.split("!");
    const refused = result.findings.filter(
      (f) => f.sheet === sheet && f.cell === cell && f.severity !== "info",
    );
    expect(refused.map((f) => (f.details as { consequence?: string }).consequence)).toContain(consequence);
    const balances = result.balances.filter((b) => b.product === product);
    expect(balances.length).toBeGreaterThan(0);
    // complete: every account of the product; incomplete: those the row feeds (a transfer: its two sites)
    if (complete) expect(balances.every((b) => b.complete)).toBe(true);
    else expect(balances.some((b) => !b.complete)).toBe(true);
    // the message says the balances are incomplete exactly when they are, and once
    const message = refused.find(
      (f) => (f.details as { consequence?: string }).consequence === consequence,
    )!.message;
    expect(message.match(/incomplete/g)?.length ?? 0).toBe(complete ? 0 : 1);
  });
});
