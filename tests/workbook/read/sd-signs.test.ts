// SD numbers a new user's books lose silently (p-sdno), through real .xlsx files: a blank SD on a
// receipt with every other sign of sustainable material (workbook/blank-sd.ts), an SD cell marked
// cancelled (sd-number.ts), a receipts sheet whose SD column is headed "Nº" or "Beleg-Nr."
// (unmapped-sd.ts). Each is refused where it stands, and the credit it costs makes the balances
// incomplete (Ledger.incomplete), never a shortfall.
import type { Finding } from "../../../src/engine/result";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { cancelledSdNumber, canBeSdNumber } from "../../../src/workbook/sd-number";
import { Grid } from "../../../src/workbook/grid";
import { recognise } from "../../../src/workbook/recognise";
import { namesANumberOnly, unmappedSd } from "../../../src/workbook/unmapped-sd";
import { serial, sheet, throughXlsx } from "../fixtures";

const CERT = "EU-ISCC-Cert-DE100-1";
const at = (findings: Finding[], cell: string) => findings.filter((f) => f.cell === cell);

async function read(name: string, rows: CellValue[][]) {
  return readWorkbook(await throughXlsx(sheet(name, rows, { formats: { A2: "yyyy-mm-dd" } })));
}

describe("a receipt's blank SD number beside signs of sustainable material", () => {
  const HEAD = [
    "Date",
    "Supplier",
    "Supplier certificate",
    "SD number",
    "Product",
    "Quantity (t)",
    "Claim",
    "GHG total",
  ];
  const row = (cert: CellValue, claim: CellValue, ghg: CellValue): CellValue[] => [
    serial("2025-02-20"),
    "Saipol",
    cert,
    null,
    "UCO",
    100,
    claim,
    ghg,
  ];

  it.each([
    [CERT, "EU RED compliant", 10, "a claim, a supplier certificate and GHG values"],
    [null, "EU RED compliant", null, "a claim"],
    [null, "ISCC compliant", null, "a claim"],
    [null, "EU RED konform", null, "a claim"],
    [null, "conforme UE RED", null, "a claim"],
    [CERT, null, null, "a supplier certificate"],
    ["ISCC-PLUS-Cert-NL200-77", null, null, "a supplier certificate"],
    [null, null, 0, "GHG values"],
    [null, null, "14,2", "GHG values"],
    [CERT, null, 33.5, "a supplier certificate and GHG values"],
  ])(
    "certificate %p, claim %p, GHG %p: refused at D2 as missing, no credit, its balance incomplete",
    async (cert, claim, ghg, signs) => {
      const { ledger, findings } = await read("Receipts", [HEAD, row(cert, claim, ghg)]);
      expect(ledger.receipts).toHaveLength(1);
      expect(ledger.receipts[0]!.unreadable).toEqual(["sdNumber"]);
      const [refused] = at(findings, "D2");
      expect(refused).toMatchObject({
        code: "missing-value",
        severity: "error",
        details: { reason: "sd-missing" },
      });
      expect(refused!.message).toContain(`the row has ${signs}`);
      expect(refused!.message).toContain("enter the SD number of the supplier's Sustainability Declaration");
      expect(refused!.message).toContain("if the material is not sustainable, clear");
      expect(ledger.incomplete).toEqual([
        { kinds: ["receipts"], products: ["UCO"], sites: [""], source: { sheet: "Receipts", cell: "D2" } },
      ]);
    },
  );

  it.each([
    [null, null, null],
    [null, "not EU RED compliant", null],
    [null, "nicht nachhaltig", null],
    ["-", null, null],
    ["n/a", "-", null],
  ])(
    "certificate %p, claim %p, GHG %p: no sign, a plain non-sustainable receipt",
    async (cert, claim, ghg) => {
      const { ledger, findings } = await read("Receipts", [HEAD, row(cert, claim, ghg)]);
      expect(ledger.receipts).toHaveLength(1);
      expect(ledger.receipts[0]!.unreadable ?? []).not.toContain("sdNumber");
      expect(
        findings.filter((f) => f.details && "reason" in f.details && f.details.reason === "sd-missing"),
      ).toEqual([]);
      expect(ledger.incomplete ?? []).toEqual([]);
    },
  );

  it("on a combined ledger, refuses an in row's blank SD beside a claim, and leaves an out row's to be numbered", async () => {
    const { ledger, findings } = await read("Ledger", [
      ["Date", "Type", "Product", "Quantity (t)", "Partner", "SD number", "Claim"],
      [serial("2025-01-08"), "in", "Rapeseed oil", 100, "Agrar Handel Nord GmbH", null, "EU RED compliant"],
      [serial("2025-02-10"), "out", "Rapeseed oil", 50, "BioFuel Raffinerie AG", null, "EU RED compliant"],
    ]);
    expect(at(findings, "F2")).toEqual([
      expect.objectContaining({ code: "missing-value", severity: "error" }),
    ]);
    expect(at(findings, "F3")).toEqual([]);
    expect(ledger.receipts[0]!.unreadable).toEqual(["sdNumber"]);
    expect(ledger.deliveries[0]!.unreadable).toBeUndefined();
    expect(ledger.incomplete).toEqual([
      expect.objectContaining({ kinds: ["receipts"], source: { sheet: "Ledger", cell: "F2" } }),
    ]);
  });
});

/** SD number cells marked cancelled, as people type them, and the number each marks. */
const CANCELLED: [string, string][] = [
  ["SD-2025-0001 storniert", "SD-2025-0001"],
  ["SD-2025-0001 (Storno)", "SD-2025-0001"],
  ["Storno SD-2025-0001", "SD-2025-0001"],
  ["SD-2025-0001 cancelled", "SD-2025-0001"],
  ["SD-2025-0001 - CANCELED", "SD-2025-0001"],
  ["VOID SD-2025-0001", "SD-2025-0001"],
  ["SD-2025-0001 voided", "SD-2025-0001"],
  ["SD-2025-0001 annulé", "SD-2025-0001"],
  ["SD-2025-0001 (annulée)", "SD-2025-0001"],
  ["SD-2025-0001 anulado", "SD-2025-0001"],
  ["SD-2025-0001 annullato", "SD-2025-0001"],
  ["SD-2025-0001 geannuleerd", "SD-2025-0001"],
  ["SD-2025-0001 gestorneerd", "SD-2025-0001"],
  ["SD-2025-0001 ungültig", "SD-2025-0001"],
  ["SD-2025-0001 zurückgezogen", "SD-2025-0001"],
  ["SD-2025-0001 withdrawn", "SD-2025-0001"],
  ["SD-2025-0001 ersetzt", "SD-2025-0001"],
  ["storniert: ISCC-EU-SD-2025-00012345", "ISCC-EU-SD-2025-00012345"],
  // umlauts typed plainly, and a document rejected or still a draft (breaker, stop 25)
  ["SD-2025-0001 ungueltig", "SD-2025-0001"],
  ["SD-2025-0001 rejected", "SD-2025-0001"],
  ["SD-2025-0001 abgelehnt", "SD-2025-0001"],
  ["SD-2025-0001 (Entwurf)", "SD-2025-0001"],
  ["SD-2025-0001 draft", "SD-2025-0001"],
  ["DRAFT SD-2025-0001", "SD-2025-0001"],
  ["SD-2025-0001 rechazado", "SD-2025-0001"],
  ["SD-2025-0001 rifiutato", "SD-2025-0001"],
  ["SD-2025-0001 afgekeurd", "SD-2025-0001"],
  ["SD-2025-0001 brouillon", "SD-2025-0001"],
];

/** Real SD numbers and texts that only look like words: none marks a cancellation. */
const NOT_CANCELLED = [
  "SD-2025-0001",
  "ISCC-EU-SD-2025-00012345",
  "EU-ISCC-Cert-DE100-1/SD/42",
  "PoS 4711",
  "DE-B-BLE-BM-20-SD-123",
  "ISCC-PLUS-SD-2025-7",
  "NL-ANN-2025-1",
  "SD 2025/0001 Rev. 2",
  "Nachweis 4711",
];

describe("an SD number cell marked cancelled", () => {
  const RECEIPTS = ["Date", "Supplier", "SD number", "Product", "Quantity (t)", "Claim"];
  const DELIVERIES = [
    "Date",
    "Customer",
    "Product",
    "Quantity (t)",
    "Sustainable",
    "SD number",
    "Linked SDs",
  ];

  it("tells each marked number, and no real number is marked", () => {
    for (const [text, number] of CANCELLED) expect(cancelledSdNumber(text)).toBe(number);
    for (const text of NOT_CANCELLED) {
      expect(cancelledSdNumber(text)).toBeNull();
      expect(canBeSdNumber(text)).toBe(true);
    }
  });

  it.each(CANCELLED)(
    "refuses incoming %p at its cell: no credit, the number stays taken, the balance incomplete",
    async (text, number) => {
      const { ledger, findings } = await read("Receipts", [
        RECEIPTS,
        [serial("2025-01-08"), "Agrar Handel Nord GmbH", text, "Rapeseed oil", 100, "EU RED compliant"],
      ]);
      expect(ledger.receipts[0]!.sdNumber).toBeUndefined();
      expect(ledger.receipts[0]!.unreadable).toEqual(["sdNumber"]);
      const [refused] = at(findings, "C2");
      expect(refused).toMatchObject({
        code: "invalid-value",
        severity: "error",
        details: { reason: "sd-cancelled" },
      });
      expect(refused!.message).toContain(
        `marks the SD ${number} as not valid (cancelled, withdrawn, rejected or a draft)`,
      );
      expect(refused!.message).toContain('write "cancelled" in a Status column');
      expect(ledger.usedSdNumbers).toContain(number);
      expect(ledger.incomplete).toEqual([
        expect.objectContaining({ kinds: ["receipts"], source: { sheet: "Receipts", cell: "C2" } }),
      ]);
    },
  );

  it.each([
    ["SD-2025-0001 storniert", "IN-1", "F2"],
    ["SD-2025-0001", "IN-1; IN-2 (Storno)", "G2"],
  ])(
    "refuses outgoing %p / linked %p at %s: the delivery keeps no such number and is not declared",
    async (sd, linked, cell) => {
      const { ledger, findings } = await read("Deliveries", [
        DELIVERIES,
        [serial("2025-02-10"), "BioFuel Raffinerie AG", "Rapeseed oil", 50, "yes", sd, linked],
      ]);
      const [refused] = at(findings, cell);
      expect(refused).toMatchObject({
        code: "invalid-value",
        severity: "error",
        details: { reason: "sd-cancelled" },
      });
      expect(refused!.message).toContain("the delivery is not declared as sustainable until it is corrected");
      expect(ledger.deliveries[0]!.unreadable).toEqual([cell === "F2" ? "sdNumber" : "linkedSds"]);
      if (cell === "F2") {
        expect(ledger.deliveries[0]!.sdNumber).toBeUndefined();
        expect(ledger.usedSdNumbers).toContain("SD-2025-0001");
      }
      // a delivery is a debit: a refused number of its own costs no credit
      expect(ledger.incomplete ?? []).toEqual([]);
    },
  );
});

describe("a receipts sheet whose SD column is headed for a number alone", () => {
  /** Headings of the SD column a new user's books had, none of which is guessed to be the SD. */
  const GENERIC = [
    "Nº",
    "No.",
    "Nr.",
    "N°",
    "Beleg-Nr.",
    "Belegnummer",
    "Ref.",
    "Reference",
    "Document no.",
    "Numéro",
  ];
  const head = (sd: string, extra: string[] = ["Claim", "Supplier certificate"]) => [
    "Date",
    "Supplier",
    sd,
    "Product",
    "Quantity (t)",
    ...extra,
  ];
  const row = (extra: CellValue[] = ["EU RED compliant", CERT]): CellValue[] => [
    serial("2025-02-20"),
    "Saipol",
    "SD-2025-77",
    "UCO",
    100,
    ...extra,
  ];

  it.each(GENERIC)(
    "%p with a claim and certificate: an error at its heading, no credit, incomplete",
    async (h) => {
      expect(namesANumberOnly(h)).toBe(true);
      const { ledger, findings, sheets } = await read("Receipts", [head(h), row(), row()]);
      expect(sheets[0]!.columns.sdNumber).toBeUndefined();
      const [said] = at(findings, "C1");
      expect(said).toMatchObject({
        code: "mapping-uncertain",
        severity: "error",
        details: { reason: "sd-column-missing", value: `"${h}"` },
      });
      expect(said!.message).toContain(`the column headed "${h}" may hold them`);
      expect(said!.message).toContain('head the column of the SD numbers "SD number"');
      expect(ledger.receipts.map((r) => r.unreadable)).toEqual([["sdNumber"], ["sdNumber"]]);
      // the sheet has no Site column: the products typed on it, at any site
      expect(ledger.incomplete).toEqual([
        { kinds: ["receipts"], products: ["UCO"], source: { sheet: "Receipts", cell: "C1" } },
      ]);
    },
  );

  it.each(["Invoice #", "Lieferschein-Nr.", "N° PoD", "Delivery note no."])(
    "%p names a document of its own: the error stands at the header's first column and names no column",
    async (h) => {
      expect(namesANumberOnly(h)).toBe(false);
      const { findings } = await read("Receipts", [head(h), row()]);
      const [said] = findings.filter((f) => f.code === "mapping-uncertain");
      expect(said).toMatchObject({ cell: "A1", severity: "error", details: { value: "" } });
      expect(said!.message).toContain("add the column if there is none");
    },
  );

  it("with GHG values alone, or a yes in a Sustainable column, the same", async () => {
    for (const [extra, cells] of [
      [["GHG total"], [12.5]],
      [["Sustainable?"], ["yes"]],
    ] as const) {
      const { findings } = await read("Receipts", [head("Nr.", [...extra]), row([...cells])]);
      expect(at(findings, "C1")).toEqual([
        expect.objectContaining({ code: "mapping-uncertain", severity: "error" }),
      ]);
    }
  });

  it("says nothing where no row shows a sign: a sheet of conventional material needs no SD", async () => {
    const { ledger, findings } = await read("Receipts", [
      head("Nr.", ["Claim", "Supplier certificate"]),
      row([null, "-"]),
    ]);
    expect(findings.filter((f) => f.code === "mapping-uncertain")).toEqual([]);
    expect(ledger.receipts[0]!.unreadable).toBeUndefined();
    expect(ledger.incomplete ?? []).toEqual([]);
  });

  it("says nothing where the user unmapped the SD number on the sheet: it has none", async () => {
    const snapshot = await throughXlsx(sheet("Receipts", [head("Nr."), row()]));
    const grid = new Grid(snapshot.sheets[0]!);
    const rec = recognise(grid);
    expect(unmappedSd(grid, rec)).not.toBeNull();
    expect(unmappedSd(grid, rec, [{ sheet: "Receipts", field: "sdNumber", column: "" }])).toBeNull();
    expect(unmappedSd(grid, rec, [{ sheet: "Other", field: "sdNumber", column: "" }])).not.toBeNull();
  });
});
