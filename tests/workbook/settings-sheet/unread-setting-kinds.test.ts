// A settings row that would leave a default in place of what the user wrote (brk20 A2, brk19 §10–11):
// a key no list read but whose value names a scheme or a balance mode ("Standard | ISCC PLUS",
// "Mass balance mode | continuous") was a warning while the run went on under ISCC EU and the end
// of period; SD-prefix keys in natural word order ("Prefisso numeri SD") were not read and the SDs
// were numbered "SD-…"; a prefix ending in the year ("ON-2025-") numbered "ON-2025--2025-0001".
// Now the common keys are read, any other such row is an error at its key's cell naming the key to
// write, and a prefix ending in a year is refused at its cell; normal rows are not touched.
import type { CellValue } from "../../../src/workbook/port";
import { COMPANY, settingsOf } from "./settings-books";

/** Common keys of the scheme in seven languages, read before and still. */
const KEPT_KEYS = [
  "Zertifizierungssystem",
  "Certification scheme",
  "Système de certification",
  "Sistema de certificación",
  "Sistema di certificazione",
  "Certificeringssysteem",
  "System certyfikacji",
];

/** Keys of the scheme and the balance mode, now read. */
const READ: [string, string, "scheme" | "mode", string][] = [
  ["Certification system", "ISCC PLUS", "scheme", "ISCC PLUS"],
  ["Système de certification", "ISCC PLUS", "scheme", "ISCC PLUS"],
  ["Schéma de certification", "ISCC PLUS", "scheme", "ISCC PLUS"],
  ["Sistema de certificación", "ISCC PLUS", "scheme", "ISCC PLUS"],
  ["Sistema di certificazione", "ISCC PLUS", "scheme", "ISCC PLUS"],
  ["Certificeringssysteem", "ISCC PLUS", "scheme", "ISCC PLUS"],
  ["Certificatieschema", "ISCC PLUS", "scheme", "ISCC PLUS"],
  ["System certyfikacji", "ISCC PLUS", "scheme", "ISCC PLUS"],
  ["Mass balance mode", "continuous", "mode", "continuous"],
  ["Bilanzierungsart", "Periodenende", "mode", "end-of-period"],
  ["Massenbilanzmodus", "kontinuierlich", "mode", "continuous"],
  ["Bilanzierungsmodus", "laufend", "mode", "continuous"],
  ["Mode de bilan massique", "continu", "mode", "continuous"],
  ["Modo de balance de masa", "continuo", "mode", "continuous"],
  ["Modalità del bilancio di massa", "continuo", "mode", "continuous"],
  ["Massabalansmodus", "doorlopend", "mode", "continuous"],
  ["Tryb bilansu masy", "ciągły", "mode", "continuous"],
];

/** Keys no list reads, whose value names a scheme or a mode: an error naming the key to write. */
const UNREAD: [string, string, RegExp][] = [
  ["Standard", "ISCC PLUS", /Name the row "Scheme"/],
  ["Zertifizierung", "ISCC PLUS", /Name the row "Scheme"/],
  ["Norm", "ISCC EU", /Name the row "Scheme"/],
  ["Certificazione", "ISCC+", /Name the row "Scheme"/],
  ["Certificering", "ISCC", /Name the row "Scheme"/],
  ["Certification", "PLUS", /Name the row "Scheme"/],
  ["Abrechnungsmethode", "continuous", /Name the row "Balance mode"/],
  ["Accounting", "end of period", /Name the row "Balance mode"/],
  ["Méthode", "fin de période", /Name the row "Balance mode"/],
  ["Bilanzierung", "Periodenende", /Name the row "Balance mode"/],
  ["Rodzaj bilansowania", "ciągły", /Name the row "Balance mode"/],
  ["Präfix für SD-Nummern ab 2025", "ON", /Name the row "SD number prefix"/],
  // (brk21 3) a period length in words under a key of the balance's rhythm: was a warning, and the
  // declarations issued on the 3-month default
  ["Abrechnungsart", "monatlich", /Period length/],
  ["Bilanzierung", "monatlich", /Period length/],
  ["Massenbilanz", "monatlich", /Period length/],
  ["Bilanzrhythmus", "1 Monat", /Period length/],
  ["Inventory", "monthly", /Period length/],
  ["Stock count", "quarterly", /Period length/],
  ["Mass balance closing", "yearly", /Period length/],
  ["Chiusura bilancio di massa", "mensile", /Period length/],
  ["Cierre del balance", "trimestral", /Period length/],
  ["Massabalans afsluiting", "maandelijks", /Period length/],
  ["Prefix for declarations issued", "ON", /Name the row "SD number prefix"/],
  // (brk22) a key that names the balance itself: a mode word under it the mode, a period length
  // the period (its words are neither the mode keys' nor the period keys', unread-setting-kind.ts)
  ["Massenbilanz", "fortlaufend", /Name the row "Balance mode"/],
  ["Mass balance", "continuous", /Name the row "Balance mode"/],
  ["Bilan massique", "continu", /Name the row "Balance mode"/],
  ["Mass balance", "monthly", /Period length/],
  ["Bilan massique", "mensuel", /Period length/],
  ["Balance de masa", "trimestral", /Period length/],
];

/** Natural word orders of the SD prefix's key, now read. */
const PREFIX_KEYS = [
  "Prefisso numeri SD",
  "Prefijo de número SD",
  "Prefijo de los números SD",
  "Voorvoegsel SD-nummer",
  "Préfixe des numéros DD",
  "Préfixe des numéros de DD",
  "Prefix der SD-Nummern",
  "Präfix SD-Nummer",
  "Prefix of the SD numbers",
  "Préfixe des déclarations",
];

/** Prefixes as typed, and the prefix read ("ON-" is ON: the add-in writes the dash). */
const PREFIXES: [string, string][] = [
  ["ON-", "ON"],
  ["ON / ", "ON"],
  ["ORH-SD-", "ORH-SD"],
];
/** Prefixes read as typed, before and still. */
const KEPT_PREFIXES = ["ON", "ORH/SD", "ON-SD", "SD 2"];
const PREFIXES_WITH_YEAR = ["ON-2025-", "ON-2025", "ON2025", "SD/2026/", "2025-"];

describe("scheme and balance mode keys", () => {
  it.each(READ)("%s | %s is read, without a finding", (key, value, id, read) => {
    const { settings, at } = settingsOf([...COMPANY, [key, value]]);
    expect(settings[id]).toBe(read);
    expect(at).toEqual([]);
  });

  it.each(KEPT_KEYS)("%s | ISCC PLUS is read as before", (key) => {
    const { settings, at } = settingsOf([...COMPANY, [key, "ISCC PLUS"]]);
    expect(settings.scheme).toBe("ISCC PLUS");
    expect(at).toEqual([]);
  });

  it.each(UNREAD)("%s | %s is an error at its key's cell naming the key to write", (key, value, names) => {
    const { settings, at } = settingsOf([...COMPANY, [key, value]]);
    expect(settings.scheme).toBeUndefined();
    expect(settings.mode).toBeUndefined();
    expect(at.map((f) => [f.severity, f.code, f.cell])).toEqual([["error", "invalid-value", "A3"]]);
    expect(at[0]?.message).toMatch(names);
    expect(at[0]?.message).toContain("no Sustainability Declaration is issued");
  });
});

describe("the SD number prefix", () => {
  it.each(PREFIX_KEYS)("%s | OI is read as the prefix OI", (key) => {
    const { settings, at } = settingsOf([...COMPANY, [key, "OI"]]);
    expect(settings.sdPrefix).toBe("OI");
    expect(at).toEqual([]);
  });

  it.each(PREFIXES)("SD number prefix | %s is read as %s", (value, prefix) => {
    const { settings, at } = settingsOf([...COMPANY, ["SD number prefix", value]]);
    expect(settings.sdPrefix).toBe(prefix);
    expect(at).toEqual([]);
  });

  it.each(KEPT_PREFIXES)("SD number prefix | %s is read as typed", (value) => {
    const { settings, at } = settingsOf([...COMPANY, ["SD number prefix", value]]);
    expect(settings.sdPrefix).toBe(value);
    expect(at).toEqual([]);
  });

  it.each(PREFIXES_WITH_YEAR)(
    "SD number prefix | %s is refused at its cell: the add-in adds the year",
    (value) => {
      const { settings, at } = settingsOf([...COMPANY, ["SD number prefix", value]]);
      expect(settings.sdPrefix).toBeUndefined();
      expect(at.map((f) => [f.severity, f.code, f.cell])).toEqual([["error", "invalid-value", "B3"]]);
      expect(at[0]?.message).toContain("the add-in adds the year and the sequence to the prefix itself");
    },
  );
});

describe("rows that must not change", () => {
  it.each<[string, CellValue]>([
    ["Region", "EU"],
    ["Status", "laufend"],
    ["Remark", "fine"],
    ["Prefix Rechnungsnummer", "RE"],
    ["Certification body", "SGS Germany GmbH"],
    ["Bilanzjahr", 2025],
    // (brk21 3) a rhythm of another thing than the balance, or a number alone
    ["Audit", "jährlich"],
    ["Surveillance audit frequency", "yearly"],
    ["Zahlungsrhythmus", "monatlich"],
    ["Invoice frequency", "monthly"],
    ["Stock count", "3"],
  ])("%s | %s stays a warning: nothing the balances rest on", (key, value) => {
    // (brk28 L1) with the SD prefix read: without it, a one-word value may be the prefix (sd-prefix-unread.test.ts)
    const { at } = settingsOf([...COMPANY, ["SD number prefix", "ON"], [key, value]]);
    expect(at.map((f) => [f.severity, f.code, f.cell])).toEqual([["warning", "invalid-value", "A4"]]);
  });

  it("a normal settings sheet reads as before, without a finding", () => {
    const { settings, at } = settingsOf([
      ["Setting", "Value"],
      ...COMPANY,
      ["Scheme", "ISCC EU"],
      ["Balance mode", "continuous"],
      ["Period length (months)", 3],
      ["SD number prefix", "ON"],
    ]);
    expect([settings.scheme, settings.mode, settings.periodMonths, settings.sdPrefix]).toEqual([
      "ISCC EU",
      "continuous",
      3,
      "ON",
    ]);
    expect(at).toEqual([]);
  });

  it("a scheme written twice with the same value stays a warning; with another, an error", () => {
    const same = settingsOf([...COMPANY, ["Scheme", "ISCC PLUS"], ["Zertifizierungssystem", "ISCC PLUS"]]);
    expect(same.at.map((f) => [f.severity, f.cell])).toEqual([["warning", "A4"]]);
    const other = settingsOf([...COMPANY, ["Scheme", "ISCC PLUS"], ["Zertifizierungssystem", "ISCC EU"]]);
    expect(other.at.map((f) => [f.severity, f.cell])).toEqual([["error", "A4"]]);
    expect(other.at[0]?.message).toContain("as the scheme decides what one states");
  });
});
