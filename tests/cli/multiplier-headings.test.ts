// p-mult through massbal on a real .xlsx: a sale headed "Menge t (x 1.000)" is refused at its
// heading naming the multiplier (no SD issued for 5 t where the sheet says 5 000 t), and a unit
// cell "1000 kg" is named, never "the quantity has no unit".
import { checkJson, freshFolderPerTest, writeBook } from "./run-massbal";

jest.setTimeout(60_000);

const folder = freshFolderPerTest();
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

interface Report {
  findings: { code: string; cell: string; sheet: string; message: string }[];
  balances: { product: string; unit: string; received: string; delivered: string }[];
}

it("refuses a multiplier in a quantity heading and in a unit cell, naming it", async () => {
  const file = await writeBook(folder.path, "thousands.xlsx", {
    Receipts: [
      ["Date", "Supplier", "SD number", "Product", "Menge t (x 1.000)", "Claim"],
      [d("2025-01-05"), "Saipol", "IN-A1", "UCO", 5, "EU RED compliant"],
    ],
    "Receipts 2": [
      ["Date", "Supplier", "SD number", "Product", "Quantity", "Unit", "Claim"],
      [d("2025-01-06"), "Saipol", "IN-B1", "UCO", 5, "1000 kg", "EU RED compliant"],
    ],
  });
  const report = checkJson<Report>(folder.path, file);
  const units = report.findings
    .filter((f) => f.code === "invalid-unit")
    .sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0));
  expect(units.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Receipts!E1", "Receipts 2!F2"]);
  expect(units[0]?.message).toContain('"Menge t (x 1.000)" in Quantity has a multiplier');
  expect(units[1]?.message).toContain('"1000 kg"');
  expect(units.map((f) => f.message).join(" ")).not.toContain("no unit");
  expect(report.balances.filter((b) => b.received !== "0")).toEqual([]);
});
