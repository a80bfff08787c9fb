// SD number cells (workbook/sd-number.ts) through a real .xlsx file: a receipt with an SD number
// is sustainable, one without is not (domain.md §2), so a placeholder where the number goes is
// refused at its cell and never read as an SD; every real SD number spelling still reads.
import type { Finding } from "../../../src/engine/result";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { canBeSdNumber } from "../../../src/workbook/sd-number";
import { serial, sheet, throughXlsx } from "../fixtures";

/** What people type where the SD number goes while it is missing or still to come, in several languages. */
const PLACEHOLDERS: CellValue[] = [
  "-",
  "–",
  "/",
  "n/a",
  "N/A",
  "n.a.",
  "none",
  "keine",
  "kein SD",
  "folgt",
  "folgt noch",
  "ausstehend",
  "TBD",
  "tbc",
  "?",
  "??",
  "x",
  "0",
  "000",
  "0-0",
  0,
  "no SD",
  "pending",
  "to follow",
  "à venir",
  "pendiente",
  "in attesa",
  "volgt",
  "brak",
  true,
];

/** SD numbers as they stand on Sustainability Declarations, in the repo's books and docs, or typed as Excel numbers. */
const REAL: [CellValue, string][] = [
  ["SD-2025-0001", "SD-2025-0001"],
  ["ISCC-EU-SD-2025-00012345", "ISCC-EU-SD-2025-00012345"],
  ["EU-ISCC-Cert-DE100-1/SD/42", "EU-ISCC-Cert-DE100-1/SD/42"],
  ["IN-1", "IN-1"],
  ["A1", "A1"],
  ["SD-0", "SD-0"],
  ["A0", "A0"],
  ["PoS 4711", "PoS 4711"],
  ["  SD-0007  ", "SD-0007"],
  ["ＳＤ－２０２５－１", "ＳＤ－２０２５－１"],
  [20250001, "20250001"],
  [10, "10"],
];

const RECEIPTS = ["Date", "Supplier", "SD number", "Product", "Quantity (t)", "Claim", "Country of origin"];
const receipt = (sd: CellValue): CellValue[] => [
  serial("2025-01-08"),
  "Agrar Handel Nord GmbH",
  sd,
  "Rapeseed oil",
  100,
  "EU RED compliant",
  "DE",
];
const DELIVERIES = ["Date", "Customer", "Product", "Quantity (t)", "Sustainable", "SD number", "Linked SDs"];
const delivery = (sd: CellValue, linked: CellValue): CellValue[] => [
  serial("2025-02-10"),
  "BioFuel Raffinerie AG",
  "Rapeseed oil",
  50,
  "yes",
  sd,
  linked,
];

async function read(name: string, rows: CellValue[][]) {
  return readWorkbook(await throughXlsx(sheet(name, rows, { formats: { A2: "yyyy-mm-dd" } })));
}

const at = (findings: Finding[], cell: string) => findings.filter((f) => f.cell === cell);

describe("an incoming SD number cell", () => {
  it.each(PLACEHOLDERS.map((p) => [p]))(
    "refuses %p at its cell: the receipt is read, without an SD, and gives no credit",
    async (placeholder) => {
      const { ledger, findings } = await read("Receipts", [RECEIPTS, receipt(placeholder)]);
      expect(ledger.receipts).toHaveLength(1);
      const row = ledger.receipts[0]!;
      expect(row.sdNumber).toBeUndefined();
      expect(row.unreadable).toEqual(["sdNumber"]);
      expect(at(findings, "C2")).toEqual([
        expect.objectContaining({ code: "invalid-value", severity: "error", sheet: "Receipts" }),
      ]);
      const message = at(findings, "C2")[0]!.message;
      expect(message).toContain("is not an SD number");
      expect(message).toContain(
        "type the SD number as it stands on the supplier's Sustainability Declaration",
      );
      expect(message).toContain("the row gives no sustainable credit");
    },
  );

  it.each(REAL)("reads %p as the SD number %p, with no finding", async (cell, sd) => {
    const { ledger, findings } = await read("Receipts", [RECEIPTS, receipt(cell)]);
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(ledger.receipts[0]!.sdNumber).toBe(sd);
    expect(ledger.receipts[0]!.unreadable).toBeUndefined();
  });

  it("takes a text to be an SD number when it has a digit and is not zeros alone", () => {
    for (const p of PLACEHOLDERS) if (typeof p === "string") expect(canBeSdNumber(p)).toBe(false);
    for (const [cell] of REAL) expect(canBeSdNumber(String(cell))).toBe(true);
  });
});

describe("a delivery's SD number cells", () => {
  it.each([
    ["TBD", "SD-2025-0001", "F2", "type the number of the SD already issued for this delivery"],
    ["SD-2025-0001", "n/a", "G2", "type the numbers of the incoming SDs that back this delivery"],
    ["SD-2025-0001", "IN-1; folgt", "G2", "type the numbers of the incoming SDs that back this delivery"],
  ])(
    "refuses outgoing %p / linked %p at %s: the delivery is not declared until it is corrected",
    async (sd, linked, cell, what) => {
      const { ledger, findings } = await read("Deliveries", [DELIVERIES, delivery(sd, linked)]);
      expect(ledger.deliveries).toHaveLength(1);
      const [refused] = at(findings, cell);
      expect(refused).toMatchObject({ code: "invalid-value", severity: "error" });
      expect(refused!.message).toContain(what);
      expect(refused!.message).toContain("the delivery is not declared as sustainable until it is corrected");
      expect(ledger.deliveries[0]!.unreadable).toEqual([cell === "F2" ? "sdNumber" : "linkedSds"]);
    },
  );

  it("reads real outgoing and linked SD numbers, the list split at its separators", async () => {
    const { ledger, findings } = await read("Deliveries", [
      DELIVERIES,
      delivery("SD-2025-0001", "IN-1; EU-ISCC-SD-2025-7, 4711"),
    ]);
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(ledger.deliveries[0]).toMatchObject({
      sdNumber: "SD-2025-0001",
      linkedSds: ["IN-1", "EU-ISCC-SD-2025-7", "4711"],
    });
  });
});

describe("a combined ledger's SD number cell", () => {
  const LEDGER = [
    "Date",
    "Type",
    "Product",
    "Quantity (t)",
    "Partner",
    "SD number",
    "Claim",
    "Country of origin",
  ];
  it("refuses a placeholder on an in row as no credit, and on an out row as not declared", async () => {
    const { ledger, findings } = await read("Ledger", [
      LEDGER,
      [
        serial("2025-01-08"),
        "in",
        "Rapeseed oil",
        100,
        "Agrar Handel Nord GmbH",
        "folgt",
        "EU RED compliant",
        "DE",
      ],
      [serial("2025-02-10"), "out", "Rapeseed oil", 50, "BioFuel Raffinerie AG", "TBD", null, null],
    ]);
    expect(at(findings, "F2")[0]!.message).toContain("the row gives no sustainable credit");
    expect(at(findings, "F3")[0]!.message).toContain("the delivery is not declared as sustainable");
    expect(ledger.receipts.map((r) => r.sdNumber)).toEqual([undefined]);
    expect(ledger.deliveries.map((r) => r.sdNumber)).toEqual([undefined]);
  });
});
