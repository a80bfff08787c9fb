// (brk21 4) "Zertifiziert nach | ISCC EU" held every declaration as a row whose key no list read
// but whose value named a scheme, though it is an ordinary way to state the scheme and agreed with
// the one in force. Now the keys of the scheme a company is certified to are the scheme's key in
// de, en, fr, es, it, nl, pl: ISCC PLUS there sets the scheme as "Scheme" does, and a second scheme
// row that disagrees stays an error.
import type { CellValue } from "../../../src/workbook/port";
import { COMPANY, settingsOf } from "./settings-books";

const CERTIFIED_TO = [
  "Zertifiziert nach",
  "Zertifiziert gemäß",
  "Zertifizierung nach",
  "Certified to",
  "Certified according to",
  "Certified under",
  "Certification scheme",
  "Certifié selon",
  "Certifiée selon",
  "Certification selon",
  "Certificado según",
  "Certificación según",
  "Certificato secondo",
  "Certificazione secondo",
  "Gecertificeerd volgens",
  "Certificering volgens",
  "Certyfikowany wg",
  "Certyfikowany wg.",
  "Certyfikowany według",
  "Certyfikacja według",
];

describe("the scheme a company is certified to", () => {
  it.each(CERTIFIED_TO)("%s | ISCC EU is the scheme in force, without a finding", (key) => {
    const { settings, at } = settingsOf([...COMPANY, [key, "ISCC EU"]]);
    expect(settings.scheme).toBe("ISCC EU");
    expect(at).toEqual([]);
  });

  it.each(CERTIFIED_TO)("%s | ISCC PLUS sets the scheme as Scheme does", (key) => {
    const { settings, at } = settingsOf([...COMPANY, [key, "ISCC PLUS"]]);
    expect(settings.scheme).toBe("ISCC PLUS");
    expect(at).toEqual([]);
  });

  it.each(["Zertifiziert nach", "Certified to", "Certifié selon", "Certyfikowany wg"])(
    "Scheme | ISCC EU and %s | ISCC PLUS: the second row is an error, as two scheme rows are",
    (key) => {
      const { at } = settingsOf([...COMPANY, ["Scheme", "ISCC EU"], [key, "ISCC PLUS"]]);
      expect(at.map((f) => [f.severity, f.code, f.cell])).toEqual([["error", "invalid-value", "A4"]]);
      expect(at[0]?.message).toContain("as the scheme decides what one states");
    },
  );

  it("Scheme and Zertifiziert nach agreeing: a warning at the second row, nothing held", () => {
    const { settings, at } = settingsOf([
      ...COMPANY,
      ["Scheme", "ISCC PLUS"],
      ["Zertifiziert nach", "ISCC PLUS"],
    ]);
    expect(settings.scheme).toBe("ISCC PLUS");
    expect(at.map((f) => [f.severity, f.cell])).toEqual([["warning", "A4"]]);
  });

  it.each<[string, CellValue]>([
    ["Zertifizierung", "ISCC PLUS"],
    ["Certification", "PLUS"],
    ["Standard", "ISCC PLUS"],
  ])("%s | %s stays an error naming the key to write (not one of these keys)", (key, value) => {
    const { settings, at } = settingsOf([...COMPANY, [key, value]]);
    expect(settings.scheme).toBeUndefined();
    expect(at.map((f) => [f.severity, f.code])).toEqual([["error", "invalid-value"]]);
  });

  it.each<[string, CellValue]>([
    ["Certification body", "SGS Germany GmbH"],
    ["Zertifiziert durch", "SGS Germany GmbH"],
    ["Certified by", "Control Union"],
  ])("%s | %s (who certifies) is no scheme key: a warning as before", (key, value) => {
    const { settings, at } = settingsOf([...COMPANY, [key, value]]);
    expect(settings.scheme).toBeUndefined();
    expect(at.map((f) => [f.severity, f.code])).toEqual([["warning", "invalid-value"]]);
  });
});
