// (brk11) A column is mapped by its heading AND checked by its values: a column answered yes/no
// (ja/nein, oui/non, sí/no, ja/nee, x/blank, mit SD/ohne SD) is never an identifier (a certificate
// or SD number), and one that says per row whether a delivery is sustainable or covered by an SD
// is read or refused at its heading, never ignored. A scheme's name is no claim: "ISCC (Y/N)" is
// held like "ISCC" until the user maps it. Certificate-number headings the reader did not know
// ("ISCC No.", "Certificaatnr.") are the certificate when their values are certificates.
import fc from "fast-check";
import { readWorkbook } from "../../../src/workbook/read";
import type { CellValue } from "../../../src/workbook/port";
import type { ColumnMapping } from "../../../src/workbook/types";
import { CONFIG_SHEET, configSheetRows, emptyConfig } from "../../../src/workbook/config";
import { plain, serial, sheet } from "../fixtures";

const D = serial("2026-01-05");
const DELIVERY_HEAD = ["Date", "Customer", "Customer address", "Product", "Quantity (t)"];
const RECEIPT_HEAD = ["Date", "Supplier", "Product", "Quantity (t)", "SD number"];
const IDENTIFIERS = [
  "customerCertificate",
  "supplierCertificate",
  "sdNumber",
  "linkedSds",
  "customer",
  "supplier",
];

/** The fields the reader mapped to column F. */
const atF = (read: ReturnType<typeof readWorkbook>) =>
  Object.entries(read.sheets[0]?.columns ?? {})
    .filter(([, col]) => col === "F")
    .map(([id]) => id);

/** A deliveries sheet of one row per value, its sixth column (F) headed `heading`. */
function deliveries(heading: string, values: CellValue[], mappings: ColumnMapping[] = []) {
  const rows = [
    [...DELIVERY_HEAD, heading],
    ...values.map((v, i) => [D, "Fuel AG", "Hafenstr. 1, Hamburg", "UCO", 10 + i, v]),
  ];
  const config = mappings.length
    ? [sheet(CONFIG_SHEET, plain(configSheetRows({ ...emptyConfig(), mappings })))]
    : [];
  return readWorkbook({ name: "books.xlsx", sheets: [sheet("Deliveries", rows), ...config] });
}

/** A receipts sheet of one row per value, its sixth column (F) headed `heading`. */
function receipts(heading: string, values: CellValue[]) {
  const rows = [
    [...RECEIPT_HEAD, heading],
    ...values.map((v, i) => [D, "Saipol", "UCO", 10 + i, `IN-${i + 1}`, v]),
  ];
  return readWorkbook({ name: "books.xlsx", sheets: [sheet("Receipts", rows)] });
}

/** Whether column F is held as an unmapped sustainable yes/no: an error at F1, no delivery declared. */
function expectHeld(read: ReturnType<typeof deliveries>) {
  const said = read.findings.filter((f) => f.code === "mapping-uncertain" && f.cell === "F1");
  expect(said.map((f) => f.severity)).toContain("error");
  expect(read.ledger.deliveries.length).toBeGreaterThan(0);
  for (const d of read.ledger.deliveries) expect(d.unreadable).toContain("sustainable");
}

/** Yes/no value pairs in the workbook's languages, "no" first: ja/nein, oui/non, sí/no, ja/nee, sì/no, x/blank, Y/N. */
const YES_NO: [CellValue, CellValue][] = [
  ["nein", "ja"],
  ["no", "yes"],
  ["non", "oui"],
  ["no", "sí"],
  ["nee", "ja"],
  ["no", "sì"],
  ["", "x"],
  ["N", "Y"],
  ["n", "j"],
  [false, true],
];

describe("a delivery column answered yes/no under an identifier's heading is never the identifier", () => {
  const headings = [
    // the customer's certificate number
    "Zertifikat",
    "Certificate",
    "Certificat",
    "Certificado",
    "Certificato",
    "Certificaat",
    "Kundenzertifikat",
    "Customer certificate",
    // the outgoing SD number, asked as a question
    "SD ausgestellt (ja/nein)",
    "SD issued (Y/N)",
    "DD émise (oui/non)",
    "SD emitida (sí/no)",
    "SD uitgegeven (ja/nee)",
  ];
  /** An SD heading without a marker: its words answer, its ticks are placeholders refused at each cell (sd-number.ts). */
  const sdHeadings = ["PoS issued", "SD emessa", "SD ausgestellt", "SD-Nr."];
  const words = YES_NO.filter(([no, yes]) => typeof yes === "string" && yes !== "x" && no !== "");
  const cases = [
    ...headings.flatMap((h) => YES_NO.map(([no, yes]) => [h, no, yes] as const)),
    ...sdHeadings.flatMap((h) => words.map(([no, yes]) => [h, no, yes] as const)),
  ];
  it.each(cases)(
    "%s holding %j and %j: no identifier, an error at F1, no delivery declared",
    (heading, no, yes) => {
      const read = deliveries(heading, [yes, no, yes]);
      for (const id of IDENTIFIERS) expect(atF(read)).not.toContain(id);
      expectHeld(read);
    },
  );

  it("property: whatever mix of yes and no, the column is never an identifier and a no is never declared", () => {
    const answer = fc.constantFrom(...words.flat());
    fc.assert(
      fc.property(
        fc.constantFrom(...headings, ...sdHeadings),
        fc.array(answer, { minLength: 1, maxLength: 8 }),
        (heading, values) => {
          const read = deliveries(heading, [...values, "nein"]);
          for (const id of IDENTIFIERS) expect(atF(read)).not.toContain(id);
          const last = read.ledger.deliveries.at(-1);
          expect(last?.sustainable === "no" || last?.unreadable?.includes("sustainable")).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it.each(sdHeadings)(
    "%s over ticks: the SD number, each tick refused at its cell, never declared",
    (heading) => {
      const read = deliveries(heading, ["x", "x"]);
      expect(read.sheets[0]?.columns.sdNumber).toBe("F");
      const refused = read.findings.filter((f) => f.code === "invalid-value" && /^F[23]$/.test(f.cell ?? ""));
      expect(refused.map((f) => f.severity)).toEqual(["error", "error"]);
      for (const d of read.ledger.deliveries) expect(d.unreadable).toContain("sdNumber");
    },
  );

  it.each([
    ["Zertifikat", "EU-ISCC-Cert-DE100-12345678"],
    ["Customer certificate", "EU-ISCC-Cert-FR200-1"],
  ])("%s holding certificate numbers is still the customer's certificate", (heading, cert) => {
    const read = deliveries(heading, [cert, cert]);
    expect(read.sheets[0]?.columns.customerCertificate).toBe("F");
    expect(read.ledger.deliveries.map((d) => d.customerCertificate)).toEqual([cert, cert]);
  });
});

/** "with" and "without" an SD in de/en/fr/es/nl/it/pt, as staff type them: [without, with]. */
const COVERAGE: [string, string][] = [
  ["ohne SD", "mit SD"],
  ["without PoS", "with PoS"],
  ["sans DD", "avec DD"],
  ["sin SD", "con SD"],
  ["zonder SD", "met SD"],
  ["senza PoS", "con PoS"],
  ["sem SD", "com SD"],
  ["ohne Nachweis", "mit Nachweis"],
  ["Without SD", "With SD"],
];

describe('a column of "mit SD" / "ohne SD" under any heading says which deliveries are sustainable', () => {
  const headings = [
    "Typ",
    "Art",
    "Type",
    "Kategorie",
    "Catégorie",
    "Tipo",
    "Soort",
    "Categoria",
    "Bemerkung",
  ];
  it.each(headings.flatMap((h) => COVERAGE.map(([without, withSd]) => [h, without, withSd] as const)))(
    "%s holding %j and %j: held at its heading until mapped, the deliveries not declared",
    (heading, without, withSd) => {
      const read = deliveries(heading, [withSd, without]);
      expectHeld(read);
      const f = read.findings.find((x) => x.code === "mapping-uncertain" && x.cell === "F1");
      expect(f?.message).toContain(`such as "${without}"`);
      expect(f?.message).toContain("Map it as Sustainable yes/no");
    },
  );

  it.each(COVERAGE)(
    "mapped by the user as Sustainable, %j reads no and %j yes, exactly",
    (without, withSd) => {
      const mapping = { sheet: "Deliveries", field: "sustainable", column: "F", header: "Typ" };
      const read = deliveries("Typ", [withSd, without], [mapping]);
      expect(read.findings.filter((x) => x.severity === "error")).toEqual([]);
      expect(read.ledger.deliveries.map((d) => [d.sustainable, d.unreadable])).toEqual([
        ["yes", undefined],
        ["no", undefined],
      ]);
    },
  );

  it.each(["SD", "No SD", "SD-Nr. 17", "mit", "ohne Lot", "Lot 7"])(
    "%s alone says nothing of a declaration: the sheet reads as before",
    (value) => {
      const read = deliveries("Typ", [value, value]);
      expect(read.findings.filter((x) => x.code === "mapping-uncertain")).toEqual([]);
      for (const d of read.ledger.deliveries) expect(d.unreadable ?? []).not.toContain("sustainable");
    },
  );
});

describe("a heading that is a scheme's name, with or without a yes/no marker, is held until mapped", () => {
  const schemes = ["ISCC", "ISCC EU", "ISCC PLUS", "ISCC+", "REDcert", "RSB", "2BSvs", "KZR INiG", "SURE"];
  const markers = [
    "",
    " (Y/N)",
    " (yes/no)",
    " (ja/nein)",
    " j/n",
    " (oui/non)",
    " (sí/no)",
    " (ja/nee)",
    "?",
  ];
  it.each(schemes.flatMap((s) => markers.map((m) => `${s}${m}`)))(
    "%s: never Sustainable by its heading; a no in any language holds the sheet",
    (heading) => {
      for (const [no, yes] of YES_NO) {
        const read = deliveries(heading, [yes, no]);
        expect(read.sheets[0]?.columns).not.toHaveProperty("sustainable");
        // "ISCC PLUS" is also a Claim heading: read as the Claim, its "yes" and "no" are refused at
        // each cell, and no delivery carries a claim; else the column is held at its heading
        if (read.sheets[0]?.columns.claim === "F") {
          const refused = read.findings.filter(
            (f) => f.code === "invalid-value" && /^F\d$/.test(f.cell ?? ""),
          );
          expect(refused.length).toBeGreaterThan(0);
          for (const d of read.ledger.deliveries) expect(d.unreadable ?? []).toContain("claim");
        } else expectHeld(read);
      }
      // every delivery yes: nothing is lost, nothing said
      const allYes = deliveries(heading, ["yes", "yes"]);
      expect(allYes.findings.filter((x) => x.code === "mapping-uncertain")).toEqual([]);
    },
  );

  it.each(["ISCC (Y/N)", "REDcert (ja/nein)"])("%s mapped by the user as Sustainable is read", (heading) => {
    const mapping = { sheet: "Deliveries", field: "sustainable", column: "F", header: heading };
    const read = deliveries(heading, ["ja", "nein"], [mapping]);
    expect(read.ledger.deliveries.map((d) => d.sustainable)).toEqual(["yes", "no"]);
  });

  it("a heading of compliance stays a claim kept as yes/no", () => {
    const read = deliveries("ISCC compliant (Y/N)", ["Y", "N"]);
    const f = read.findings.find((x) => x.code === "mapping-uncertain" && x.cell === "F1");
    expect((f?.details as { reason?: string } | undefined)?.reason).toBe("claim-yes-no");
  });
});

describe("a certificate-number heading is the certificate when its values are certificates", () => {
  const supplier = [
    "ISCC No.",
    "ISCC-Nr.",
    "ISCC-Nummer",
    "ISCC number",
    "No. ISCC",
    "N° ISCC",
    "ISCC-Nr. Lieferant",
    "Zertifikatsnummer Lieferant",
    "Zertifikatsnr.",
    "N° certificat fournisseur",
    "N° certificat",
    "Nº certificado proveedor",
    "N. certificato fornitore",
    "Certificaatnr.",
    "Certificaat nr.",
    "Certificaatnr. leverancier",
  ];
  const CERTS = ["EU-ISCC-Cert-DE100-12345678", "EU-ISCC-Cert-FR200-1"];
  it.each(supplier)("receipts, %s: the supplier's certificate, read and checked", (heading) => {
    const read = receipts(heading, CERTS);
    expect(read.sheets[0]?.columns.supplierCertificate).toBe("F");
    expect(read.ledger.receipts.map((r) => r.supplierCertificate)).toEqual(CERTS);
  });

  it.each(["ISCC No.", "No. ISCC", "ISCC-Nr.", "Certificaatnr.", "N° certificat"])(
    "deliveries, %s: the customer's certificate",
    (heading) => {
      const read = deliveries(heading, CERTS);
      expect(read.sheets[0]?.columns.customerCertificate).toBe("F");
    },
  );

  it.each(supplier.flatMap((h) => YES_NO.slice(0, 4).map(([no, yes]) => [h, no, yes] as const)))(
    "receipts, %s holding %j and %j: never the certificate",
    (heading, no, yes) => {
      const read = receipts(heading, [yes, no]);
      expect(read.sheets[0]?.columns).not.toHaveProperty("supplierCertificate");
    },
  );

  it.each([
    ["No ISCC", "yes", "no"],
    ["No. ISCC", "ja", "nein"],
    ["ISCC No.", "oui", "non"],
  ])("deliveries, %s holding %s/%s: a yes/no, held, never a certificate", (heading, yes, no) => {
    const read = deliveries(heading, [yes, no]);
    expect(read.sheets[0]?.columns).not.toHaveProperty("customerCertificate");
    for (const d of read.ledger.deliveries) expect(d.unreadable ?? []).toContain("sustainable");
  });
});
