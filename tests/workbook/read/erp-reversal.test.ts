// (brk27 S2) An ERP export's reversal or return line (SAP MB51: movement type 102 with a positive
// quantity and debit/credit indicator H, no SD number) was read as a second receipt, and the line
// it reverses stayed credited (200 t for 100, SD issued). Now a receipts or deliveries row that its
// movement type or debit/credit indicator marks as a reversal or return is refused at its quantity
// (invalid-number, reason "reversal"), the balances it feeds incomplete; a code in no table, or of
// the other side, is refused at its cell. Must not change: a column of 101 (601) only, an S/H column
// that agrees with its sheet, sheets without such columns (src/workbook/erp-movement.ts).
import ExcelJS from "exceljs";
import { runEngine } from "../../../src/engine/index";
import type { Finding } from "../../../src/engine/result";
import { readWorkbook } from "../../../src/workbook/read";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { erpHeading, erpVerdict } from "../../../src/workbook/erp-movement";

const day = (d: number) => new Date(Date.UTC(2025, 0, d));
type Kind = "Receipts" | "Deliveries";

/** A sheet `kind`: +100 (code a), then row 3 (code b, quantity q), then +100 (code a); the ERP column headed `head`. */
async function read(kind: Kind, head: string, codes: [unknown, unknown, unknown], q: unknown = 100) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(kind);
  const party = kind === "Receipts" ? "Supplier" : "Customer";
  ws.addRow(["Date", "Product", head, "Quantity (t)", party, "SD number"]);
  ws.addRow([day(10), "UCO", codes[0], 100, "Alpha GmbH", "S-1"]);
  ws.addRow([day(11), "UCO", codes[1], q, "Alpha GmbH", null]);
  ws.addRow([day(12), "UCO", codes[2], 100, "Alpha GmbH", "S-1b"]);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  const snapshot = await (await XlsxWorkbook.fromBuffer(buffer, "Books.xlsx")).readSnapshot();
  const read = readWorkbook(snapshot);
  return runEngine(read.ledger, { findings: read.findings, today: "2025-04-15" });
}

const errors = (findings: Finding[]) =>
  findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.cell}`);

/** Movement type headings, by language (de, en, fr, es, it, nl, pl) and SAP's short forms. */
const MOVEMENT_HEADS = [
  "Bewegungsart",
  "BwA",
  "Movement type",
  "MvT",
  "Type de mouvement",
  "Clase de movimiento",
  "Tipo movimento",
  "Bewegingssoort",
  "Rodzaj ruchu",
];
/** Debit/credit indicator headings (SAP de/en and kin in fr, es, it, nl, pl). */
const DC_HEADS = [
  "Soll/Haben-Kz.",
  "S/H",
  "Soll/Haben-Kennzeichen",
  "Debit/Credit ind.",
  "D/C",
  "Code débit/crédit",
  "Indicador debe/haber",
  "Dare/Avere",
  "Debet/credit",
  "Wn/Ma",
];

describe("headings of an ERP's movement type and debit/credit indicator", () => {
  it.each(MOVEMENT_HEADS)("%s: movement", (h) => expect(erpHeading(h)).toBe("movement"));
  it.each(DC_HEADS)("%s: debit-credit", (h) => expect(erpHeading(h)).toBe("debit-credit"));
  it.each(["Bemerkung", "Type", "Art", "Vorgang", "Status", "Document type", "Soll", "Haben"])(
    "%s: none",
    (h) => expect(erpHeading(h)).toBeNull(),
  );
});

describe("what a movement type or indicator says of a row", () => {
  const table: [string, "movement" | "debit-credit", unknown, "in" | "out", string | null][] = [
    ["GR", "movement", 101, "in", "read"],
    ["GR text code", "movement", "101", "in", "read"],
    ["GR reversal", "movement", 102, "in", "reversal"],
    ["return to vendor", "movement", 122, "in", "reversal"],
    ["returns PO", "movement", 161, "in", "reversal"],
    ["reversal of 161", "movement", 162, "in", "reversal"],
    ["GI on receipts", "movement", 601, "in", "other-side"],
    ["GI delivery", "movement", 601, "out", "read"],
    ["GI reversal", "movement", 602, "out", "reversal"],
    ["customer return", "movement", 651, "out", "reversal"],
    ["order GI reversal", "movement", 262, "out", "reversal"],
    ["transfer posting", "movement", 311, "in", "unknown"],
    ["initial entry", "movement", 561, "in", "unknown"],
    ["own code", "movement", "Z01", "in", "unknown"],
    ["Storno", "movement", "Storno", "in", "reversal"],
    ["WE Storno", "movement", "WE Storno", "in", "reversal"],
    ["Retoure", "movement", "Retoure", "out", "reversal"],
    ["blank", "movement", null, "in", null],
    ["S on receipts", "debit-credit", "S", "in", "read"],
    ["H on receipts", "debit-credit", "H", "in", "reversal"],
    ["H on deliveries", "debit-credit", "H", "out", "read"],
    ["S on deliveries", "debit-credit", "S", "out", "reversal"],
    ["D (en) on receipts", "debit-credit", "D", "in", "read"],
    ["C (en) on receipts", "debit-credit", "C", "in", "reversal"],
    ["Haber (es) on receipts", "debit-credit", "Haber", "in", "reversal"],
    ["Avere (it) on deliveries", "debit-credit", "A", "out", "read"],
    ["Ma (pl) on receipts", "debit-credit", "Ma", "in", "reversal"],
    ["Soll on receipts", "debit-credit", "Soll", "in", "read"],
    ["X", "debit-credit", "X", "in", "unknown"],
  ];
  it.each(table)("%s", (_, kind, value, side, want) => expect(erpVerdict(kind, value, side)).toBe(want));
});

describe("an ERP reversal row is refused at its quantity; the balances are incomplete", () => {
  const cases: [Kind, string, [unknown, unknown, unknown]][] = [
    ...MOVEMENT_HEADS.map((h): [Kind, string, [unknown, unknown, unknown]] => [
      "Receipts",
      h,
      [101, 102, 101],
    ]),
    ["Receipts", "Bewegungsart", [101, 122, 101]],
    ["Receipts", "Bewegungsart", [101, "Storno", 101]],
    ["Deliveries", "Bewegungsart", [601, 602, 601]],
    ["Deliveries", "Movement type", [601, 651, 601]],
    ...DC_HEADS.map((h): [Kind, string, [unknown, unknown, unknown]] => ["Receipts", h, ["S", "H", "S"]]),
    ["Deliveries", "Soll/Haben-Kz.", ["H", "S", "H"]],
    ["Deliveries", "D/C", ["C", "D", "C"]],
  ];
  it.each(cases)("%s | %s %j", async (kind, head, codes) => {
    const { findings, balances } = await read(kind, head, codes);
    expect(errors(findings)).toContain("invalid-number D3");
    const said = findings.find((f) => f.cell === "D3" && f.code === "invalid-number");
    expect(said?.message).toContain(
      `row 3 reverses another line (100 t, marked "${head} ${String(codes[1])}")`,
    );
    expect(balances.length).toBeGreaterThan(0);
    expect(balances.every((b) => !b.complete)).toBe(true);
  });
});

describe("a code in no table, or of the other side, is refused at its cell", () => {
  it.each([
    ["Receipts", 311, "movement-type-unknown"],
    ["Receipts", "Z01", "movement-type-unknown"],
    ["Receipts", 601, "document-other-side"],
    ["Deliveries", 101, "document-other-side"],
  ] as const)("%s: %s", async (kind, code, reason) => {
    const ok = kind === "Receipts" ? 101 : 601;
    const { findings, balances } = await read(kind, "Bewegungsart", [ok, code, ok]);
    const at = findings.find((f) => f.cell === "C3");
    expect(at?.code).toBe("row-unconfirmed");
    expect(at?.severity).toBe("error");
    expect(at?.details).toMatchObject({ reason });
    expect(balances.every((b) => !b.complete)).toBe(true);
  });
  it("an indicator in no table", async () => {
    const { findings } = await read("Receipts", "S/H", ["S", "X", "S"]);
    expect(errors(findings)).toContain("row-unconfirmed C3");
  });
});

describe("must not change: 101 only, S/H agreeing with the sheet, no ERP column", () => {
  it.each([
    ["Receipts", "Bewegungsart", [101, 101, 101]],
    ["Receipts", "Movement type", ["101", "101", "101"]],
    ["Deliveries", "Bewegungsart", [601, 601, 601]],
    ["Receipts", "Soll/Haben-Kz.", ["S", "S", "S"]],
    ["Deliveries", "Soll/Haben-Kz.", ["H", "H", "H"]],
    ["Receipts", "D/C", ["D", "D", null]],
    ["Receipts", "Charge", ["L-1", "L-2", "L-3"]],
  ] as [Kind, string, [unknown, unknown, unknown]][])("%s | %s %j", async (kind, head, codes) => {
    const { findings } = await read(kind, head, codes);
    expect(findings.filter((f) => /^[A-Z]3$/.test(f.cell ?? "") && f.severity === "error")).toEqual([]);
    expect(findings.some((f) => f.code === "invalid-number")).toBe(false);
  });
});
