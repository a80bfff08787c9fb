// `massbal declare` on real .xlsx books built by exceljs (brk7 z2/z3): a certificate on two rows
// of the certificate register, a valid term and a suspension or withdrawal from a day inside it,
// is refused on the days of the suspension whatever the row order, for a supplier's certificate
// (no credit) and for the company's own (no declaration dated then) (domain.md §2, §7). A row with
// a validity cell that cannot be read ("unbefristet") is named at that cell, never taken for a
// certificate the register lacks, and a valid row beside it does not make the day valid.
import path from "node:path";
import ExcelJS from "exceljs";
import { freshFolderPerTest, massbal, stderrBeyondProgress } from "./run-massbal";

jest.setTimeout(120_000);

interface Report {
  findings: { code: string; severity: string; sheet: string | null; cell: string | null; message: string }[];
  balances: { product: string; periodStart: string; received: string }[];
  declarations: { status: string; quantity: string }[];
}

const SUPPLIER = "EU-ISCC-Cert-DE100-30002";
const OWN = "EU-ISCC-Cert-DE105-40012345";
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
type RegisterRow = [string, string, string, string];
/** A validity cell: an ISO day as a date, anything else as typed ("unbefristet", ""). */
const cell = (v: string) => (/^\d{4}-\d\d-\d\d$/.test(v) ? day(v) : v === "" ? null : v);

const folder = freshFolderPerTest();

/** Settings, the register rows (number, from, until, status), a receipt of 100 t on 8 Jan and a sale of 80 t on 20 Feb. */
async function declare(rows: RegisterRow[]): Promise<Report & { code: number | null }> {
  const wb = new ExcelJS.Workbook();
  const add = (name: string, table: unknown[][]) => wb.addWorksheet(name).addRows(table);
  add("Einstellungen", [
    ["Einstellung", "Wert"],
    ["Firmenname", "Handel Test GmbH"],
    ["Firmenadresse", "Hafenstr. 1, 20457 Hamburg"],
    ["Eigenes Zertifikat", OWN],
  ]);
  add("Zertifikate", [
    ["Zertifikat-Nr.", "Inhaber", "Schema", "Gültig ab", "Gültig bis", "Status"],
    // the holder: the receipts' supplier for its certificate, else the company (certificate-holder-differs)
    ...rows.map(([n, from, until, status]) => [
      n,
      n === SUPPLIER ? "Susp GmbH" : "Handel Test GmbH",
      "ISCC EU",
      cell(from),
      cell(until),
      status,
    ]),
  ]);
  add("Eingang", [
    [
      "Datum",
      "Lieferant",
      "Zertifikat Lieferant",
      "NE-Nr.",
      "Produkt",
      "Menge (t)",
      "Rohstoff",
      "Herkunftsland",
      "Claim",
      "Abfall",
      "THG gesamt (g CO2eq/MJ)",
      "Inbetriebnahme",
    ],
    [
      day("2025-01-08"),
      "Susp GmbH",
      SUPPLIER,
      "SD-901",
      "UCO",
      100,
      "Used cooking oil",
      "DE",
      "EU RED compliant",
      "ja",
      10.5,
      day("2010-01-01"),
    ],
  ]);
  add("Verkauf", [
    ["Datum", "Kunde", "Kundenadresse", "Produkt", "Menge (t)", "Nachhaltig"],
    [day("2025-02-20"), "X AG", "Str 1, Berlin", "UCO", 80, "ja"],
  ]);
  await wb.xlsx.writeFile(path.join(folder.path, "books.xlsx"));
  const result = massbal(["declare", "books.xlsx", "--json", "--force"], folder.path);
  expect(stderrBeyondProgress(result.stderr)).toBe("");
  return { ...(JSON.parse(result.stdout) as Report), code: result.code };
}

const q1 = (r: Report) => r.balances.find((b) => b.product === "UCO" && b.periodStart === "2025-01-01");
const own: RegisterRow = [OWN, "2024-06-01", "2099-12-31", "gültig"];

describe.each([
  ["suspended", "was suspended"],
  ["entzogen", "was withdrawn"],
])("supplier certificate valid 2024–2025, %s from 2025-01-05", (status, says) => {
  const term: RegisterRow = [SUPPLIER, "2024-01-01", "2025-12-31", "valid"];
  const stop: RegisterRow = [SUPPLIER, "2025-01-05", "2025-12-31", status];
  it.each([
    ["valid row first", [own, term, stop]],
    ["suspension first", [own, stop, term]],
  ])("%s: the receipt of 2025-01-08 gives no credit and no SD is issued", async (_, rows) => {
    const r = await declare(rows as RegisterRow[]);
    const f = r.findings.filter((x) => x.code === "certificate-invalid");
    expect(f.map((x) => `${x.severity} ${x.sheet}!${x.cell}`)).toEqual(["error Eingang!C2"]);
    expect(f[0]?.message).toContain(`certificate ${SUPPLIER} ${says} on 2025-01-08`);
    expect(f[0]?.message).toContain("(valid 2025-01-05 to 2025-12-31)");
    expect(q1(r)).toMatchObject({ received: "0" });
    expect(r.declarations.filter((d) => d.status === "new")).toEqual([]);
    expect(r.code).not.toBe(0);
  });
});

describe("own certificate gültig, ausgesetzt from 2025-02-10", () => {
  const supplier: RegisterRow = [SUPPLIER, "2024-01-01", "2099-12-31", "valid"];
  const term: RegisterRow = [OWN, "2024-06-01", "2099-12-31", "gültig"];
  const stop: RegisterRow = [OWN, "2025-02-10", "2099-12-31", "ausgesetzt"];
  it.each([
    ["valid row first", [supplier, term, stop]],
    ["suspension first", [supplier, stop, term]],
  ])("%s: no declaration is dated during the suspension", async (_, rows) => {
    const r = await declare(rows as RegisterRow[]);
    expect(r.findings.map((x) => x.code)).toContain("own-certificate-invalid");
    expect(r.declarations.filter((d) => d.status === "new")).toEqual([]);
    expect(r.code).not.toBe(0);
  });
});

describe("a register row whose valid-until cannot be read", () => {
  const supplier: RegisterRow = [SUPPLIER, "2024-01-01", "2099-12-31", "valid"];
  const NOT_IN = "is not in the certificate register";
  it.each([
    ["alone", [own, [SUPPLIER, "2024-01-01", "unbefristet", "valid"]], "E3"],
    ["beside a valid row", [own, supplier, [SUPPLIER, "2024-06-01", "", "valid"]], "E4"],
  ])("the supplier's row %s: the receipt names that cell and gives no credit", async (_, rows, at) => {
    const r = await declare(rows as RegisterRow[]);
    expect(r.findings.filter((x) => x.message.includes(NOT_IN))).toEqual([]);
    expect(r.findings.filter((x) => x.code === "certificate-unknown")).toEqual([]);
    const f = r.findings.filter((x) => x.code === "certificate-invalid");
    expect(f.map((x) => `${x.severity} ${x.sheet}!${x.cell}`)).toEqual(["error Eingang!C2"]);
    expect(f[0]?.message).toContain(
      `the certificate register row for ${SUPPLIER} at Zertifikate!${at} could not be read`,
    );
    expect(q1(r)).toMatchObject({ received: "0" });
    expect(r.declarations.filter((d) => d.status === "new")).toEqual([]);
    expect(r.code).not.toBe(0);
  });

  it("the own certificate's row: every declaration held back, naming that cell", async () => {
    const r = await declare([supplier, [OWN, "2024-06-01", "unbefristet", "gültig"]]);
    expect(r.findings.filter((x) => x.message.includes(NOT_IN))).toEqual([]);
    const f = r.findings.filter((x) => x.code === "own-certificate-invalid");
    expect(f.map((x) => `${x.severity} ${x.sheet}!${x.cell}`)).toEqual(["error Einstellungen!B4"]);
    expect(f[0]?.message).toContain(
      `the certificate register row for your own certificate ${OWN} at Zertifikate!E3 could not be read (Valid until "unbefristet")`,
    );
    expect(r.declarations.filter((d) => d.status === "new")).toEqual([]);
  });
});
