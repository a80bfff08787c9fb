// (brk28 L1) The SD number prefix named in Italian, Polish, Spanish or as a number range ("Prefisso
// numero DS", "Prefiks numeru DZ", "Prefijo del número de DS", "SD-Nummernkreis", "Kürzel SD") was
// not read: a warning, and the SDs numbered SD-2025-0001 for good. Now these keys are read in the
// seven languages; other settings' keys are not taken for it; and where no prefix is read, a row not
// read whose value may be one is an error holding the SDs. A sheet with no such row keeps the
// documented default "SD". The heading row is no setting in the seven languages (brk28 c12 pl).
import type { CellValue } from "../../../src/workbook/port";
import { COMPANY, settingsOf } from "./settings-books";

/** Keys of the SD prefix in the seven languages, a number range's among them: read as it. */
const PREFIX_KEYS = [
  "Prefisso numero DS",
  "Prefisso numeri DS",
  "Prefiks numeru DZ",
  "Prefiks numerów SD",
  "Prefijo del número de DS",
  "Prefijo de los números SD",
  "Préfixe des numéros DD",
  "Voorvoegsel SD-nummer",
  "Präfix der SD-Nummern",
  "SD number prefix",
  "Kürzel SD",
  "SD-Kürzel",
  "SD-Nummernkreis",
  "Nummernkreis",
  "Nummernkreis SD",
  "SD number range",
  "Number range",
  "Série de numéros DD",
  "Serie numerica DS",
  "Serie de numeración de DS",
  "Nummerreeks SD",
  "Seria numeracji DZ",
];

describe("the SD number prefix's key in seven languages", () => {
  it.each(PREFIX_KEYS)("%s | ACM is read as the prefix ACM, without a finding", (key) => {
    const { settings, at } = settingsOf([...COMPANY, [key, "ACM"]]);
    expect(settings.sdPrefix).toBe("ACM");
    expect(at).toEqual([]);
  });

  /** Keys of other settings, or of another thing's number: never read as the SD prefix. */
  it.each<[string, CellValue, string | undefined]>([
    ["Numero di certificato", "EU-ISCC-Cert-DE100-9", "ownCertificate"],
    ["Numer certyfikatu", "EU-ISCC-Cert-DE100-9", "ownCertificate"],
    ["Número de certificado", "EU-ISCC-Cert-DE100-9", "ownCertificate"],
    ["Data di emissione", "2025-04-02", "issueDate"],
    ["Durata del periodo (mesi)", 3, "periodMonths"],
    ["Długość okresu (miesiące)", 3, "periodMonths"],
    ["Duración del periodo (meses)", 3, "periodMonths"],
    ["Ragione sociale", "Acme", "companyName"],
  ])("%s is not taken for the prefix", (key, value, field) => {
    const { settings } = settingsOf([
      ["Company name", "X"],
      [key, value],
    ]);
    expect(settings.sdPrefix).toBeUndefined();
    if (field) expect(Object.keys(settings)).toContain(field);
  });

  it.each(["Kürzel", "Nummernkreis Rechnungen", "Prefix Rechnungsnummer", "Rechnungsnummernkreis"])(
    "%s | ACM is not read as the SD prefix (another thing's, or the company's short name)",
    (key) => {
      const { settings } = settingsOf([...COMPANY, ["SD number prefix", "ON"], [key, "ACM"]]);
      expect(settings.sdPrefix).toBe("ON");
    },
  );
});

describe("no SD prefix read, and a row not read that may state it", () => {
  it.each<[string, CellValue]>([
    ["Kürzel", "ACM"],
    ["Verantwortlich", "Jan"],
    ["Region", "EU"],
    ["Sigla", "ACM"],
    ["Skrót", "ACM-"],
  ])(
    "%s | %s: an error at its key's cell, saying the prefix could not be read and what to type",
    (key, value) => {
      const { settings, at } = settingsOf([...COMPANY, [key, value]]);
      expect(settings.sdPrefix).toBeUndefined();
      expect(at.map((f) => [f.severity, f.code, f.cell])).toEqual([["error", "invalid-value", "A3"]]);
      expect(at[0]?.details).toMatchObject({ consequence: "setting-prefix-unread" });
      expect(at[0]?.message).toContain("no SD number prefix is read on the sheet");
      expect(at[0]?.message).toContain('Name the row "SD number prefix"');
      expect(at[0]?.message).toContain("no Sustainability Declaration is issued");
    },
  );

  it.each<[string, CellValue]>([
    ["Certification body", "SGS Germany GmbH"],
    ["Bilanzjahr", 2025],
    ["Bemerkung", "bitte prüfen"],
  ])("%s | %s stays a warning: no prefix (a sentence, a number)", (key, value) => {
    const { at } = settingsOf([...COMPANY, [key, value]]);
    expect(at.map((f) => [f.severity, f.cell])).toEqual([["warning", "A3"]]);
  });

  it("a sheet with no prefix row and no row unread keeps the documented default, without a finding", () => {
    const { settings, at } = settingsOf(COMPANY);
    expect(settings.sdPrefix).toBeUndefined(); // the profile numbers SD-<year>-0001 (engine/profile.ts)
    expect(at).toEqual([]);
  });
});

describe("the heading row of a settings sheet in seven languages is no setting", () => {
  it.each([
    ["Setting", "Value"],
    ["Einstellung", "Wert"],
    ["Paramètre", "Valeur"],
    ["Ajuste", "Valor"],
    ["Parámetro", "Valor"],
    ["Impostazione", "Valore"],
    ["Instelling", "Waarde"],
    ["Ustawienie", "Wartość"],
    ["Parametr", "Wartość"],
  ])("%s | %s", (key, value) => {
    const { at } = settingsOf([[key, value], ...COMPANY, ["SD number prefix", "ON"]]);
    expect(at).toEqual([]);
  });

  it("Ustawienie | ACM is no heading: an error while no prefix is read", () => {
    expect(settingsOf([...COMPANY, ["Ustawienie", "ACM"]]).at.map((f) => f.severity)).toEqual(["error"]);
  });
});
