// (brk19 #0, #6) Through real .xlsx files and the massbal command: an issued declaration keeps the
// credit it cites when the keeper books, in the audited copy, a receipt dated before it and a new
// delivery (the new declaration cites what is left, no incoming SD is cited beyond its quantity);
// and declaring twice from the input into the same audited copy keeps the number on the row, so
// continuing in that copy finds the issued declaration unchanged.
import path from "node:path";
import {
  type BookCell as Cell,
  day,
  ISSUING_RECEIPT_HEADER,
  ISSUING_SETTINGS,
  issuingReceipt,
  plainBook,
} from "../../src/books";
import { writeBookFile } from "../../src/workbook/xlsx/write-book";
import { freshFolderPerTest } from "./run-massbal";
import { declareOut, deliveryHeader, openBook, sale } from "./sd-books";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

async function writeBook(
  file: string,
  receipts: Cell[][],
  deliveries: Cell[][],
  production?: Cell[][],
): Promise<void> {
  const book = plainBook({
    Receipts: [ISSUING_RECEIPT_HEADER, ...receipts],
    ...(production ? { Production: [PRODUCTION_HEADER, ...production] } : {}),
    Deliveries: [deliveryHeader(), ...deliveries],
    Settings: ISSUING_SETTINGS,
  });
  await writeBookFile(book, path.join(folder.path, file));
}

interface Report {
  findings: { code: string; severity: string }[];
  declarations: {
    number: string;
    status: string;
    customer: string;
    inputs: { sd: string; quantity: string }[];
  }[];
}

const declare = (input: string, out: string) => declareOut<Report>(folder.path, input, out);

const open = (file: string) => openBook(folder.path, file);

const PRODUCTION_HEADER: Cell[] = [
  "Date",
  "Input product",
  "Input quantity (t)",
  "Output product",
  "Output quantity (t)",
  "GHG total",
];
/** A receipt of rapeseed (the issuing trader's receipt row, its product the seed). */
const seed = (date: string, sd: string, qty: number, ghg: number): Cell[] =>
  issuingReceipt(date, sd, qty, ghg).map((c) => (c === "Rapeseed oil" ? "Rapeseed" : c));
const crush = (date: string, input: number, output: number): Cell[] => [
  day(date),
  "Rapeseed",
  input,
  "Rapeseed oil",
  output,
  40,
];

/** Quantity cited per incoming SD over a report's declarations. */
function citedOf(r: Report): Record<string, number> {
  const cited: Record<string, number> = {};
  for (const d of r.declarations)
    for (const i of d.inputs) cited[i.sd] = (cited[i.sd] ?? 0) + Number(i.quantity);
  return cited;
}

const declarationCodes = (r: Report) =>
  r.findings.map((f) => f.code).filter((c) => c.startsWith("declaration-"));

describe("an issued declaration keeps its credit through massbal", () => {
  it("a receipt dated earlier, booked in the audited copy with a new delivery: the new SD cites what is left", async () => {
    await writeBook(
      "books.xlsx",
      [issuingReceipt("2025-01-10", "IN-1", 100, 20)],
      [sale("2025-03-01", 60, null)],
    );
    const first = declare("books.xlsx", "issued.xlsx");
    expect(first.report.declarations.map((d) => [d.status, d.inputs])).toEqual([
      ["new", [expect.objectContaining({ sd: "IN-1", quantity: "60" })]],
    ]);
    // the keeper books a late-arriving receipt dated before IN-1, and a new delivery, in the audited copy
    const wb = await open("issued.xlsx");
    wb.getWorksheet("Receipts")!.addRow(issuingReceipt("2025-01-05", "IN-0", 50, 35));
    wb.getWorksheet("Deliveries")!.addRow(sale("2025-03-10", 60, null));
    await wb.xlsx.writeFile(path.join(folder.path, "edited.xlsx"));
    const second = declare("edited.xlsx", "edited.audited.xlsx");
    expect(second.code).toBe(0);
    const lines = second.report.declarations.map((d) => [
      d.status,
      d.inputs.map((i) => `${i.sd} ${i.quantity}`),
    ]);
    expect(lines).toEqual([
      ["issued", ["IN-1 60"]],
      ["new", ["IN-0 50", "IN-1 10"]],
    ]);
    const cited: Record<string, number> = {};
    for (const d of second.report.declarations)
      for (const i of d.inputs) cited[i.sd] = (cited[i.sd] ?? 0) + Number(i.quantity);
    expect(cited["IN-1"]).toBeLessThanOrEqual(100);
    expect(cited["IN-0"]).toBeLessThanOrEqual(50);
    expect(declarationCodes(second.report)).toEqual([]);
  });

  it("declared twice with --force into the same copy: the row keeps its number, the copy declares nothing again", async () => {
    await writeBook(
      "in.xlsx",
      [issuingReceipt("2025-01-10", "IN-1", 100, 20)],
      [sale("2025-03-01", 60, null)],
    );
    const sdCell = async (file: string) => (await open(file)).getWorksheet("Deliveries")!.getCell("G2").value;
    const first = declare("in.xlsx", "a.xlsx");
    const number = first.report.declarations[0]?.number;
    expect(number).toBe("ON-2025-0001");
    expect(await sdCell("a.xlsx")).toBe(number);
    const again = declare("in.xlsx", "a.xlsx");
    expect(again.report.declarations.map((d) => [d.number, d.status])).toEqual([[number, "issued"]]);
    expect(await sdCell("a.xlsx")).toBe(number);
    // the keeper goes on in the refreshed copy
    const next = declare("a.xlsx", "b.xlsx");
    expect(next.code).toBe(0);
    expect(declarationCodes(next.report)).toEqual([]);
    expect(next.report.declarations.map((d) => [d.number, d.status])).toEqual([[number, "issued"]]);
    expect(await sdCell("b.xlsx")).toBe(number);
  });

  it("oil crushed from a cited receipt: a receipt dated earlier and the production row raised in the audited copy, the new SD cites what is left (brk21 1)", async () => {
    await writeBook(
      "books.xlsx",
      [seed("2025-01-10", "IN-1", 1000, 30)],
      [sale("2025-03-01", 300, null)],
      [crush("2025-02-01", 1000, 420)],
    );
    const first = declare("books.xlsx", "issued.xlsx");
    expect(
      first.report.declarations.map((d) => [d.status, d.inputs.map((i) => `${i.sd} ${i.quantity}`)]),
    ).toEqual([["new", ["IN-1 714.285714"]]]);
    // the keeper books a seed receipt dated before IN-1, crushes it on the same row, sells more oil
    const wb = await open("issued.xlsx");
    wb.getWorksheet("Receipts")!.addRow(seed("2025-01-05", "IN-0", 500, 10));
    const production = wb.getWorksheet("Production")!;
    production.getCell("C2").value = 1500;
    production.getCell("E2").value = 630;
    wb.getWorksheet("Deliveries")!.addRow(sale("2025-03-10", 300, null));
    await wb.xlsx.writeFile(path.join(folder.path, "edited.xlsx"));
    const second = declare("edited.xlsx", "edited.audited.xlsx");
    expect(second.code).toBe(0);
    expect(
      second.report.declarations.map((d) => [d.status, d.inputs.map((i) => `${i.sd} ${i.quantity}`)]),
    ).toEqual([
      ["issued", ["IN-1 714.285714"]],
      ["new", ["IN-0 500", "IN-1 214.285714"]],
    ]);
    expect(citedOf(second.report)["IN-1"]).toBeLessThanOrEqual(1000);
    // the row behind the issued SD changed (a warning); nothing needs correction
    expect(declarationCodes(second.report)).toEqual(["declaration-stale"]);
  });
});
