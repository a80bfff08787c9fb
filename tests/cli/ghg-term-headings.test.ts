// Through the real massbal command on a real .xlsx book (brk22): RED I's eee named in French on a
// receipts sheet, "Économie d'émissions électricité excédentaire", was read as the GHG total E (a
// saving printed as the total); an "E-Mail-Adresse" column on the deliveries sheet was read as E,
// its addresses refused as numbers. Now the eee column is refused at its heading and its product's
// balance held back; the e-mail column is no GHG column; the real GHG total is declared as before.
import path from "node:path";
import {
  books,
  D,
  DELIVERIES,
  delivery,
  RECEIPTS,
  receipt,
  workbookOf,
  type Spec,
} from "../workbook/left-out-books";
import { declareJson, freshFolderPerTest } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; place: string; message: string }[];
  declarations: { product: string; status: string; ghgTotal: string | null }[];
}

async function declare(file: string, sheets: Record<string, Spec[][]>): Promise<Report> {
  await workbookOf(sheets).xlsx.writeFile(path.join(folder.path, file));
  return declareJson<Report>(folder.path, file);
}

const EEE = "Économie d'émissions électricité excédentaire";

describe("massbal declare: GHG term headings", () => {
  it(`'${EEE}' 3 beside 'GHG total' 10 on Tallow's receipts: refused at its heading, never declared as E`, async () => {
    const tallow = [...receipt(D("2025-01-05"), "T-1", 10, "Tallow"), 3];
    const report = await declare("eee.xlsx", books([], { "Tallow receipts": [[...RECEIPTS, EEE], tallow] }));
    const said = report.findings.filter((f) => f.place.startsWith("'Tallow receipts'"));
    expect(said.map((f) => `${f.severity} ${f.code} ${f.place}`)).toEqual([
      "error mapping-uncertain 'Tallow receipts'!N1",
    ]);
    expect(said[0]?.message).toContain("RED II has no such term");
    // the saving is never the total: Tallow is held back, not declared with 3
    const declared = report.declarations.filter((d) => d.product === "Tallow");
    expect(declared.filter((d) => d.status === "new")).toEqual([]);
    expect(declared.map((d) => d.ghgTotal).filter((g) => g === "3")).toEqual([]);
  });

  it.each(["E-Mail-Adresse", "E-mail", "E-Mail Kunde", "Adresse e-mail"])(
    "'%s' over e-mail addresses on the deliveries: no GHG column, Tallow declared with its E 10",
    async (heading) => {
      const sheets = books([]);
      sheets.Deliveries = [
        [...DELIVERIES, heading],
        [...delivery(D("2025-02-20"), 100), "einkauf@refinery.de"],
        [...delivery(D("2025-02-21"), 5, "Tallow"), "einkauf@refinery.de"],
      ];
      const report = await declare("mail.xlsx", sheets);
      expect(report.findings.filter((f) => f.place.startsWith("Deliveries!I"))).toEqual([]);
      expect(report.findings.filter((f) => f.code === "invalid-number")).toEqual([]);
      const tallow = report.declarations.filter((d) => d.product === "Tallow");
      expect(tallow.map((d) => [d.status, d.ghgTotal])).toEqual([["new", "10"]]);
    },
  );

  it("'GHG total (g CO2eq/MJ)' beside 'GHG saving (%)' 65: the total 10 declared, never the saving", async () => {
    const tallow = [...receipt(D("2025-01-05"), "T-1", 10, "Tallow"), 65];
    const report = await declare(
      "saving.xlsx",
      books([], { "Tallow receipts": [[...RECEIPTS, "GHG saving (%)"], tallow] }),
    );
    const declared = report.declarations.filter((d) => d.product === "Tallow");
    expect(declared.map((d) => [d.status, d.ghgTotal])).toEqual([["new", "10"]]);
  });
});
