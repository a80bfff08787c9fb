// SD cells a new user's books hold beside one number (p-sdno2), through real .xlsx files built by
// exceljs: several numbers in one cell, a mark of doubt, another document's number, a number cell
// whose format shows its zeros, a raised footnote. Each is refused at its cell or read exactly as
// Excel shows it; the same SD is never credited twice without a finding at its cell.
import ExcelJS from "exceljs";
import { runEngine } from "../../../src/engine/index";
import type { EngineResult, Finding } from "../../../src/engine/result";
import { readWorkbook } from "../../../src/workbook/read";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";

const CERT = "EU-ISCC-Cert-DE100-1";
const HEAD = ["Date", "Supplier", "Supplier certificate", "SD number", "Product", "Quantity (t)", "Claim"];
type Sd = ExcelJS.CellValue;

/** Receipts of 100 t of UCO from Saipol, one per SD cell value; `formats`: number formats by row index. */
async function receipts(sds: Sd[], formats: Record<number, string> = {}) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Receipts");
  ws.addRow(HEAD);
  sds.forEach((sd, i) => {
    const row = ws.addRow([
      new Date(Date.UTC(2025, 1, 20)),
      "Saipol",
      CERT,
      sd,
      "UCO",
      100,
      "EU RED compliant",
    ]);
    if (formats[i]) row.getCell(4).numFmt = formats[i] as string;
  });
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  const read = readWorkbook(await (await XlsxWorkbook.fromBuffer(buffer, "SD.xlsx")).readSnapshot());
  const result: EngineResult = runEngine(read.ledger, { findings: read.findings, today: "2025-04-15" });
  const received = result.balances.filter((b) => b.product === "UCO").map((b) => b.received);
  const at = (cell: string): Finding[] =>
    result.findings.filter((f) => f.sheet === "Receipts" && f.cell === cell);
  return { read, result, received, at };
}

describe("one receipt cell naming several SD numbers", () => {
  it.each([
    ["SD-2025-0001 / SD-2025-0002", "SD-2025-0001; SD-2025-0002"],
    ["SD-2025-0001, SD-2025-0002", "SD-2025-0001; SD-2025-0002"],
    ["SD-2025-0001 + 0002", "SD-2025-0001; 0002"],
    ["SD-2025-0001 & SD-2025-0002", "SD-2025-0001; SD-2025-0002"],
    ["SD-2025-0001\nSD-2025-0002", "SD-2025-0001; SD-2025-0002"],
    ["SD-2025-0001; SD-2025-0002", "SD-2025-0001; SD-2025-0002"],
    ["SD-2025-0001 und SD-2025-0002", "SD-2025-0001; SD-2025-0002"],
    ["SD-2025-0001/SD-2025-0002", "SD-2025-0001; SD-2025-0002"],
  ])("%p is refused at its cell: the other row's SD-2025-0002 is credited once", async (cell, numbers) => {
    const { received, at } = await receipts([cell, "SD-2025-0002"]);
    const [refused] = at("D2");
    expect(refused).toMatchObject({
      code: "invalid-value",
      severity: "error",
      details: { reason: "sd-several", read: numbers },
    });
    expect(refused!.message).toContain("one row books one SD");
    expect(refused!.message).toContain("split the row into one row per SD");
    expect(at("D3")).toEqual([]);
    // 100 t, not 200 t: the cell's SDs give no credit until the row is split
    expect(received).toEqual(["100"]);
  });
});

describe("a mark of doubt beside the number", () => {
  it.each([
    "SD-2025-0001?",
    "SD-2025-0001 old",
    "SD-2025-0001 (alt)",
    "SD-2025-0001 copy",
    "siehe SD-2025-0001",
    "see SD-2025-0001",
    "SD-2025-0001 tbc",
    "vgl. SD-2025-0001",
    "SD-2025-0001 (Kopie)",
    "SD-2025-0001 vorläufig",
    "SD-123¹",
    "SD-123*",
  ])("%p is refused at its cell and gives no credit", async (cell) => {
    const { received, at, read } = await receipts([cell]);
    expect(at("D2")).toEqual([
      expect.objectContaining({
        code: "invalid-value",
        details: expect.objectContaining({ reason: "sd-in-doubt" }),
      }),
    ]);
    expect(at("D2")[0]!.message).toContain("mark of doubt");
    expect(read.ledger.receipts[0]!.unreadable).toContain("sdNumber");
    expect(received.every((q) => q === "0")).toBe(true);
  });

  it("a raised footnote written as rich text ('SD-123' + raised '1') is refused, never SD-1231", async () => {
    const cell: Sd = { richText: [{ text: "SD-123" }, { text: "1", font: { vertAlign: "superscript" } }] };
    const { at, read } = await receipts([cell]);
    expect(at("D2")).toEqual([
      expect.objectContaining({
        details: expect.objectContaining({ reason: "sd-in-doubt", value: "SD-123¹" }),
      }),
    ]);
    expect(read.ledger.receipts.map((r) => r.sdNumber)).not.toContain("SD-1231");
  });

  it("a cancellation beside the number stays sd-cancelled ('to be replaced')", async () => {
    const { at } = await receipts(["SD-2025-0001 (to be replaced)"]);
    expect(at("D2")).toEqual([
      expect.objectContaining({
        details: expect.objectContaining({ reason: "sd-cancelled", read: "SD-2025-0001" }),
      }),
    ]);
  });
});

describe("real SD numbers are kept as typed", () => {
  it.each([
    "SD-2025-0001",
    "ISCC-EU-SD-2025-00012345",
    "EU-ISCC-Cert-DE100-1/SD/42",
    "PoS 4711",
    "REDcert-DE-123-SD-5",
    "NwN 2025/17",
    "4711/2025",
    "SD 2025 0001",
    "SD-2025-0001-1",
    "AB-200",
    "DE-B-113-89200077/SD/2025-14",
    "2025.0001",
  ])("%p is one SD number, read as typed, credited", async (cell) => {
    const { received, at, read } = await receipts([cell]);
    expect(at("D2")).toEqual([]);
    expect(read.ledger.receipts[0]!.sdNumber).toBe(cell);
    expect(received).toEqual(["100"]);
  });
});

describe("a number cell read as Excel shows it", () => {
  it.each([
    [12345, "000000", "012345"],
    [7, '"SD-"0000', "SD-0007"],
    [12345, "General", "12345"],
    [12345, "0", "12345"],
  ])("%p under %p is %p", async (value, format, shown) => {
    const { read } = await receipts([value], { 0: format });
    expect(read.ledger.receipts[0]!.sdNumber).toBe(shown);
  });

  it("12345 under 000000 and '012345' typed as text are one SD: the repeat gives no credit", async () => {
    const { received, at } = await receipts(["012345", 12345], { 1: "000000" });
    expect(at("D3")).toEqual([expect.objectContaining({ code: "duplicate-sd" })]);
    expect(received).toEqual(["100"]);
  });
});

describe("spellings of one SD number on two rows of one supplier", () => {
  it.each([
    ["SD 2025-0001", "SD-2025-0001"],
    ["sd-2025-0001", "SD-2025-0001"],
    ["SD-2025-0001  ", "SD-2025-0001"],
    ["SD-2025-0001\u00a0", "SD-2025-0001"],
    ["SD–2025–0001", "SD-2025-0001"],
    ["SD/2025/0001", "SD-2025-0001"],
  ])("%p then %p: the second is duplicate-sd, no credit", async (a, b) => {
    const { result, received, at } = await receipts([a, b]);
    expect(result.balances.filter((x) => x.product === "UCO").map((x) => x.complete)).toEqual([true]);
    expect(at("D3")).toEqual([expect.objectContaining({ code: "duplicate-sd", severity: "error" })]);
    expect(at("D3")[0]!.details).not.toHaveProperty("alike");
    expect(received).toEqual(["100"]);
  });

  it.each([
    ["012345", 12345],
    [12345, "012345"],
    ["0012345", "012345"],
  ])(
    "%p then %p differ only in leading zeros: said to be maybe one SD, the second's credit unknown",
    async (a, b) => {
      const { result, received, at } = await receipts([a, b]);
      const [said] = at("D3");
      expect(said).toMatchObject({ code: "duplicate-sd", severity: "error", details: { alike: String(a) } });
      expect(said!.message).toContain("differ only in leading zeros");
      expect(received).toEqual(["100"]);
      // a "maybe" is credit unknown, not none: the account is incomplete (new-user test brk3 sd3)
      expect(result.balances.filter((b) => b.product === "UCO").map((b) => b.complete)).toEqual([false]);
    },
  );

  it.each([
    ["SD-0012", "SD-012"],
    ["SD-2025-1", "SD-2025-0001"],
    ["ISCC-EU-SD-2025-00012345", "ISCC-EU-SD-2025-12345"],
  ])(
    "%p then %p, typed as text, differ only in leading zeros: said too, never credited twice",
    async (a, b) => {
      const { received, at } = await receipts([a, b]);
      expect(at("D3")).toEqual([
        expect.objectContaining({ code: "duplicate-sd", details: expect.objectContaining({ alike: a }) }),
      ]);
      expect(received).toEqual(["100"]);
    },
  );

  it.each([
    ["SD-2025-0010", "SD-2025-0001"],
    ["SD-2025-100", "SD-2025-1000"],
    ["4711", "47110"],
  ])("%p and %p are two SDs: zeros inside or after a number count", async (a, b) => {
    const { received, at } = await receipts([a, b]);
    expect(at("D3")).toEqual([]);
    expect(received).toEqual(["200"]);
  });
});
