// A storage column ("Lagerort", "Storage location") on a sheet with no Site column, through a real
// .xlsx: where it names different places by name they may be sites whose balances would be booked
// into one account, so it is an error at its heading; tank numbers of one site are not.
import ExcelJS from "exceljs";
import type { Finding } from "../../../src/engine/result";
import { readWorkbook } from "../../../src/workbook/read";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { DATE_HEADER } from "./date-rows";

async function read(heading: string, places: [string, string]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Receipts");
  ws.addRow([...DATE_HEADER, heading]);
  places.forEach((place, i) => {
    ws.addRow([
      new Date(Date.UTC(2025, 0, 8 + i)),
      "Agrar Handel Nord GmbH",
      `A${i}`,
      "Rapeseed oil",
      50,
      "EU RED compliant",
      "DE",
      place,
    ]);
    ws.getCell(i + 2, 1).numFmt = "dd.mm.yyyy";
  });
  const file = await XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()), "Sites.xlsx");
  return readWorkbook(await file.readSnapshot());
}

const STORAGE_HEADINGS = [
  "Lagerort",
  "Lager",
  "Standort Lager",
  "Storage location",
  "Opslaglocatie",
  "Lieu de stockage",
];

describe("a storage column naming two places beside no Site column", () => {
  it.each(STORAGE_HEADINGS)("refuses %p holding Hamburg and Rotterdam at its heading", async (heading) => {
    const { findings, sheets, ledger } = await read(heading, ["Hamburg", "Rotterdam"]);
    expect(sheets[0]?.columns.site).toBeUndefined();
    expect(
      findings.map((f) => `${f.severity} ${f.code} ${f.cell} ${(f.details as { reason?: string }).reason}`),
    ).toEqual(["error mapping-uncertain H1 storage-places"]);
    // still booked into one account, but its balances are incomplete: nothing is declared from them
    expect(ledger.receipts).toHaveLength(2);
    expect(ledger.incomplete).toEqual([
      { kinds: ["receipts"], products: ["Rapeseed oil"], source: { sheet: "Receipts", cell: "H1" } },
    ]);
    expect(findings[0]?.message).toContain("no Sustainability Declaration is issued");
  });

  it.each(STORAGE_HEADINGS)("says nothing of %p holding tank numbers of one site", async (heading) => {
    const { findings, ledger } = await read(heading, ["Tank 4", "T7"]);
    expect(findings).toEqual([]);
    expect(ledger.receipts).toHaveLength(2);
    expect(ledger.incomplete ?? []).toEqual([]);
  });
});

describe("a site heading", () => {
  it.each(["Location", "Plant", "Werk", "Standort", "Ubicación", "Locatie", "Site"])(
    "reads %p as the Site, one account per place",
    async (heading) => {
      const { findings, sheets, ledger } = await read(heading, ["Hamburg", "Rotterdam"]);
      expect(sheets[0]?.columns.site).toBe("H");
      expect(ledger.receipts.map((r) => r.site)).toEqual(["Hamburg", "Rotterdam"]);
      expect(findings).toEqual([]);
    },
  );
});

// --- storage places across sheets (p-rows4) ---
// Receipts, deliveries and production each name one place in their storage column, with no Site
// column anywhere: where the places differ by name, every sheet's rows are booked into one account
// that may merge two sites' stock, so each such heading says so and its balances are incomplete.
async function readThree(headings: [string, string, string], places: [string, string, string]) {
  const wb = new ExcelJS.Workbook();
  const date = (d: number) => new Date(Date.UTC(2025, 0, d));
  const sheets: [string, unknown[], unknown[]][] = [
    [
      "Receipts",
      ["Date", "Supplier", "SD number", "Product", "Quantity (t)", "Claim", "Country of origin"],
      [date(8), "Agrar Handel Nord GmbH", "A1", "Rapeseed", 100, "EU RED compliant", "DE"],
    ],
    [
      "Deliveries",
      ["Date", "Customer", "Product", "Quantity (t)", "Sustainable"],
      [date(20), "Biodiesel Werk GmbH", "Rapeseed oil", 30, "yes"],
    ],
    [
      "Production",
      ["Date", "Input product", "Input quantity (t)", "Output product", "Output quantity (t)"],
      [date(10), "Rapeseed", 100, "Rapeseed oil", 42],
    ],
  ];
  sheets.forEach(([name, header, row], i) => {
    const ws = wb.addWorksheet(name);
    ws.addRow([...header, headings[i]]);
    ws.addRow([...row, places[i]]);
    ws.getCell(2, 1).numFmt = "dd.mm.yyyy";
  });
  const file = await XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()), "Sites.xlsx");
  return readWorkbook(await file.readSnapshot());
}

const said = (findings: readonly Finding[]) =>
  findings.map((f) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`);

describe("storage columns naming one place each, different across sheets, beside no Site column", () => {
  const HEADINGS: [string, string, string][] = [
    ["Lagerort", "Lagerort", "Lager"],
    ["Storage location", "Lagerort", "Opslaglocatie"],
    ["Lieu de stockage", "Storage location", "Lagerort"],
    ["Opslaglocatie", "Lieu de stockage", "Storage location"],
  ];

  it.each(HEADINGS)("refuses %p / %p / %p holding Hamburg, Duisburg, Hamburg", async (...h) => {
    const { findings, ledger } = await readThree(h, ["Hamburg", "Duisburg", "hamburg "]);
    expect(said(findings)).toEqual([
      "error mapping-uncertain Receipts!H1",
      "error mapping-uncertain Deliveries!F1",
      "error mapping-uncertain Production!F1",
    ]);
    expect(findings.map((f) => (f.details as { reason?: string }).reason)).toEqual([
      "storage-places",
      "storage-places",
      "storage-places",
    ]);
    expect(findings[0]?.message).toContain(
      `"Hamburg" here and "Duisburg" in "${h[1]}" on sheet "Deliveries"`,
    );
    expect(findings[1]?.message).toContain(`"Duisburg" here and "Hamburg" in "${h[0]}" on sheet "Receipts"`);
    expect(findings[0]?.message).toContain("no Sustainability Declaration is issued");
    // still booked, but every balance these rows feed is incomplete
    expect(ledger.receipts).toHaveLength(1);
    expect(ledger.deliveries).toHaveLength(1);
    expect(ledger.incomplete?.map((i) => `${i.source?.sheet}!${i.source?.cell} ${i.kinds.join()}`)).toEqual([
      "Receipts!H1 receipts",
      "Deliveries!F1 deliveries",
      "Production!F1 production",
    ]);
  });

  it.each(HEADINGS)("says nothing of %p / %p / %p naming one place, or tanks", async (...h) => {
    for (const places of [
      ["Hamburg", "HAMBURG", "Hamburg"],
      ["Tank 4", "T7", "Silo B"],
      ["Hamburg", "Tank 4", ""],
    ] as [string, string, string][]) {
      const { findings, ledger } = await readThree(h, places);
      expect(said(findings)).toEqual([]);
      expect(ledger.incomplete ?? []).toEqual([]);
    }
  });

  it("says nothing where a Site column keeps the accounts on the other sheet", async () => {
    const { findings } = await readThree(["Lagerort", "Site", "Lager"], ["Hamburg", "Duisburg", "Hamburg"]);
    expect(said(findings)).toEqual([]);
  });
});
// --- end storage places across sheets
