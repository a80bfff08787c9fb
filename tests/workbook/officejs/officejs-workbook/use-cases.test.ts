// The task pane's use cases over the Office.js adapter over the fake Excel: the code path the
// add-in takes inside Excel (and the browser demo takes), from reading to marks and back.
import { checkWorkbook, clearMarks, declareWorkbook, saveSettings } from "../../../../src/app/index";
import { snapshot } from "../../../app/books";
import { makeFakePort } from "../fake-port";

// the run day and the moment pinned: MB Summary prints "Checked on … (local time)", and the
// re-check must give the same grids whichever minute the clock turns
const TODAY = { today: "2025-04-02", now: new Date(2025, 3, 2, 10, 22) };

describe("use cases over the Office.js adapter", () => {
  it("checks, marks, re-checks to the same workbook, and clears the marks to the user's own look", async () => {
    const t = makeFakePort(snapshot({ overdraw: true }), { apiVersion: "1.17" });
    const first = await checkWorkbook(t.port, TODAY);
    expect(first.written).toEqual(["MB Summary", "MB Ledger", "MB Trace", "MB Findings"]);
    expect(t.fake.sheetInfo("MB Config").visibility).toBe("veryHidden");
    const negative = first.findings.find((f) => f.code === "negative-balance")!;
    const marked = t.fake.cell(negative.sheet!, negative.cell!);
    expect(marked.fill).toBe("#FFC7CE");
    expect(marked.comment).toContain(`MB error: ${negative.message}`);

    const grids = () => t.fake.sheetNames().map((name) => [name, t.fake.grid(name)]);
    const once = grids();
    const second = await checkWorkbook(t.port, TODAY);
    expect(second.findings).toEqual(first.findings);
    expect(grids()).toEqual(once);

    const cleared = await clearMarks(t.port);
    expect(cleared.restored).toBe(first.marked);
    expect(t.fake.cell(negative.sheet!, negative.cell!)).toMatchObject({
      fill: null,
      note: null,
      comment: null,
    });
  });

  it("clears marks and saves settings without reading the user's large sheets", async () => {
    const books = snapshot({ overdraw: true });
    const archive = Array.from({ length: 20_000 }, (_, i) => [`Old booking ${i}`, i, "kept as it is"]);
    books.sheets.push({ name: "Archive", visibility: "visible", values: archive });
    const t = makeFakePort(books);
    await checkWorkbook(t.port, TODAY);

    t.fake.resetStats();
    await t.port.readSnapshot();
    const fullRead = t.fake.stats.totalBytes;

    t.fake.resetStats();
    const cleared = await clearMarks(t.port);
    await saveSettings(t.port, { sdPrefix: "ACME" });
    expect(cleared.restored).toBeGreaterThan(0);
    expect(t.fake.stats.totalBytes).toBeLessThan(fullRead / 10);
  });

  it("declares, with a printable SD sheet, links that lead to the user's cells, and no sync per row", async () => {
    const t = makeFakePort(snapshot());
    const outcome = await declareWorkbook(t.port, TODAY);
    const [declaration] = outcome.declarations;
    expect(declaration).toMatchObject({ quantity: "80" });
    expect(t.fake.sheetNames()).toEqual(
      expect.arrayContaining(["MB Declarations", `SD ${declaration!.number}`]),
    );
    const links = t.fake
      .grid("MB Ledger")
      .flat()
      .map((c) => c.link)
      .filter((l): l is string => l !== null);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^(Receipts|Deliveries)!/);
    expect(t.fake.stats.writesWithoutSuspendedCalculation).toBe(0);
    expect(t.fake.stats.syncs).toBeLessThanOrEqual(8);
  });
});
