// (p-rows2, break test brk14 #10) An Italian ledger through massbal on a real .xlsx: "Carico (kg)"
// and "Scarico (kg)", the last sale's quantity "50.000" (50 or 50000). Before, the row got besides
// that refusal a receipt's finding at its blank SD number, as if the sale were a receipt.
import { day } from "../../src/books";
import { checkJson, freshFolderPerTest, writeBook } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; sheet?: string | null; cell: string | null }[];
  balances: { received: string; delivered: string }[];
}

const CERT = "EU-ISCC-Cert-DE100-12345678";
const CCERT = "EU-ISCC-Cert-DE200-87654321";

it("massbal: a sale whose quantity is refused is not asked for an incoming SD number", async () => {
  const file = await writeBook(folder.path, "registro.xlsx", {
    Registro: [
      ["Data", "Controparte", "Certificato", "N. PoS", "Prodotto", "Carico (kg)", "Scarico (kg)"],
      [day("2025-01-03"), "Saipol GmbH", CERT, "PoS-1", "UCO", 500000, null],
      [day("2025-01-20"), "Fuel AG", CCERT, null, "UCO", null, 100000],
      [day("2025-02-20"), "Fuel AG", CCERT, null, "UCO", null, "50.000"],
    ],
  });
  const r = checkJson<Report>(folder.path, file);
  const onRow4 = r.findings.filter((f) => f.sheet === "Registro" && f.cell?.endsWith("4"));
  expect(onRow4.map((f) => `${f.code}/${f.severity}@${f.cell}`)).toEqual(["ambiguous-number/error@G4"]);
  expect(r.balances.map((b) => [b.received, b.delivered])).toEqual([["500", "100"]]);
});
