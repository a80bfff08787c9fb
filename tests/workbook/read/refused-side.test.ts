// (p-rows2, break test brk14 #10) A combined ledger row whose side is not read — its only quantity
// refused ("50.000" under "Scarico": 50 or 50000) — got, besides that refusal, a receipt's finding
// at its blank SD number ("Incoming SD number is empty, but the row has a supplier certificate"),
// as if it were a receipt: a sale was told to enter its supplier's SD. A refused row gets no finding
// of a side it was not read as; the receipt side still does. In six languages of In/Out headings.
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

const CERT = "EU-ISCC-Cert-DE100-12345678";

/** lang, date, party, certificate, SD number, product, in, out headings. */
const HEADINGS: [string, string[]][] = [
  ["it", ["Data", "Controparte", "Certificato", "N. PoS", "Prodotto", "Carico (kg)", "Scarico (kg)"]],
  ["de", ["Datum", "Partner", "Zertifikat", "SD-Nr.", "Produkt", "Zugang (kg)", "Abgang (kg)"]],
  ["es", ["Fecha", "Socio", "Certificado", "N° SD", "Producto", "Entrada (kg)", "Salida (kg)"]],
  ["fr", ["Date", "Tiers", "Certificat", "N° DD", "Produit", "Entrée (kg)", "Sortie (kg)"]],
  ["en", ["Date", "Counterparty", "Certificate", "SD number", "Product", "In (kg)", "Out (kg)"]],
  ["nl", ["Datum", "Relatie", "Certificaat", "PoS-nr.", "Product", "Inkomend (kg)", "Uitgaand (kg)"]],
];

const row = (d: string, party: string, sd: string | null, inQ: CellValue, outQ: CellValue): CellValue[] => [
  serial(d),
  party,
  CERT,
  sd,
  "UCO",
  inQ,
  outQ,
];

function read(head: string[], last: CellValue[]) {
  const rows = [
    head,
    row("2025-01-03", "Saipol SA", "PoS-1", 500000, null),
    row("2025-01-20", "Fuel AG", null, null, 100000),
    last,
  ];
  const formats = Object.fromEntries(rows.map((_, i) => [`A${i + 1}`, "dd.mm.yyyy"]));
  const r = readWorkbook({ name: "books.xlsx", sheets: [sheet("Registro", rows, { formats })] });
  return {
    sides: [r.ledger.receipts.map((x) => x.source.row), r.ledger.deliveries.map((x) => x.source.row)],
    onRow4: r.findings.filter((f) => f.cell?.endsWith("4")).map((f) => `${f.code}@${f.cell}`),
  };
}

describe("a ledger row whose only quantity is refused gets no finding of a side it was not read as", () => {
  it.each(HEADINGS)(
    "%s: '50.000' under the Out column, certificate, no SD: the number refused, no SD asked",
    (_, head) => {
      const r = read(head, row("2025-02-20", "Fuel AG", null, null, "50.000"));
      expect(r.sides).toEqual([[2], [3]]);
      expect(r.onRow4).toEqual(["ambiguous-number@G4"]);
    },
  );

  it.each(HEADINGS)(
    "%s: '50.000' under the In column: refused, no SD asked either (its side is unread)",
    (_, head) => {
      const r = read(head, row("2025-02-20", "Saipol SA", null, "50.000", null));
      expect(r.onRow4).toEqual(["ambiguous-number@F4"]);
    },
  );

  it.each(HEADINGS)(
    "%s: a receipt read as one, certificate, no SD: still refused at its SD number",
    (_, head) => {
      const r = read(head, row("2025-02-20", "Saipol SA", null, 20000, null));
      expect(r.onRow4).toContain("missing-value@D4");
    },
  );
});
