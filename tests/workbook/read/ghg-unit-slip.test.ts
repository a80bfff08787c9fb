// A GHG total below 0.1 g CO2eq/MJ under a heading in g CO2eq/MJ (docs/rules.md, GHG values): a
// total typed in kg CO2eq/MJ (0.0105 for 10.5) is refused at its cell, never declared 1,000 times
// too low; the receipt's credit is unknown and its account incomplete. Zero and negative totals
// (manure, esca credits) and totals from 0.1 up are read. Each value goes through a real .xlsx.
import { declareWorkbook } from "../../../src/app/index";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { books, D, DELIVERIES, delivery, receipt, RECEIPTS, type Spec, workbookOf } from "../left-out-books";

/** The left-out books, the Tallow receipt's GHG total (column K) typed as `total`. */
async function declare(total: Spec, onDelivery = false) {
  const tallow = receipt(D("2025-01-05"), "T-1", 10, "Tallow");
  if (!onDelivery) tallow[10] = total;
  const sold = [...delivery(D("2025-02-21"), 5, "Tallow"), total];
  const sheets = books([], {
    "Tallow receipts": [RECEIPTS, tallow],
    ...(onDelivery
      ? { Deliveries: [[...DELIVERIES, "GHG total (g CO2eq/MJ)"], delivery(D("2025-02-20"), 100), sold] }
      : {}),
  });
  const wb = await XlsxWorkbook.fromBuffer(
    Buffer.from(await workbookOf(sheets).xlsx.writeBuffer()),
    "GHG.xlsx",
  );
  const out = await declareWorkbook(wb, { today: "2025-04-02", periodStart: "2025-01-01" });
  const slips = out.findings.filter(
    (f) => (f.details as { reason?: unknown } | undefined)?.reason === "ghg-unit-slip",
  );
  return { out, slips };
}

describe("a GHG total below 0.1 g CO2eq/MJ is refused as a likely kg CO2eq/MJ", () => {
  it.each<[Spec, string]>([
    [0.0105, "0.0105"],
    ["0,0105", "0.0105"],
    [0.05, "0.05"],
    [0.099, "0.099"],
    ["0.0105", "0.0105"],
  ])("%p is refused at its cell; nothing declares it", async (total, shown) => {
    const { out, slips } = await declare(total);
    expect(slips.map((f) => `${f.code} ${f.severity} ${f.sheet}!${f.cell}`)).toEqual([
      "invalid-number error Tallow receipts!K2",
    ]);
    expect(slips[0]?.message).toContain(`"${shown}"`);
    expect(slips[0]?.message).toContain("kg CO2eq/MJ");
    expect(slips[0]?.message).toContain("credit is unknown");
    expect(out.balances.find((b) => b.product === "Tallow")).toMatchObject({ complete: false });
    expect(out.declarations.filter((d) => d.product === "Tallow" && d.status === "new")).toEqual([]);
    // (the findings holding them back quote the cell; the declarations never carry the value)
    expect(JSON.stringify(out.declarations.map(({ heldBy: _, ...d }) => d))).not.toMatch(
      /0\.0105|0\.05\b|0\.099/,
    );
  });

  // (a total of 0 that no component explains is refused as "not given": ghg-total-zero, brk27 S9)
  it.each<[Spec]>([[0.1], [10.5], ["10,5"], [-5]])("%p is read and declared", async (total) => {
    const { out, slips } = await declare(total);
    expect(slips).toEqual([]);
    expect(out.balances.find((b) => b.product === "Tallow")).toMatchObject({ complete: true });
    expect(out.declarations.filter((d) => d.product === "Tallow").map((d) => d.status)).toEqual(["new"]);
  });

  it("a delivery's own GHG total of 0.0105 is refused at its cell and not declared", async () => {
    const { out, slips } = await declare(0.0105, true);
    expect(slips.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual(["invalid-number Deliveries!I3"]);
    expect(JSON.stringify(out.declarations)).not.toContain("0.0105");
  });
});
