// (p-rivals, brk13 #10) A column headed as a field and the document its value is taken from
// ("Lieferant lt. SD", "Supplier as per PoS", "Kunde lt. Vertrag") beside the field's own column:
// recognition read the field from its own column and dropped the other without a word, so a
// receipt whose SD names another supplier was credited with no finding. The SD's supplier is what
// an auditor checks: a row where the two differ is refused at the document's cell, naming both
// values; a row where they agree is read with nothing said. An SD's own date ("Datum lt. SD") is
// its date of issue, another date than the row's: it is no second column of the row's date.
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";
import { BASE, type Kind, twiceBook } from "./rival-heads";

/** [language, kind, field, the field's own heading, the heading naming a document, a value, another]. */
const CASES: [string, Kind, string, string, string, CellValue, CellValue][] = [
  ["de", "receipts", "supplier", "Lieferant", "Lieferant lt. SD", "Saipol GmbH", "Other Trading BV"],
  ["en", "receipts", "supplier", "Supplier", "Supplier as per PoS", "Saipol GmbH", "Other Trading BV"],
  ["fr", "receipts", "supplier", "Fournisseur", "Fournisseur selon PdD", "Saipol SA", "Autre Négoce SARL"],
  ["es", "receipts", "supplier", "Proveedor", "Proveedor según PoS", "Saipol SA", "Otra Trading SL"],
  ["nl", "receipts", "supplier", "Leverancier", "Leverancier volgens SD", "Saipol BV", "Andere Handel BV"],
  ["it", "receipts", "supplier", "Fornitore", "Fornitore da SD", "Saipol Srl", "Altro Trading Srl"],
  [
    "de",
    "receipts",
    "supplierCertificate",
    "Zertifikat",
    "Zertifikat lt. SD",
    "EU-ISCC-Cert-DE100-12345678",
    "EU-ISCC-Cert-DE100-99999999",
  ],
  [
    "en",
    "receipts",
    "supplierCertificate",
    "Supplier certificate",
    "Certificate as per PoS",
    "EU-ISCC-Cert-DE100-12345678",
    "EU-ISCC-Cert-DE100-99999999",
  ],
  ["de", "receipts", "rawMaterial", "Rohstoff", "Rohstoff laut SD", "Used cooking oil", "Tallow"],
  [
    "en",
    "receipts",
    "rawMaterial",
    "Raw material",
    "Raw material according to SD",
    "Used cooking oil",
    "Tallow",
  ],
  ["de", "receipts", "countryOfOrigin", "Herkunftsland", "Herkunftsland lt. SD", "DE", "FR"],
  ["fr", "receipts", "countryOfOrigin", "Pays d'origine", "Pays d'origine selon DD", "DE", "FR"],
  ["de", "receipts", "product", "Produkt", "Produkt gem. SD", "UCO", "POME"],
  ["de", "deliveries", "customer", "Kunde", "Kunde lt. Vertrag", "Fuel AG", "Diesel GmbH"],
  ["en", "deliveries", "customer", "Customer", "Customer as per contract", "Fuel AG", "Diesel Ltd"],
  ["fr", "deliveries", "customer", "Client", "Client selon contrat", "Fuel SA", "Diesel SARL"],
  ["es", "deliveries", "customer", "Cliente", "Cliente según contrato", "Fuel SA", "Diesel SL"],
  ["nl", "deliveries", "customer", "Klant", "Klant volgens contract", "Fuel BV", "Diesel BV"],
  ["it", "deliveries", "customer", "Cliente", "Cliente da contratto", "Fuel Srl", "Diesel Srl"],
];

/** A sheet of the kind with the field's own column and the document's at the end: row 2 agrees, row 3 differs, row 4 blank in the document's. */
function book(kind: Kind, field: string, own: string, named: string, a: CellValue, b: CellValue) {
  const t = twiceBook(kind, field, own, named, a, [a, b, null]);
  const read = readWorkbook({ name: "b.xlsx", sheets: [sheet(BASE[kind].name, t.sheet)] });
  return { read, col: t.second, own: t.own };
}

describe("a column of the field as a document states it, beside the field's own", () => {
  it.each(CASES)('%s %s: %s as in "%s" and "%s"', (_lang, kind, field, own, named, a, b) => {
    const { read, col, own: ownCol } = book(kind, field, own, named, a, b);
    const sheetName = BASE[kind].name;
    expect(read.sheets.find((s) => s.name === sheetName)?.columns).toMatchObject({ [field]: ownCol });
    const errors = read.findings.filter((f) => f.sheet === sheetName && f.severity === "error");
    // the row whose document names another is refused at the document's cell, naming both values
    expect(errors.map((f) => [f.code, f.cell, (f.details as { reason?: string }).reason])).toEqual([
      ["invalid-value", `${col}3`, "columns-disagree"],
    ]);
    expect(errors[0]?.message).toContain(`"${String(b)}"`);
    expect(errors[0]?.message).toContain(`"${own}" (column ${ownCol})`);
    // the row that agrees and the row whose document column is blank are read; never the other
    const rows = (kind === "receipts" ? read.ledger.receipts : read.ledger.deliveries).map(
      (r) => r.source.row,
    );
    expect(rows).toEqual([2, 4]);
    expect(read.findings.filter((f) => f.cell === `${col}1`)).toMatchObject([{ code: "mapping-uncertain" }]);
  });

  it.each(CASES)(
    '%s %s: %s, "%s" and "%s" agree: read, nothing said',
    (_lang, kind, field, own, named, a) => {
      const { read, col } = book(kind, field, own, named, a, a);
      expect(read.findings.filter((f) => f.cell?.startsWith(col))).toEqual([]);
      expect((kind === "receipts" ? read.ledger.receipts : read.ledger.deliveries).length).toBe(3);
    },
  );
});

describe("an SD's own date is no second column of the row's date", () => {
  it.each([
    ["de", "Datum", "Datum lt. SD"],
    ["en", "Date", "Date as per PoS"],
    ["fr", "Date", "Date selon DD"],
  ])('%s: "%s" and "%s" (the SD issued before the goods arrived): read', (_lang, own, named) => {
    const head = [own, "Supplier", "SD number", "Product", "Quantity (t)", "Claim", named];
    const rows = [
      [serial("2025-03-30"), "Fett AG", "SD-1", "UCO", 10, "EU RED compliant", serial("2025-03-27")],
    ];
    const read = readWorkbook({ name: "b.xlsx", sheets: [sheet("Receipts", [head, ...rows])] });
    expect(read.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(read.ledger.receipts.map((r) => r.date)).toEqual(["2025-03-30"]);
  });
});

describe("(p-noise) a company's name with or without its legal form, beside the SD's", () => {
  // [kind, field, own heading, the document's heading, the name in the field's column, the document's]
  const SAME: [Kind, string, string, string, string, string][] = [
    ["receipts", "supplier", "Lieferant", "Lieferant lt. SD", "Saipol", "Saipol GmbH"],
    ["receipts", "supplier", "Supplier", "Supplier as per PoS", "SAIPOL S.A.", "Saipol SA"],
    ["receipts", "supplier", "Fournisseur", "Fournisseur selon PdD", "Saipol", "Saipol S.A.S."],
    ["receipts", "supplier", "Proveedor", "Proveedor según PoS", "Saipol S.L.", "saipol"],
    ["receipts", "supplier", "Leverancier", "Leverancier volgens SD", "Saipol B.V.", "Saipol BV"],
    ["receipts", "supplier", "Fornitore", "Fornitore da SD", "Saipol", "Saipol S.r.l."],
    ["receipts", "supplier", "Lieferant", "Lieferant lt. SD", "Fett Handel", "Fett Handel GmbH & Co. KG"],
    ["receipts", "supplier", "Supplier", "Supplier as per PoS", "Agro-Polska", "Agro Polska Sp. z o.o."],
    ["deliveries", "customer", "Kunde", "Kunde lt. Vertrag", "Fuel AG", "Fuel"],
    ["deliveries", "customer", "Customer", "Customer as per contract", "Diesel Ltd.", "Diesel Limited"],
    ["deliveries", "customer", "Klant", "Klant volgens contract", "Nordic Fuel A/S", "Nordic Fuel"],
  ];
  it.each(SAME)('%s %s: "%s" %s and "%s" %s: read, nothing said', (kind, field, own, named, a, b) => {
    const t = twiceBook(kind, field, own, named, a, [b, b]);
    const read = readWorkbook({ name: "b.xlsx", sheets: [sheet(BASE[kind].name, t.sheet)] });
    expect(read.findings.filter((f) => f.cell?.startsWith(t.second))).toEqual([]);
    const rows = kind === "receipts" ? read.ledger.receipts : read.ledger.deliveries;
    expect(rows.map((r) => r.source.row)).toEqual([2, 3]);
  });

  // a near match is another company: refused at the document's cell as before
  it.each([
    ["Lieferant", "Lieferant lt. SD", "Saipol", "Saipro"],
    ["Lieferant", "Lieferant lt. SD", "Saipol GmbH", "Saipro GmbH"],
    ["Supplier", "Supplier as per PoS", "Fett Handel", "Fett Handel Nord Ltd"],
    ["Supplier", "Supplier as per PoS", "Müller GmbH", "Muller GmbH"],
  ])('"%s" %s and "%s" %s: refused', (own, named, a, b) => {
    const t = twiceBook("receipts", "supplier", own, named, a, [b]);
    const read = readWorkbook({ name: "b.xlsx", sheets: [sheet("Receipts", t.sheet)] });
    expect(read.findings.filter((f) => f.severity === "error").map((f) => f.cell)).toEqual([`${t.second}2`]);
    expect(read.ledger.receipts).toEqual([]);
  });
});
