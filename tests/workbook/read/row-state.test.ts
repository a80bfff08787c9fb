// Rows and sheets a keeper marked as not really there, through real .xlsx files built by exceljs
// (row.hidden, worksheet.state, cell.font.strike) and through the Office.js adapter over the fake
// Excel (format.rowHidden, format.font.strikethrough): a cancelled line is not booked and said; a
// status that only speaks of a cancellation is booked and said; a struck-through line is refused;
// a hidden row or sheet is booked and said. No number changes without a finding.
import ExcelJS from "exceljs";
import { createFakeExcel, type FakeRequestContext } from "../../../src/demo/fake-excel";
import type { Finding } from "../../../src/engine/result";
import { OfficeJsWorkbook } from "../../../src/workbook/officejs/officejs-workbook";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { statusOf } from "../../../src/workbook/status-read";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";

const HEADER = ["Date", "Product", "Quantity (t)", "Supplier", "SD number"];
const day = (d: number) => new Date(Date.UTC(2025, 0, d));
const receipt = (d: number, qty: number): CellValue[] => [
  null,
  "UCO",
  qty,
  `Supplier ${d}`,
  `SD-25-${String(d).padStart(3, "0")}`,
];

interface SheetBuild {
  name: string;
  header: string[];
  rows: CellValue[][];
  state?: "hidden" | "veryHidden";
  edit?: (ws: ExcelJS.Worksheet) => void;
}

/** A real .xlsx written by exceljs (dates as dates), read back by the xlsx adapter and the reader. */
async function readBook(...sheets: SheetBuild[]) {
  const wb = new ExcelJS.Workbook();
  // a workbook always keeps one visible sheet
  if (sheets.every((s) => s.state)) wb.addWorksheet("Notes").getCell("A1").value = "notes";
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, s.state ? { state: s.state } : undefined);
    ws.addRow(s.header);
    s.rows.forEach((row, i) => ws.addRow([day(i + 2), ...row.slice(1)]));
    s.edit?.(ws);
  }
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  const snapshot = await (await XlsxWorkbook.fromBuffer(buffer, "Books.xlsx")).readSnapshot();
  return readWorkbook(snapshot);
}

const said = (findings: Finding[]) => findings.map((f) => [f.severity, f.code, `${f.sheet}!${f.cell}`]);

describe("a line cancelled in its status column", () => {
  // real spellings, as keepers write them, under headings in several languages
  const CANCELLED: [string, string][] = [
    ["Status", "cancelled"],
    ["Status", "Canceled"],
    ["Status", "CANCELLED"],
    ["Status", "void"],
    ["Status", "VOID"],
    ["Status", "reversed"],
    ["Status", "deleted"],
    ["Status", "storniert"],
    ["Status", "Storno"],
    ["Buchungsstatus", "Storniert"],
    ["Status", "entfällt"],
    ["Bemerkung", "gelöscht"],
    ["Statut", "annulé"],
    ["Statut", "Annulée"],
    ["Estado", "anulado"],
    ["Estado", "Cancelada"],
    ["Stato", "annullato"],
    ["Opmerking", "geannuleerd"],
    ["Uwagi", "anulowany"],
    ["Remarks", "Cancelled."],
    ["Status", " storniert "],
  ];

  it.each(CANCELLED)('under "%s", "%s" is not booked and said at its status cell', async (heading, word) => {
    const { ledger, findings } = await readBook({
      name: "Receipts",
      header: [...HEADER, heading],
      rows: [
        [...receipt(1, 100), "ok"],
        [...receipt(2, 50), word],
        [...receipt(3, 30), null],
      ],
    });
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(["100", "30"]);
    expect(said(findings)).toEqual([["info", "row-cancelled", "Receipts!F3"]]);
    expect(findings[0]!.details).toMatchObject({ label: heading, value: word, read: "3" });
    // its SD number stays taken: a number issued later never collides with it
    expect(ledger.usedSdNumbers).toContain("SD-25-002");
  });

  it("is not booked on a deliveries sheet either", async () => {
    const { ledger, findings } = await readBook(
      { name: "Receipts", header: HEADER, rows: [receipt(1, 100)] },
      {
        name: "Sales",
        header: ["Date", "Product", "Quantity (t)", "Customer", "Status"],
        rows: [
          [null, "UCO", 40, "Raffinerie Nord AG", "storniert"],
          [null, "UCO", 20, "Raffinerie Nord AG", "geliefert"],
        ],
      },
    );
    expect(ledger.deliveries.map((d) => d.quantity)).toEqual(["20"]);
    expect(said(findings)).toEqual([["info", "row-cancelled", "Sales!E2"]]);
  });

  it("books a status that only speaks of a cancellation, and says so", async () => {
    // (p-misc) "teilstorniert" left: part of a line cancelled is refused (status-partial.test.ts)
    // (brk25 §5b) "cancelled - reissued as SD-25-009" left: the row perhaps void, refused
    // (status-void-unclear.test.ts)
    const mentions = ["nicht storniert", "cancellation fee", "Storno-Rechnung folgt"];
    const { ledger, findings } = await readBook({
      name: "Receipts",
      header: [...HEADER, "Status"],
      rows: mentions.map((m, i) => [...receipt(i + 1, 10), m]),
    });
    expect(ledger.receipts).toHaveLength(mentions.length);
    expect(said(findings)).toEqual(
      mentions.map((_, i) => ["warning", "row-cancelled", `Receipts!F${i + 2}`]),
    );
    expect(findings.every((f) => f.details && "partial" in f.details && f.details.partial)).toBe(true);
  });

  it("books and says nothing of statuses and remarks that cancel nothing", async () => {
    const others = [
      "ok",
      "geliefert",
      "delivered",
      "Reverse charge",
      "to avoid demurrage",
      "annual contract",
    ];
    const { ledger, findings } = await readBook({
      name: "Receipts",
      header: [...HEADER, "Remarks"],
      rows: others.map((m, i) => [...receipt(i + 1, 10), m]),
    });
    expect(ledger.receipts).toHaveLength(others.length);
    expect(findings).toEqual([]);
  });

  it("tells a whole cancellation from a word that only mentions one", () => {
    // the vocabulary itself: whole words cancel, words inside a remark only mention
    expect(["storniert", "Void", "annulé!"].map(statusOf)).toEqual(["cancelled", "cancelled", "cancelled"]);
    expect(["Storno-Rechnung folgt", "nicht storniert"].map(statusOf)).toEqual(["mentions", "mentions"]);
    // (brk25 §5b) cancelled and done again: the row perhaps void, its quantity booked elsewhere (until brk25 "mentions")
    expect(["voided, reissued", "cancelled - reissued as SD-25-009"].map(statusOf)).toEqual([
      "void-unclear",
      "void-unclear",
    ]);
    // (p-credit) a reversal invoice is a document of no movement: refused (until p-credit "mentions")
    expect(statusOf("Storno-Rechnung")).toBe("credit");
    // (p-misc) part of a line cancelled: how much stands is unknown (until p-misc "mentions")
    expect(["Teilstorno", "voided in part"].map(statusOf)).toEqual(["part-cancelled", "part-cancelled"]);
    // (p-status4) nor do words that only look like one: a few words of no status are "unknown"
    // (refused under a status heading, free text under a remark heading), a blank says nothing
    expect(["avoid", "annual", "", "Reverse charge"].map(statusOf)).toEqual([
      "unknown",
      "unknown",
      null,
      "unknown",
    ]);
  });
});

describe("a struck-through line", () => {
  const strike = (row: number, cols: number[]) => (ws: ExcelJS.Worksheet) => {
    for (const c of cols) ws.getCell(row, c).font = { strike: true };
  };

  it.each([
    ["every cell", [1, 2, 3, 4, 5]],
    ["its quantity only", [3]],
    ["its supplier only", [4]],
  ])("is refused at its first cell when %s is struck through", async (_what, cols) => {
    const { ledger, findings } = await readBook({
      name: "Receipts",
      header: HEADER,
      rows: [receipt(1, 100), receipt(2, 50), receipt(3, 30)],
      edit: strike(3, cols),
    });
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(["100", "30"]);
    expect(said(findings)).toEqual([["error", "row-struck", "Receipts!A3"]]);
    expect(ledger.usedSdNumbers).toContain("SD-25-002");
  });

  it.each([
    ["a struck figure before its correction", [{ text: "400", font: { strike: true } }, { text: " 380" }]],
    ["a struck figure alone", [{ text: "380", font: { strike: true } }]],
    ["a struck figure after the kept one", [{ text: "380 " }, { text: "400", font: { strike: true } }]],
  ])("is refused when its quantity holds %s in rich text, never read as one number", async (_what, runs) => {
    const { ledger, findings } = await readBook({
      name: "Receipts",
      header: HEADER,
      rows: [receipt(1, 100), receipt(2, 50)],
      edit: (ws) => {
        ws.getCell(3, 3).value = { richText: runs } as ExcelJS.CellRichTextValue;
      },
    });
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(["100"]);
    expect(said(findings)).toEqual([["error", "row-struck", "Receipts!A3"]]);
  });

  it("is said once, as cancelled, when its status cancels it too", async () => {
    const { ledger, findings } = await readBook({
      name: "Receipts",
      header: [...HEADER, "Status"],
      rows: [
        [...receipt(1, 100), null],
        [...receipt(2, 50), "Storno"],
      ],
      edit: strike(3, [1, 2, 3, 4, 5, 6]),
    });
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(["100"]);
    expect(said(findings)).toEqual([["info", "row-cancelled", "Receipts!F3"]]);
  });
});

describe("hidden rows and sheets are booked, and said", () => {
  it("books hidden rows and warns once per run of them", async () => {
    const { ledger, findings } = await readBook({
      name: "Receipts",
      header: HEADER,
      rows: [receipt(1, 100), receipt(2, 50), receipt(3, 30), receipt(4, 20), receipt(5, 10)],
      edit: (ws) => {
        for (const r of [3, 5, 6]) ws.getRow(r).hidden = true;
      },
    });
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(["100", "50", "30", "20", "10"]);
    expect(said(findings)).toEqual([
      ["warning", "row-hidden", "Receipts!A3"],
      ["warning", "row-hidden", "Receipts!A5"],
    ]);
    expect(findings.map((f) => f.details)).toEqual([
      expect.objectContaining({ label: "3", value: "1" }),
      expect.objectContaining({ label: "5–6", value: "2" }),
    ]);
  });

  it.each(["hidden", "veryHidden"] as const)(
    "books a %s sheet's rows and warns at its header",
    async (state) => {
      const { ledger, findings } = await readBook(
        { name: "Receipts", header: HEADER, rows: [receipt(1, 100)] },
        { name: "Receipts old", header: HEADER, rows: [receipt(2, 50), receipt(3, 30)], state },
      );
      expect(ledger.receipts.map((r) => r.quantity)).toEqual(["100", "50", "30"]);
      expect(said(findings)).toEqual([["warning", "sheet-hidden", "Receipts old!A1"]]);
      expect(findings[0]!.details).toMatchObject({ label: "Receipts", value: state, read: "2" });
    },
  );

  it("says nothing of a hidden sheet without books (a notes sheet)", async () => {
    const { findings } = await readBook(
      { name: "Receipts", header: HEADER, rows: [receipt(1, 100)] },
      { name: "Lists", header: ["Suppliers"], rows: [["Supplier 1"]], state: "hidden" },
    );
    expect(findings).toEqual([]);
  });
});

describe("through Office.js (the add-in) over the fake Excel", () => {
  it("reads hidden and struck-through rows the keeper set in Excel", async () => {
    const values: CellValue[][] = [
      [...HEADER, "Status"],
      [45659, "UCO", 100, "Supplier 1", "SD-1", null],
      [45660, "UCO", 50, "Supplier 2", "SD-2", null],
      [45661, "UCO", 30, "Supplier 3", "SD-3", "storniert"],
      [45662, "UCO", 20, "Supplier 4", "SD-4", null],
    ];
    const fake = createFakeExcel({
      sheets: [
        { name: "Receipts", visibility: "visible", values, formats: [[], [], [], [], ["dd.mm.yyyy"]] },
      ],
    });
    await fake.run(async (ctx: FakeRequestContext) => {
      const ws = ctx.workbook.worksheets.getItem("Receipts");
      ws.getRange("A3:E3").format.rowHidden = true;
      ws.getRange("C5").format.font.strikethrough = true;
      await ctx.sync();
    });
    const port = new OfficeJsWorkbook({ run: fake.run, requirements: fake.requirements });
    const snapshot = await port.readSnapshot();
    expect(snapshot.sheets[0]).toMatchObject({ hiddenRows: [2], struckRows: [4] });
    const { ledger, findings } = readWorkbook(snapshot);
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(["100", "50"]);
    expect(said(findings)).toEqual([
      ["info", "row-cancelled", "Receipts!F4"],
      ["error", "row-struck", "Receipts!A5"],
      ["warning", "row-hidden", "Receipts!A3"],
    ]);
  });

  it("counts a struck cell only in the table's columns: a struck note beside the table refuses nothing", async () => {
    const values: CellValue[][] = [
      [...HEADER, "Status", null, null],
      [45659, "UCO", 100, "Supplier 1", "SD-1", null, null, "checked"],
      [45660, "UCO", 50, "Supplier 2", "SD-2", null, null, "call Supplier 2"],
      [45661, "UCO", 30, "Supplier 3", "SD-3", "done", null, null],
      [45662, "UCO", 20, "Supplier 4", "SD-4", null, null, "see mail"],
    ];
    const fake = createFakeExcel({
      sheets: [
        { name: "Receipts", visibility: "visible", values, formats: [[], [], [], [], ["dd.mm.yyyy"]] },
      ],
    });
    await fake.run(async (ctx: FakeRequestContext) => {
      const ws = ctx.workbook.worksheets.getItem("Receipts");
      // a note beyond the table (H, no heading), the unmapped Status cell, a quantity, a whole row
      ws.getRange("H2").format.font.strikethrough = true;
      ws.getRange("F4").format.font.strikethrough = true;
      ws.getRange("C3").format.font.strikethrough = true;
      ws.getRange("A5:H5").format.font.strikethrough = true;
      await ctx.sync();
    });
    const port = new OfficeJsWorkbook({ run: fake.run, requirements: fake.requirements });
    const snapshot = await port.readSnapshot();
    expect(snapshot.sheets[0]).toMatchObject({
      struckRows: [1, 2, 3, 4],
      struckColumns: { 1: [7], 2: [2], 3: [5] },
    });
    const { ledger, findings } = readWorkbook(snapshot);
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(["100"]);
    expect(said(findings)).toEqual([
      ["error", "row-struck", "Receipts!A3"],
      ["error", "row-struck", "Receipts!A4"],
      ["error", "row-struck", "Receipts!A5"],
    ]);
  });

  it("says by a notice when the host cannot tell hidden, struck-through or filled rows", async () => {
    const fake = createFakeExcel(
      { sheets: [{ name: "Receipts", visibility: "visible", values: [HEADER] }] },
      { apiVersion: "1.8" },
    );
    const notices: string[] = [];
    const port = new OfficeJsWorkbook({ run: fake.run, requirements: fake.requirements });
    const snapshot = await port.readSnapshot({ onNotice: (m) => notices.push(m) });
    expect(snapshot.sheets[0]!.hiddenRows).toBeUndefined();
    expect(notices).toEqual([expect.stringContaining("hidden, struck-through or filled rows")]);
    // (p-fills) a legend's colours are not seen: its sheet is not booked (fills-unread.test.ts), said
    expect(notices[0]).toContain("A sheet with a colour legend (such as red = cancelled) is not booked");
    expect(snapshot.sheets[0]!.fillsUnread).toBe(true);
  });
});

describe("a number shown divided by thousands, through exceljs's numFmt", () => {
  it("is refused with both readings; a format that names its thousands reads as stored", async () => {
    const { ledger, findings } = await readBook({
      name: "Receipts",
      header: HEADER,
      rows: [receipt(1, 100000), receipt(2, 24500)],
      edit: (ws) => {
        ws.getCell("C2").numFmt = "#,##0,";
        ws.getCell("C3").numFmt = '#,##0.0,"k"';
      },
    });
    expect(ledger.receipts.map((r) => [r.quantity, r.unit])).toEqual([["24500", "t"]]);
    expect(said(findings)).toEqual([["error", "ambiguous-number", "Receipts!C2"]]);
    expect(findings[0]!.message).toContain(
      '100000 (as stored) or 100 (in thousands, as the format "#,##0," shows it)',
    );
  });
});
