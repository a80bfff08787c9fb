// p-units3 through massbal on a real .xlsx: a density headed in lb/US gal is read exactly, one
// headed "lb/gal" is refused at its heading naming both gallons (never "the density has no unit"),
// and a production sheet's plain Unit column beside the unit-less input quantity is the input's.
import { checkJson, freshFolderPerTest, writeBook } from "./run-massbal";

jest.setTimeout(60_000);

const folder = freshFolderPerTest();
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

interface Report {
  findings: { code: string; cell: string; sheet: string; message: string }[];
  balances: { product: string; unit: string; received: string; produced: string; consumed: string }[];
}

it("reads lb/US gal exactly, refuses lb/gal naming it, and reads a Unit column beside the input as the input's", async () => {
  const file = await writeBook(folder.path, "densities.xlsx", {
    Receipts: [
      ["Date", "Supplier", "SD number", "Product", "Quantity (m³)", "Density (lb/US gal)", "GHG total"],
      [d("2025-01-05"), "Saipol", "IN-A1", "UCO", 100, 7.6, 20],
    ],
    "Receipts 2": [
      ["Date", "Supplier", "SD number", "Product", "Quantity (m³)", "Dichte (lb/gal)", "GHG total"],
      [d("2025-01-06"), "Saipol", "IN-B1", "Tallow", 100, 7.6, 20],
    ],
    Production: [
      ["Date", "Input product", "Input quantity", "Unit", "Output product", "Output quantity (kg)"],
      [d("2025-01-20"), "UCO", 50, "t", "Biodiesel", 45000],
    ],
  });
  const report = checkJson<Report>(folder.path, file);
  const units = report.findings.filter((f) => f.code === "invalid-unit" || f.code === "unit-conflict");
  expect(units.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Receipts 2!F1"]);
  expect(units[0]?.message).toContain('"lb/gal" in Density may be pounds per US gallon');
  expect(units[0]?.message).not.toContain("no unit");
  const of = (p: string) => report.balances.find((b) => b.product === p);
  // 100 m³ × 7.6 lb/US gal = 100 × 7.6 × 0.45359237 / 3.785411784 t, to 6 decimals
  expect([of("UCO")?.received, of("UCO")?.consumed]).toEqual(["91.068085", "50"]);
  expect(of("Biodiesel")?.produced).toBe("45");
});
