// `massbal check` on a real .xlsx whose certificate register has a yes/no flag column instead of
// (or beside) a Status (brk8 item 2): "Gesperrt" = ja, "Gültig" = nein, "Suspendu" = oui take the
// receipt's credit (certificate-invalid), a blank flag is refused at its cell and leaves the
// account incomplete, "Gesperrt" = nein leaves the credit (workbook/certificate-flags.ts).
import { checkJson, freshFolderPerTest, writeBook } from "./run-massbal";

jest.setTimeout(120_000);

interface Report {
  findings: { code: string; severity: string; sheet: string | null; cell: string | null; message: string }[];
  balances: { product: string; received: string; complete: boolean }[];
}

const CERT = "EU-ISCC-Cert-DE100-10001";
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const folder = freshFolderPerTest();

async function check(heading: string, flag: string | null, status?: string): Promise<Report> {
  const file = await writeBook(folder.path, "books.xlsx", {
    Settings: [
      ["Setting", "Value"],
      ["Company name", "CF GmbH"],
      ["Scheme", "ISCC EU"],
    ],
    Receipts: [
      ["Date", "Supplier", "Supplier certificate", "SD number", "Product", "Quantity (t)", "Claim"],
      [day("2025-02-01"), "S1", CERT, "SD-1", "UCO", 10, "EU RED compliant"],
    ],
    Sales: [
      ["Date", "Customer", "Customer address", "Product", "Quantity (t)", "Sustainable"],
      [day("2025-02-10"), "X AG", "Str 1, Berlin", "UCO", 5, "yes"],
    ],
    Certificates: [
      [
        "Certificate no.",
        "Holder",
        "Scheme",
        "Valid from",
        "Valid until",
        heading,
        ...(status ? ["Status"] : []),
      ],
      [CERT, "S1", "ISCC EU", day("2024-01-01"), day("2026-12-31"), flag, ...(status ? [status] : [])],
    ],
  });
  return checkJson<Report>(folder.path, file);
}

const invalid = (r: Report) =>
  r.findings.filter((f) => f.code === "certificate-invalid").map((f) => `${f.sheet}!${f.cell}`);
const uco = (r: Report) => r.balances.find((b) => b.product === "UCO");

it.each([
  ["Gesperrt", "ja", "was suspended", undefined],
  ["Gültig", "nein", "was not valid", undefined],
  ["Suspendu", "oui", "was suspended", undefined],
  ["Entzogen", "ja", "was withdrawn", "valid"],
])("%s = %s: no credit (certificate-invalid)", async (heading, flag, says, status) => {
  const r = await check(heading, flag, status);
  expect(invalid(r)).toEqual(["Receipts!C2"]);
  expect(r.findings.find((f) => f.code === "certificate-invalid")?.message).toContain(says);
  expect(uco(r)?.received).toBe("0");
});

it("a blank flag is refused at its cell: no credit, the account incomplete", async () => {
  const r = await check("Gesperrt", null);
  const at = r.findings.filter((f) => f.sheet === "Certificates").map((f) => `${f.code} ${f.cell}`);
  expect(at).toEqual(["invalid-value F2"]);
  expect(invalid(r)).toEqual(["Receipts!C2"]);
  expect(uco(r)).toMatchObject({ received: "0", complete: false });
});

it("Gesperrt = nein leaves the receipt its credit", async () => {
  const r = await check("Gesperrt", "nein");
  expect(invalid(r)).toEqual([]);
  expect(uco(r)).toMatchObject({ received: "10", complete: true });
});
