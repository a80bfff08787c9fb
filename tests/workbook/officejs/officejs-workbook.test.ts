// What the task pane asks of the adapter beyond the port contract: go to a cell, the
// workbook's name, progress and cancel on long reads.
import type { Progress, WorkbookSnapshot } from "../../../src/workbook/port";
import { makeFakePort } from "./fake-port";

function books(rows = 3): WorkbookSnapshot {
  const values = Array.from({ length: rows }, (_, r) => [45658 + r, `Supplier ${r}`, r * 1.5]);
  return {
    name: "Books 2025.xlsx",
    sheets: [
      { name: "Receipts", visibility: "visible", values },
      { name: "My Deliveries", visibility: "visible", values: [["Date"]] },
    ],
  };
}

it("selects a cell for the user, activating its sheet", async () => {
  const t = makeFakePort(books());
  await t.port.selectCell({ sheet: "My Deliveries", cell: "A1" });
  expect(t.fake.activeSheet()).toBe("My Deliveries");
  expect(t.fake.selection()).toEqual({ sheet: "My Deliveries", address: "A1" });
  await t.port.selectCell({ sheet: "Receipts", cell: "C3" });
  expect(t.fake.selection()).toEqual({ sheet: "Receipts", address: "C3" });
});

it("tells the workbook's name where Excel knows it (ExcelApi 1.7)", async () => {
  expect(await makeFakePort(books()).port.workbookName()).toBe("Books 2025.xlsx");
  expect(await makeFakePort(books(), { apiVersion: "1.6" }).port.workbookName()).toBeNull();
  expect((await makeFakePort(books(), { apiVersion: "1.6" }).port.readSnapshot()).name).toBe("Workbook");
});

it("reports progress by sheet and stops between requests when cancelled", async () => {
  const t = makeFakePort(books(60_000));
  const phases: Progress[] = [];
  await t.port.readSnapshot({ onProgress: (p) => phases.push(p) });
  expect(phases[0]).toEqual({
    phase: "Reading sheet Receipts",
    fraction: 0,
    count: { done: 0, total: 60_001, unit: "rows" },
  });
  expect(phases.at(-1)).toEqual({
    phase: "Read 2 sheets",
    fraction: 1,
    count: { done: 60_001, total: 60_001, unit: "rows" },
  });
  const fractions = phases.map((p) => p.fraction ?? 0);
  expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  // the count of rows read grows with every request, so a user sees a large sheet move
  const counts = phases.map((p) => p.count?.done ?? -1);
  expect(counts).toEqual([...counts].sort((a, b) => a - b));
  expect(new Set(counts).size).toBeGreaterThan(2);

  const controller = new AbortController();
  t.fake.resetStats();
  const read = t.port.readSnapshot({
    signal: controller.signal,
    onProgress: (p) => (p.fraction ?? 0) > 0 && controller.abort(),
  });
  await expect(read).rejects.toMatchObject({ name: "AbortError" });
  expect(t.fake.stats.requests).toBeLessThan(phases.length);
});

describe("print layout where Excel cannot or will not take it", () => {
  const print = { orientation: "landscape", paper: "A4", fitTo: { wide: 1, tall: 0 } } as const;
  const write = (t: ReturnType<typeof makeFakePort>, fitTo: { wide: number; tall: number }) => {
    const notices: string[] = [];
    const done = t.port.applyPatch(
      {
        ops: [
          {
            kind: "replaceSheet",
            name: "MB Summary",
            rows: [["Site", 1]],
            options: { print: { ...print, fitTo } },
          },
        ],
      },
      { onNotice: (n) => notices.push(n) },
    );
    return done.then(() => notices);
  };

  it("writes the sheet and says what to set by hand on an Excel below ExcelApi 1.9", async () => {
    const t = makeFakePort(books(), { apiVersion: "1.8" });
    const notices = await write(t, print.fitTo);
    expect(notices).toEqual([
      'This version of Excel cannot set print layout from an add-in (it needs ExcelApi 1.9), so MB Summary will print with Excel\'s defaults: set landscape and "Fit all columns on one page" under Page Layout before printing.',
    ]);
    expect(t.fake.cell("MB Summary", "A1").value).toBe("Site");
    expect(t.fake.sheetInfo("MB Summary").pageSetup.orientation).toBe("Portrait");
  });

  it("keeps every written cell when Excel refuses a print setting, and says so", async () => {
    const t = makeFakePort(books());
    const notices = await write(t, { wide: 1.5, tall: 0 });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(
      /^Excel did not accept the print layout of MB Summary \(.*\); the sheets are written/,
    );
    expect(t.fake.cell("MB Summary", "B1").value).toBe(1);
  });

  it("sets it in one request after the sheets, with no notice where Excel takes it", async () => {
    const t = makeFakePort(books());
    expect(await write(t, print.fitTo)).toEqual([]);
    expect(t.fake.sheetInfo("MB Summary").pageSetup).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
  });
});
