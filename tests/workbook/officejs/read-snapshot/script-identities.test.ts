// Office.js gives a rich-text cell's runs joined as plain text: "SD-123" + a raised footnote "1"
// reads "SD-1231", another SD, where the xlsx path reads "SD-123¹" and refuses it as a number in
// doubt. The adapter names cells raised or lowered in part (scriptCells); the reader refuses such a
// cell in a column whose value names a record (an SD number, linked SDs, a supplier certificate, a
// register's certificate number) at its cell, and the receipt's credit is unknown, not that of
// another SD. A name with a lowered 2 ("CO2 Recycling Ltd") still reads as its text. Through the
// fake Excel, which keeps mixed runs as Excel does.
import { runEngine } from "../../../../src/engine/index";
import { createFakeExcel } from "../../../../src/demo/fake-excel";
import { OfficeJsWorkbook } from "../../../../src/workbook/officejs/officejs-workbook";
import type { CellValue } from "../../../../src/workbook/port";
import { readWorkbook } from "../../../../src/workbook/read";

const CERT = "EU-ISCC-Cert-DE100-1";
const HEAD = ["Date", "Supplier", "Supplier certificate", "SD number", "Product", "Quantity (t)", "Claim"];
const REGISTER = ["Certificate no.", "Holder", "Valid from", "Valid until", "Status"];
// 2025-02-20 and the register's term, as Excel's serial days
const [DAY, FROM, UNTIL] = [45708, 45292, 46022];

// a sale of 100 t, so that the account is there to show whether it is complete
const SALES: CellValue[][] = [
  ["Date", "Customer", "Product", "Quantity (t)", "Sustainable", "Claim"],
  [45717, "Nordic Fuels Oy", "UCO", 100, "yes", "EU RED compliant"],
];

type Script = "superscript" | "subscript";

/** A receipt of 100 t of UCO that gives credit, then one of 20 t with `cells`; `mixed`: its cells raised or lowered in part, `register` the register's number. */
async function book(
  cells: { supplier?: string; cert?: string; sd?: string; register?: string },
  mixed: Record<string, Script>,
) {
  const receipt = (supplier: string, cert: string, sd: string, qty: number): CellValue[] => [
    DAY,
    supplier,
    cert,
    sd,
    "UCO",
    qty,
    "EU RED compliant",
  ];
  const receipts: CellValue[][] = [
    HEAD,
    receipt("Saipol", CERT, "SD-100", 100),
    receipt(cells.supplier ?? "Saipol", cells.cert ?? CERT, cells.sd ?? "SD-123", 20),
  ];
  // the register holds another supplier's certificate too: it is kept whatever becomes of this row
  const register: CellValue[][] = [
    REGISTER,
    [cells.register ?? CERT, "Saipol", FROM, UNTIL, "valid"],
    ["EU-ISCC-Cert-DE200-9", "Oleon", FROM, UNTIL, "valid"],
    ["EU-ISCC-Cert-DE300-2", "CO2 Recycling Ltd", FROM, UNTIL, "valid"],
  ];
  const dates = (rows: CellValue[][], cols: number[]) =>
    rows.map((row, r) => row.map((_, c) => (r > 0 && cols.includes(c) ? "dd.mm.yyyy" : "General")));
  const fake = createFakeExcel({
    sheets: [
      {
        name: "Receipts",
        visibility: "visible",
        values: receipts,
        formats: dates(receipts, [0]),
        mixedScript: Object.fromEntries(Object.entries(mixed).filter(([k]) => k !== "register")),
      },
      { name: "Deliveries", visibility: "visible", values: SALES, formats: dates(SALES, [0]) },
      {
        name: "Certificates",
        visibility: "visible",
        values: register,
        formats: dates(register, [2, 3]),
        mixedScript: mixed.register ? { A2: mixed.register } : {},
      },
    ],
  });
  const snapshot = await new OfficeJsWorkbook({
    run: fake.run,
    requirements: fake.requirements,
  }).readSnapshot();
  const read = readWorkbook(snapshot);
  const result = runEngine(read.ledger, { findings: read.findings, today: "2025-04-15" });
  const refused = result.findings
    .filter((f) => f.severity === "error" && (f.details as { reason?: string }).reason === "footnote")
    .map((f) => `${f.sheet}!${f.cell} ${f.code}`);
  const uco = result.balances.filter((b) => b.product === "UCO");
  return { read, refused, result, complete: uco.length > 0 && uco.every((b) => b.complete), uco };
}

const credit = (r: Awaited<ReturnType<typeof book>>) => r.uco.reduce((n, b) => n + Number(b.received), 0);

describe("Office.js: an SD or certificate number with a mark raised or lowered in part", () => {
  it.each<[string, Parameters<typeof book>[0], Record<string, Script>, string]>([
    ["SD-123 + raised 1, read as SD-1231", { sd: "SD-1231" }, { D3: "superscript" }, "Receipts!D3"],
    ["SD-123 + lowered 2, read as SD-1232", { sd: "SD-1232" }, { D3: "subscript" }, "Receipts!D3"],
    ["a supplier certificate + raised 2", { cert: `${CERT}2` }, { C3: "superscript" }, "Receipts!C3"],
    [
      "a register's certificate number + raised 2",
      { register: `${CERT}2` },
      { register: "superscript" },
      "Certificates!A2",
    ],
  ])("refuses %s at its cell: the credit is unknown, not another SD's", async (_, cells, mixed, at) => {
    const r = await book(cells, mixed);
    expect(r.refused).toEqual([`${at} invalid-value`]);
    const refusal = r.result.findings.find((f) => `${f.sheet}!${f.cell}` === at);
    expect(refusal?.message).toContain("raised or lowered");
    expect(refusal?.message).not.toMatch(/ignored/);
    expect(credit(r)).toBeLessThan(120);
    expect(r.complete).toBe(false);
    // the credit is unknown, not none: a shortfall is no non-conformity
    expect(r.result.findings.filter((f) => f.code === "negative-balance")).toEqual([]);
  });

  it.each<[string, Parameters<typeof book>[0], Record<string, Script>]>([
    [
      "a supplier's name with a lowered 2 (CO2 Recycling Ltd)",
      { supplier: "CO2 Recycling Ltd", cert: "EU-ISCC-Cert-DE300-2" },
      { B3: "subscript" },
    ],
    ["an SD number typed SD-1231, nothing raised", { sd: "SD-1231" }, {}],
  ])("reads %s as its text, credited", async (_, cells, mixed) => {
    const r = await book(cells, mixed);
    expect(r.refused).toEqual([]);
    expect(credit(r)).toBe(120);
    expect(r.complete).toBe(true);
  });
});
