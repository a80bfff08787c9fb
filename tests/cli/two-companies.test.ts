// Two companies' books in one folder (a consultant's folder, new-user test brk7 #3): the register
// of issued declarations does not say whose it is, so a declare run tells the registers beside it
// apart by the workbooks' settings (company name, own certificate). Another issuer's register is
// passed over; another issuer's audited copy is never replaced, even with --force; where the
// issuer cannot be told the run stays cautious but never advises overwriting the other copy.
import { existsSync } from "node:fs";
import path from "node:path";
import {
  type BookCell as Cell,
  day as d,
  ISSUING_RECEIPT_HEADER as RECEIPT_HEADER,
  issuingReceipt as receipt,
  plainBook,
  settingsRows,
} from "../../src/books";
import { writeBookFile } from "../../src/workbook/xlsx/write-book";
import { type Issuer, issuerRelation } from "../../src/cli/issuer";
import { freshFolderPerTest, massbal, sha256 } from "./run-massbal";

jest.setTimeout(180_000);

const folder = freshFolderPerTest();

const ALPHA: [string, Cell][] = [
  ["Firmenname", "Alpha Öl GmbH"],
  ["Eigenes Zertifikat", "EU-ISCC-Cert-DE105-40000001"],
];
const BETA: [string, Cell][] = [
  ["Firmenname", "Beta Biofuels BV"],
  ["Eigenes Zertifikat", "EU-ISCC-Cert-NL200-50000002"],
];

async function writeBook(file: string, issuer: [string, Cell][], qty: number) {
  const book = plainBook({
    Receipts: [RECEIPT_HEADER, receipt("2025-01-05", "IN-1", 1000, 30)],
    Deliveries: [
      ["Date", "Customer", "Customer address", "Product", "Quantity (t)", "Sustainable"],
      [d("2025-02-01"), "X AG", "X Str. 1", "Rapeseed oil", qty, "yes"],
    ],
    Einstellungen: settingsRows([
      ...issuer,
      ["Firmenadresse", "Hafenstr. 1, 20457 Hamburg"],
      ["SD number prefix", "SD"],
      ["Issue date of new declarations", d("2025-04-02")],
    ]),
  });
  await writeBookFile(book, path.join(folder.path, file));
}

interface Report {
  declarations: { number: string; status: string; quantity: string }[];
}

function declare(...args: string[]) {
  const run = massbal(["declare", ...args, "--json"], folder.path);
  return { ...run, report: run.stdout.trim() ? (JSON.parse(run.stdout) as Report) : null };
}

const issued = (r: Report | null) => r?.declarations.map((x) => [x.number, x.status, x.quantity]);

describe("two companies' books in one folder", () => {
  it("declares each company's books on their own; the other's copy is neither counted nor suggested", async () => {
    await writeBook("KundeA.xlsx", ALPHA, 13);
    await writeBook("KundeB.xlsx", BETA, 16);
    expect(issued(declare("KundeA.xlsx").report)).toEqual([["SD-2025-0001", "new", "13"]]);
    const before = sha256(path.join(folder.path, "KundeA.audited.xlsx"));
    const b = declare("KundeB.xlsx");
    expect(b.stderr).not.toMatch(/already issued|KundeA/);
    // the number is the other issuer's business: Beta's first declaration is its own SD-2025-0001
    expect(issued(b.report)).toEqual([["SD-2025-0001", "new", "16"]]);
    expect(sha256(path.join(folder.path, "KundeA.audited.xlsx"))).toBe(before);
  });

  it("never replaces another company's audited copy, even with --force", async () => {
    await writeBook("KundeA.xlsx", ALPHA, 13);
    await writeBook("KundeB.xlsx", BETA, 16);
    declare("KundeA.xlsx");
    const before = sha256(path.join(folder.path, "KundeA.audited.xlsx"));
    const run = declare("KundeB.xlsx", "--out", "KundeA.audited.xlsx", "--force");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /"KundeA\.audited\.xlsx" holds the books of Alpha Öl GmbH \(EU-ISCC-Cert-DE105-40000001\), but these books are Beta Biofuels BV \(EU-ISCC-Cert-NL200-50000002\).*not replaced, even with --force.*Nothing was written/,
    );
    expect(run.stderr).not.toMatch(/keeping/);
    expect(sha256(path.join(folder.path, "KundeA.audited.xlsx"))).toBe(before);
  });

  // one name or number in common is the same issuer: a renewed certificate keeps the company
  it.each<[string, [string, Cell][]]>([
    [
      "the same name, a renewed certificate",
      [
        ["Firmenname", "ALPHA ÖL  GMBH"],
        ["Eigenes Zertifikat", "EU-ISCC-Cert-DE105-40000777"],
      ],
    ],
    [
      "the same certificate, the name written otherwise",
      [
        ["Company name", "Alpha Oel"],
        ["Own certificate", "eu-iscc-cert-de105-40000001 "],
      ],
    ],
  ])("counts the register of the same issuer (%s) and says where to declare", async (_, second) => {
    await writeBook("KundeA.xlsx", ALPHA, 13);
    declare("KundeA.xlsx");
    await writeBook("KundeA2.xlsx", second, 16);
    const run = declare("KundeA2.xlsx");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/SD-2025-0001 is already issued in KundeA\.audited\.xlsx/);
    expect(run.stderr).toMatch(/Declare into that copy \(--out "KundeA\.audited\.xlsx" --force\)/);
    expect(existsSync(path.join(folder.path, "KundeA2.audited.xlsx"))).toBe(false);
  });
});

// a declaring run's books always name their company (an SD needs it), so a register whose issuer
// cannot be told is one whose workbook states neither pair in common: the comparison itself
describe("issuerRelation", () => {
  it.each<[Issuer, Issuer, string]>([
    [{ company: "Alpha Öl GmbH" }, { certificate: "EU-ISCC-Cert-DE105-1" }, "unknown"],
    [{}, { company: "Alpha Öl GmbH", certificate: "EU-ISCC-Cert-DE105-1" }, "unknown"],
    [{ company: "Alpha Öl GmbH" }, { company: "ALPHA OL  GMBH" }, "same"],
    [{ certificate: "EU-ISCC-Cert-DE105-1" }, { certificate: " eu-iscc-cert-de105-1" }, "same"],
    [{ company: "Alpha", certificate: "C-1" }, { company: "Alpha", certificate: "C-2" }, "same"],
    [{ company: "Alpha", certificate: "C-1" }, { company: "Beta", certificate: "C-1" }, "same"],
    [{ company: "Alpha", certificate: "C-1" }, { company: "Beta", certificate: "C-2" }, "other"],
    [{ company: "Alpha" }, { company: "Beta", certificate: "C-2" }, "other"],
  ])("%j and %j: %s", (a, b, relation) => {
    expect(issuerRelation(a, b)).toBe(relation);
    expect(issuerRelation(b, a)).toBe(relation);
  });
});
