// Excel's 1904 date system through the Office.js adapter (issue 10, "Dates"): Office.js has no
// property for it, so the adapter asks DATE(1904, 1, 2) of the workbook. Dates read are serials of
// the workbook's system, and dates written land on the same day in either system.
import { readWorkbook } from "../../../src/workbook/read";
import { isoToSerial, serialToIso } from "../../../src/workbook/dates";
import type { WorkbookSnapshot } from "../../../src/workbook/port";
import { makeFakePort } from "./fake-port";

/** The day a serial of `system` stands for, or null. */
const dayOf = (serial: unknown, system: 1900 | 1904): string | null => {
  const read = serialToIso(Number(serial), system);
  return read.ok ? read.value : null;
};

const DAYS = ["2024-02-29", "2025-01-01", "2025-03-31", "1904-01-02", "2199-12-31"];

function books(system: 1900 | 1904): WorkbookSnapshot {
  return {
    name: "Old Mac books.xlsx",
    ...(system === 1904 ? { dateSystem: 1904 as const } : {}),
    sheets: [
      {
        name: "Receipts",
        visibility: "visible",
        values: [
          ["Date", "Supplier", "SD number", "Product", "Quantity (t)"],
          ...DAYS.map((d, i) => [isoToSerial(d, system), "Agro", `IN-${i}`, "UCO", 10]),
        ],
        formats: [[null, null, null, null, null], ...DAYS.map(() => ["dd.mm.yyyy", null, null, null, null])],
      },
    ],
  };
}

describe.each([1900, 1904] as const)("a workbook in the %s date system", (system) => {
  it("is read as such, every date on its own day", async () => {
    const t = makeFakePort(books(system));
    const snapshot = await t.port.readSnapshot();
    expect(snapshot.dateSystem ?? 1900).toBe(system);
    const cells = snapshot.sheets[0]!.values.slice(1).map((row) => dayOf(row[0], system));
    expect(cells).toEqual(DAYS);
    const read = readWorkbook(snapshot);
    expect(read.ledger.receipts.map((r) => r.date)).toEqual(DAYS);
  });

  it("gets the dates the product writes on the same day, in its own system", async () => {
    const t = makeFakePort(books(system));
    await t.port.applyPatch({
      ops: [
        {
          kind: "replaceSheet",
          name: "MB Dates",
          rows: [
            ["Day", "Quantity (t)"],
            ...DAYS.map((d) => [{ value: isoToSerial(d, 1900), numberFormat: "yyyy-mm-dd" }, 12.5]),
          ],
        },
      ],
    });
    const written = t.fake.snapshot();
    expect(written.dateSystem ?? 1900).toBe(system);
    const sheet = written.sheets.find((s) => s.name === "MB Dates")!;
    const days = sheet.values.slice(1).map((row) => dayOf(row[0], system));
    expect(days).toEqual(DAYS);
    // numbers that are not dates are never shifted
    expect(sheet.values.slice(1).map((row) => row[1])).toEqual(DAYS.map(() => 12.5));
  });
});
