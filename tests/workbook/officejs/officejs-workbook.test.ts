// What the task pane asks of the adapter beyond the port contract: go to a cell, the
// workbook's name, progress and cancel on long reads.
import type { WorkbookSnapshot } from "../../../src/workbook/port";
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
  const phases: { phase: string; fraction?: number }[] = [];
  await t.port.readSnapshot({ onProgress: (p) => phases.push(p) });
  expect(phases[0]).toEqual({ phase: "Reading sheet Receipts", fraction: 0 });
  expect(phases.at(-1)).toEqual({ phase: "Read 2 sheets", fraction: 1 });
  const fractions = phases.map((p) => p.fraction ?? 0);
  expect(fractions).toEqual([...fractions].sort((a, b) => a - b));

  const controller = new AbortController();
  t.fake.resetStats();
  const read = t.port.readSnapshot({
    signal: controller.signal,
    onProgress: (p) => (p.fraction ?? 0) > 0 && controller.abort(),
  });
  await expect(read).rejects.toMatchObject({ name: "AbortError" });
  expect(t.fake.stats.requests).toBeLessThan(phases.length);
});
