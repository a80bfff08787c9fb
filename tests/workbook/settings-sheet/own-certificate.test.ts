// The settings' own certificate cell (brk14 #3, p-sitecert's note): a certificate applied for
// ("beantragt") or a placeholder ("-", "n/a", "k.A.") states no certificate an SD could name. It was
// read as the number and written on every Sustainability Declaration where the book keeps no
// certificate register. Now it is refused at its cell (invalid-value, setting unused) and the own
// certificate stays unstated, so declarations ask for it; a number, or a digitless number of several
// words the certificate register judges ("EU-ISCC-Cert-NOT-THERE"), is read as written.
import fc from "fast-check";
import { runEngine } from "../../../src/engine/index";
import { readWorkbook } from "../../../src/workbook/read";
import { ownCertificateStated } from "../../../src/workbook/settings-sheet";
import { serial, sheet } from "../fixtures";

/** Cells that state no certificate, as staff write them (de, en, fr, es, nl, it). */
const UNSTATED = [
  ...["beantragt", "Antrag gestellt", "in Vorbereitung", "k.A.", "keine", "-", "–", "n/a", "N/A", "tbd"],
  ...["pending", "applied for", "in progress", "none", "en cours", "demandé", "en attente"],
  ...["solicitado", "en trámite", "pendiente", "aangevraagd", "in aanvraag", "in behandeling"],
  ...["richiesto", "in corso", "in attesa", "EU-ISCC-Cert-DE100-12345678 (beantragt)", "?", "offen"],
  // (one table of status words, engine/certificate-status-words.ts) to come, expired, withdrawn, in
  // progress: kept as the number before and printed on every SD
  ...["kommt noch", "folgt", "abgelaufen", "in Zertifizierung", "to come", "expired", "withdrawn"],
  ...["à venir", "expiré", "scaduto", "caducado", "komt nog", "verlopen", "w trakcie", "wygasły"],
  ...["EU-ISCC-Cert-DE100-12345678 abgelaufen", "EU-ISCC-Cert-DE100-12345678 (expired)"],
  // zeros alone name no certificate, as on the sites sheet (site-certificate.ts statesNoCertificate)
  ...["0", "000", "0000-0000", "0/0"],
];
/** Cells that state a certificate number. */
const STATED = [
  ...["EU-ISCC-Cert-DE100-12345678", "ISCC-PLUS-Cert-NL200-87654321", "EU-ISCC-Cert-FR200-2"],
  ...["eu-iscc-cert-de105-40000001 ", "DE-B-105-12345678", "EU-ISCC-Cert-NOT-THERE", "ISCC PLUS A"],
  // full-width digits are digits (NFKC), as on the sites sheet
  "ＤＥ１００-１２３４５６７８",
];

const read = (value: string) =>
  readWorkbook({
    name: "Books.xlsx",
    sheets: [
      sheet("Settings", [
        ["Setting", "Value"],
        ["Company name", "Handel Test GmbH"],
        ["Own certificate", value],
      ]),
    ],
  });

describe("an own certificate cell that states no certificate", () => {
  it.each(UNSTATED)("%j is refused at its cell, never the SD's certificate", (value) => {
    expect(ownCertificateStated(value)).toBe(false);
    const r = read(value);
    expect(r.ledger.settings.ownCertificate ?? "").toBe("");
    const at = r.findings.filter((f) => f.sheet === "Settings" && f.code === "invalid-value");
    expect(at.map((f) => f.cell)).toEqual(["B3"]);
    // (p-units3) a reason of its own, whose words say what to type, not "not a value the add-in understands"
    expect(at.map((f) => (f.details as { reason?: string }).reason)).toEqual(["no-certificate"]);
    expect(at[0]?.message).toContain("states no certificate");
    expect(at[0]?.message).toContain("type your certificate number");
    expect(at[0]?.message).not.toContain("not a value the add-in understands");
  });
});

describe("an own certificate cell that states a number", () => {
  it.each(STATED)("%j is read as written", (value) => {
    expect(ownCertificateStated(value)).toBe(true);
    expect(read(value).ledger.settings.ownCertificate?.trim()).toBe(value.trim());
  });
});

it("any cell holding a digit and no word of a certificate applied for is read as written", () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[A-Z]{2}-[A-Za-z-]{0,12}[0-9]{1,8}$/), (value) => {
      expect(ownCertificateStated(value)).toBe(true);
    }),
  );
});

describe("an own certificate that states a status is never printed on a declaration", () => {
  it.each(["kommt noch", "abgelaufen", "to come", "w trakcie", "EU-ISCC-Cert-DE100-12345678 abgelaufen"])(
    "%j: refused at its cell, the declaration held, not issued on it",
    (value) => {
      const r = readWorkbook({
        name: "Books.xlsx",
        sheets: [
          sheet("Settings", [
            ["Setting", "Value"],
            ["Company name", "Handel Test GmbH"],
            ["Company address", "Hafenstr. 1, 20457 Hamburg"],
            ["Own certificate", value],
            ["First period start", serial("2025-01-01")],
          ]),
          sheet("Receipts", [
            ["Date", "Supplier", "Supplier certificate", "SD number", "Product", "Quantity (t)", "Claim"],
            [serial("2025-02-20"), "Saipol", "EU-ISCC-Cert-DE100-1", "IN-1", "UCO", 100, "EU RED compliant"],
          ]),
          sheet("Deliveries", [
            ["Date", "Customer", "Customer address", "Product", "Quantity (t)", "Sustainable"],
            [serial("2025-03-10"), "Nordic Fuels Oy", "Satamatie 3, Porvoo", "UCO", 10, "yes"],
          ]),
        ],
      });
      expect(r.ledger.settings.ownCertificate ?? "").toBe("");
      const result = runEngine(r.ledger, { findings: r.findings, today: "2025-04-15" });
      const refused = result.findings.filter((f) => f.sheet === "Settings" && f.code === "invalid-value");
      expect(refused.map((f) => f.cell)).toEqual(["B4"]);
      expect(result.declarations.length).toBe(1);
      expect(result.declarations.every((d) => d.status !== "new" && d.number === "")).toBe(true);
      expect(JSON.stringify(result.declarations)).not.toContain(value);
    },
  );
});
