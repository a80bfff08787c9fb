// An issued declaration whose delivery row later has a cell refused (new user's test: "12,5 t?"
// typed under Quantity) is not a row deleted or changed: the finding names the cell and says to
// correct it, and offers no cancelling, for each field of the row the declaration depends on
// (quantity, date, product, customer, claim, sustainable). A row really changed or removed is still
// worded as such, with cancelling offered. Through real .xlsx files and massbal runs.
import path from "node:path";
import ExcelJS from "exceljs";
import {
  type BookCell as Cell,
  day as d,
  ISSUING_RECEIPT_HEADER,
  ISSUING_SETTINGS,
  issuingReceipt,
  plainBook,
} from "../../src/books";
import type { JsonReport } from "../../src/cli/report";
import { writeBookFile } from "../../src/workbook/xlsx/write-book";
import { freshFolderPerTest, massbal } from "./run-massbal";

jest.setTimeout(180_000);
const folder = freshFolderPerTest();

const HEADER = ["Date", "Customer", "Customer address", "Product", "Quantity (t)", "Sustainable", "Claim"];
const CUSTOMERS = ["Fuel AG", "Blend BV", "Nordic Oy", "Oil SA", "Bio Srl", "Green NV", "Last GmbH"];

/** Seven sales, one per customer, each 10 t more than the last, declared into issued.xlsx. */
async function issued(): Promise<void> {
  const book = plainBook({
    Receipts: [ISSUING_RECEIPT_HEADER, issuingReceipt("2025-01-05", "IN-1", 1000, 30)],
    Deliveries: [
      [...HEADER, "SD number"],
      ...CUSTOMERS.map((c, i): Cell[] => [
        d(`2025-02-0${i + 1}`),
        c,
        `${c} Str. 1`,
        "Rapeseed oil",
        10 + i,
        "yes",
        "EU RED compliant",
        null,
      ]),
    ],
    Settings: ISSUING_SETTINGS,
  });
  await writeBookFile(book, path.join(folder.path, "books.xlsx"));
  const run = massbal(["declare", "books.xlsx", "--out", "issued.xlsx"], folder.path);
  expect(run.code).toBe(0);
}

/** The user's edit of issued.xlsx saved as edited.xlsx: cell → value, and rows to delete. */
async function edit(cells: Record<string, ExcelJS.CellValue>, deleteRow?: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(folder.path, "issued.xlsx"));
  const ws = wb.getWorksheet("Deliveries")!;
  for (const [cell, value] of Object.entries(cells)) ws.getCell(cell).value = value;
  if (deleteRow) ws.spliceRows(deleteRow, 1);
  await wb.xlsx.writeFile(path.join(folder.path, "edited.xlsx"));
}

function declare(): JsonReport {
  const run = massbal(["declare", "edited.xlsx", "--json", "--out", "out.xlsx", "--force"], folder.path);
  return JSON.parse(run.stdout) as JsonReport;
}

/** The declaration findings by the number their message names first: code and message. */
function byNumber(r: JsonReport): Map<string, { code: string; message: string }> {
  const out = new Map<string, { code: string; message: string }>();
  for (const f of r.findings) {
    const number = /declaration (ON-\d{4}-\d{4})/.exec(f.message)?.[1];
    if (f.code.startsWith("declaration-") && number) out.set(number, { code: f.code, message: f.message });
  }
  return out;
}

describe("an issued delivery row with a cell refused is named, not offered for cancelling", () => {
  it.each([
    ["quantity typed with its unit and a question mark", "E2", "12,5 t?", "ON-2025-0001", "E2 (quantity)"],
    ["quantity approximated", "E2", "approx. 20", "ON-2025-0001", "E2 (quantity)"],
    ["date in words", "A3", "soon", "ON-2025-0002", "A3 (date)"],
    ["product a broken formula", "D4", { error: "#REF!" }, "ON-2025-0003", "D4 (product)"],
    ["claim unknown", "G6", "RED maybe", "ON-2025-0005", "G6 (claim)"],
    ["sustainable unclear", "F7", "perhaps", "ON-2025-0006", "F7 (sustainable quantity)"],
  ] as [string, string, ExcelJS.CellValue, string, string][])(
    "%s: names the cell, says to correct it, and offers no cancel",
    async (_, cell, value, number, named) => {
      await issued();
      await edit({ [cell]: value });
      const found = byNumber(declare()).get(number);
      expect(found?.code).toBe("declaration-needs-correction");
      expect(found?.message).toContain(`its cell ${named} could not be read`);
      expect(found?.message).toContain("do not cancel it");
      expect(found?.message).not.toContain("--cancel");
    },
  );

  it("customer a broken formula: the row is read, and the stale declaration is not offered for cancelling", async () => {
    await issued();
    await edit({ B5: { error: "#N/A" } as ExcelJS.CellValue });
    const found = byNumber(declare()).get("ON-2025-0004");
    expect(found?.code).toBe("declaration-stale");
    expect(found?.message).toContain("customer cell could not be read now");
    expect(found?.message).toContain("no reason to cancel");
    expect(found?.message).not.toContain("--cancel");
  });

  it("a row really changed or removed is still worded as changed, with cancelling offered", async () => {
    await issued();
    // less quantity, another customer, and the last row deleted
    await edit({ E2: 8, B3: "Other AG" }, 8);
    const found = byNumber(declare());
    expect(found.get("ON-2025-0001")?.code).toBe("declaration-needs-correction");
    expect(found.get("ON-2025-0001")?.message).toContain("declares 10 t but this delivery is now 8 t");
    expect(found.get("ON-2025-0001")?.message).toContain("--cancel ON-2025-0001");
    // another customer is another delivery, never "stale" (new user's test #4, issue/elsewhere.ts)
    expect(found.get("ON-2025-0002")?.code).toBe("declaration-needs-correction");
    expect(found.get("ON-2025-0002")?.message).toContain("→ Other AG");
    expect(found.get("ON-2025-0002")?.message).toContain("--cancel ON-2025-0002");
    expect(found.get("ON-2025-0007")?.code).toBe("declaration-needs-correction");
    expect(found.get("ON-2025-0007")?.message).toContain("its row was deleted");
    expect(found.get("ON-2025-0007")?.message).toContain("--cancel ON-2025-0007");
  });
});
