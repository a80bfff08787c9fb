// `massbal check` on a real .xlsx whose settings sheet is Dutch or Italian (brk8 item 11): the
// sheet is the settings, its monthly period length is read (January closes at -80 t: a
// negative-balance error, no longer hidden in a quarter), and a row it cannot read is a warning at
// its cell (settings-unread.ts).
import { checkJson, freshFolderPerTest, writeBook } from "./run-massbal";

jest.setTimeout(120_000);

interface Report {
  sheets: { name: string; kind: string }[];
  findings: { code: string; severity: string; sheet: string | null; cell: string | null; message: string }[];
  balances: { periodStart: string; periodEnd: string }[];
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const folder = freshFolderPerTest();

it.each([
  [
    "Instellingen",
    [
      ["Instelling", "Waarde"],
      ["Bedrijfsnaam", "Olie BV"],
      ["Bedrijfsadres", "Haven 2, Rotterdam"],
      ["Eigen certificaat", "EU-ISCC-Cert-NL220-44444"],
      ["Schema", "ISCC EU"],
      ["Periodelengte (maanden)", 1],
      ["Begin eerste periode", day("2025-01-01")],
      ["Boekjaar", 2025],
    ],
  ],
  [
    "Impostazioni",
    [
      ["Impostazione", "Valore"],
      ["Ragione sociale", "Oli SpA"],
      ["Indirizzo", "Via Roma 1, Genova"],
      ["Certificato proprio", "EU-ISCC-Cert-IT205-44444"],
      ["Schema", "ISCC EU"],
      ["Durata del periodo (mesi)", 1],
      ["Inizio primo periodo", day("2025-01-01")],
      ["Anno contabile", 2025],
    ],
  ],
])("%s: monthly periods read, January's negative balance said, the unread row warned", async (name, rows) => {
  const file = await writeBook(folder.path, "books.xlsx", {
    [name]: rows,
    Receipts: [
      ["Date", "Supplier", "Supplier certificate", "SD number", "Product", "Quantity (t)", "Claim"],
      [day("2025-02-03"), "S1", "EU-ISCC-Cert-DE100-10001", "SD-1", "UCO", 100, "EU RED compliant"],
    ],
    Sales: [
      ["Date", "Customer", "Customer address", "Product", "Quantity (t)", "Sustainable"],
      [day("2025-01-20"), "Klant BV", "Str 1", "UCO", 80, "yes"],
    ],
  });
  const r = checkJson<Report>(folder.path, file);
  expect(r.sheets.find((s) => s.name === name)?.kind).toBe("settings");
  expect(r.balances.map((b) => b.periodEnd)).toContain("2025-01-31");
  const negative = r.findings.filter((f) => f.code === "negative-balance");
  expect(negative[0]?.message).toContain("closes the period ending 2025-01-31 at -80 t");
  const unread = r.findings.filter((f) => f.sheet === name);
  expect(unread.map((f) => `${f.severity} ${f.code} ${f.cell}`)).toEqual(["warning invalid-value A8"]);
});
