// (brk23 §5) The settings' own certificate cell with a remark after the number ("EU-ISCC-Cert-DE100-9
// (alt)", "… (neu ab 01.05.2025)", "… (Rezertifizierung läuft)", "… gültig bis 31.12.2025") was read
// whole and printed on every SD as the certificate number, though the cell says the number is old,
// not yet valid or in recertification. Now such a cell is refused at its cell (the SDs ask for the
// number); a remark that only says the certificate is valid or active ("gültig", "(aktiv)") leaves
// the number alone, exactly; a number alone is read as before.
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

const N = "EU-ISCC-Cert-DE100-9";
/** Remarks that say more than valid: refused (de, en, fr, it, es, nl, pl). */
const REFUSED = [
  "(alt)",
  "(neu ab 01.05.2025)",
  "(Rezertifizierung läuft)",
  "(gültig bis 31.12.2025)",
  "valid until 2025-12-31",
  "(old)",
  "(new from 2025-05-01)",
  "(ancien)",
  "(nouveau à partir du 01/05/2025)",
  "(vecchio)",
  "(nuevo desde 01/05/2025)",
  "(oud)",
  "(stary)",
];
/** Remarks that only say valid or active: the number alone. */
const VALID = [
  "gültig",
  "(aktiv)",
  "(valid)",
  "active",
  "(valide)",
  "(attivo)",
  "(vigente)",
  "(geldig)",
  "(ważny)",
];

const read = (value: string) =>
  readWorkbook({
    name: "Books.xlsx",
    sheets: [
      sheet("Settings", [
        ["Setting", "Value"],
        ["Company name", "Handel Test GmbH"],
        ["Own certificate", value],
        ["Issue date", serial("2025-04-02")],
      ]),
    ],
  });

describe("an own certificate cell with a remark after the number", () => {
  it.each(REFUSED)(`"${N} %s" is refused at its cell, never printed on an SD`, (remark) => {
    const r = read(`${N} ${remark}`);
    expect(r.ledger.settings.ownCertificate ?? "").toBe("");
    const at = r.findings.filter((f) => f.sheet === "Settings" && f.code === "invalid-value");
    expect(at.map((f) => f.cell)).toEqual(["B3"]);
    // (review) its own reason and words: what to do, not the wording of a cell stating no certificate
    expect(at.map((f) => (f.details as { reason?: string }).reason)).toEqual(["certificate-remark"]);
    expect(at[0]?.message).toContain("write the certificate number alone");
    expect(at[0]?.message).toContain("put a remark in another cell");
    expect(at[0]?.message).not.toContain("states no certificate");
  });

  it.each(VALID)(`"${N} %s" is read as the number alone`, (remark) => {
    const r = read(`${N} ${remark}`);
    expect(r.ledger.settings.ownCertificate).toBe(N);
    expect(r.findings.filter((f) => f.sheet === "Settings" && f.cell === "B3")).toEqual([]);
  });

  it.each([N, `  ${N} `, "DE-B-105-12345678", "ISCC PLUS A", "EU-ISCC-Cert-NOT-THERE"])(
    "%j is read as before",
    (value) => {
      const r = read(value);
      expect(r.ledger.settings.ownCertificate).toBe(value.trim());
    },
  );
});
