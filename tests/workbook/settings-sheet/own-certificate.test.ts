// The settings' own certificate cell (brk14 #3, p-sitecert's note): a certificate applied for
// ("beantragt") or a placeholder ("-", "n/a", "k.A.") states no certificate an SD could name. It was
// read as the number and written on every Sustainability Declaration where the book keeps no
// certificate register. Now it is refused at its cell (invalid-value, setting unused) and the own
// certificate stays unstated, so declarations ask for it; a number, or a digitless number of several
// words the certificate register judges ("EU-ISCC-Cert-NOT-THERE"), is read as written.
import fc from "fast-check";
import { readWorkbook } from "../../../src/workbook/read";
import { ownCertificateStated } from "../../../src/workbook/settings-sheet";
import { sheet } from "../fixtures";

/** Cells that state no certificate, as staff write them (de, en, fr, es, nl, it). */
const UNSTATED = [
  ...["beantragt", "Antrag gestellt", "in Vorbereitung", "k.A.", "keine", "-", "–", "n/a", "N/A", "tbd"],
  ...["pending", "applied for", "in progress", "none", "en cours", "demandé", "en attente"],
  ...["solicitado", "en trámite", "pendiente", "aangevraagd", "in aanvraag", "in behandeling"],
  ...["richiesto", "in corso", "in attesa", "EU-ISCC-Cert-DE100-12345678 (beantragt)", "?", "offen"],
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
