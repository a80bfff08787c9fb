// `massbal check` on a real .xlsx (p-factor, brk8): a receipt's "Menge atro (t)" (a dry mass) is never
// booked as the quantity received: the sheet is refused at its heading asking for the quantity as
// received, and no credit is given. "Menge lt. SD (t)" beside "Eingangsmenge (t)": the received
// quantity is booked, capped by the SD. The spellings: tests/workbook/read/dry-declared-headings.test.ts.
import { freshFolderPerTest, massbal, writeBook } from "./run-massbal";

jest.setTimeout(120_000);
const folder = freshFolderPerTest();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

interface Report {
  findings: { code: string; severity: string; message: string }[];
  balances: { product: string; received: string }[];
}

async function check(headings: string[], values: number[]): Promise<Report> {
  const book = await writeBook(folder.path, "books.xlsx", {
    Eingang: [
      ["Datum", "Lieferant", "Zertifikat", "SD-Nr.", "Produkt", ...headings, "Claim"],
      [
        day("2025-01-05"),
        "Holz AG",
        "EU-ISCC-Cert-DE100-10001",
        "HOLZ-1",
        "Sägespäne",
        ...values,
        "EU RED compliant",
      ],
    ],
    Verkauf: [
      ["Datum", "Kunde", "Produkt", "Menge (t)", "Nachhaltig"],
      [day("2025-02-10"), "Pellet GmbH", "Sägespäne", 5, "ja"],
    ],
  });
  return JSON.parse(massbal(["check", book, "--json"], folder.path).stdout) as Report;
}

it('"Menge atro (t)" alone: no credit, refused at the heading as a dry mass', async () => {
  const report = await check(["Menge atro (t)"], [18]);
  const refused = report.findings.find((f) => f.code === "header-not-found");
  expect(refused).toMatchObject({ severity: "error" });
  expect(refused?.message).toContain("dry mass");
  expect(report.balances.filter((b) => b.product === "Sägespäne" && b.received !== "0")).toEqual([]);
});

it('"Menge lt. SD (t)" 25 beside "Eingangsmenge (t)" 20: 20 t received', async () => {
  const report = await check(["Menge lt. SD (t)", "Eingangsmenge (t)"], [25, 20]);
  expect(report.findings.map((f) => f.code)).not.toContain("quantity-columns-disagree");
  expect(report.balances.find((b) => b.product === "Sägespäne")?.received).toBe("20");
});

it('p-side: a delivery whose "Menge SD (t)" says 120 beside "Menge (t)" 100 is refused at the SD cell, not declared as 100 t', async () => {
  const book = await writeBook(folder.path, "books.xlsx", {
    Eingang: [
      ["Datum", "Lieferant", "Zertifikat", "SD-Nr.", "Produkt", "Menge (t)", "Claim"],
      [
        day("2025-01-05"),
        "Holz AG",
        "EU-ISCC-Cert-DE100-10001",
        "HOLZ-1",
        "Sägespäne",
        200,
        "EU RED compliant",
      ],
    ],
    Verkauf: [
      ["Datum", "Kunde", "Produkt", "Menge (t)", "Menge SD (t)", "Nachhaltig"],
      [day("2025-02-10"), "Pellet GmbH", "Sägespäne", 100, 120, "ja"],
    ],
  });
  const report = JSON.parse(massbal(["check", book, "--json"], folder.path).stdout) as Report & {
    findings: { cell: string | null }[];
    balances: { delivered: string; complete: boolean }[];
  };
  expect(report.findings.filter((f) => f.code === "quantity-columns-disagree")).toEqual([
    expect.objectContaining({ severity: "error", cell: "E2" }),
  ]);
  // the delivery is not booked at either amount: its balance is incomplete, not complete at 100 t
  expect(report.balances.find((b) => b.product === "Sägespäne")).toMatchObject({
    delivered: "0",
    complete: false,
  });
});
