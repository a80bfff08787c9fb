// A period length and first period start as staff write them in de, en, fr, it, es, nl and pl
// (brk19 §1–2): each spelling listed is read as its number of months; a value or key not read is
// an error at its cell (it holds back every declaration), never the 3-month default put in its place.
import { Grid } from "../../../src/workbook/grid";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { settingsEntries } from "../../../src/workbook/settings-sheet";
import { unreadSettingRows } from "../../../src/workbook/settings-unread";
import { sheet } from "../fixtures";

const settingsOf = (rows: CellValue[][]) => {
  const read = readWorkbook({
    name: "Books.xlsx",
    sheets: [sheet("Settings", [["Scheme", "ISCC EU"], ...rows])],
  });
  const at = read.findings.filter((f) => f.sheet === "Settings");
  return { months: read.ledger.settings.periodMonths, start: read.ledger.settings.periodStart, at };
};

/** Must read: key, value, months. */
const READ: [string, CellValue, number][] = [
  // en
  ["Period length (months)", 1, 1],
  ["Period length", "12 months", 12],
  ["Period length", "quarterly", 3],
  // de
  ["Bilanzzeitraum", "Monatlich", 1],
  ["Periodenlänge (Monate)", "12 Monate", 12],
  ["Bilanzzeitraum", "jährlich", 12],
  // fr, masculine and feminine
  ["Durée de la période", "mensuel", 1],
  ["Durée de la période", "mensuelle", 1],
  ["Période de bilan", "trimestrielle", 3],
  ["Période de bilan", "semestrielle", 6],
  ["Période de bilan", "annuelle", 12],
  // es
  ["Periodo de balance", "mensual", 1],
  ["Duración del período (meses)", "12 meses", 12],
  // it
  ["Durata del periodo", "mensile", 1],
  ["Durata del periodo (mesi)", "1 mese", 1],
  ["Durata del periodo (mesi)", "12 mesi", 12],
  ["Durata del periodo", "trimestrale", 3],
  ["Durata del periodo", "semestrale", 6],
  ["Periodo di bilancio", "annuale", 12],
  // nl
  ["Periodelengte", "maandelijks", 1],
  ["Periodelengte (maanden)", "1 maand", 1],
  ["Periodelengte (maanden)", "12 maanden", 12],
  ["Periodelengte", "kwartaal", 3],
  ["Periodelengte", "halfjaarlijks", 6],
  ["Periodelengte", "jaarlijks", 12],
  ["Balansperiode", "jaar", 12],
  // pl
  ["Długość okresu", "1 miesiąc", 1],
  ["Długość okresu (miesiące)", "3 miesiące", 3],
  ["Długość okresu (miesiące)", "12 miesięcy", 12],
  ["Okres bilansowy", "miesięczny", 1],
  ["Okres bilansowy", "kwartalny", 3],
  ["Okres bilansowy", "półroczny", 6],
  ["Okres bilansowy", "roczny", 12],
  ["Okres bilansowy", "rok", 12],
];

it.each(READ)("%s | %s is %i months", (key, value, months) => {
  const r = settingsOf([[key, value]]);
  expect(r.months).toBe(months);
  expect(r.at).toEqual([]);
});

/** Must refuse, as an error at the value's cell (B2) or the key's (A2). */
const REFUSED: [string, CellValue, string][] = [
  ["Period", "one fortnight", "B2"],
  ["Period", "Q1 2025", "B2"],
  ["Bilanzzeitraum", "01.01.2025 - 31.12.2025", "B2"],
  ["Durata del periodo", "90 giorni", "B2"],
  ["Periodelengte", "0", "B2"],
  ["Period length (months)", 2.5, "B2"],
  ["Peroid length (months)", 12, "A2"],
  ["Reporting period", "2025", "A2"],
  ["Abrechnungszeitraum", "monatlich", "A2"],
  ["First period start", "Feb 2025", "B2"],
  ["First period start", "45689", "B2"],
  ["Początek pierwszego okresu", "sometime in spring", "B2"],
];

it.each(REFUSED)("%s | %s is an error at %s, no period from it", (key, value, cell) => {
  const r = settingsOf([[key, value]]);
  expect(r.at.map((f) => `${f.severity} ${f.cell}`)).toEqual([`error ${cell}`]);
  expect(r.at[0]?.message).toContain("no Sustainability Declaration is issued");
  expect(r.months).toBeUndefined();
  expect(r.start).toBeUndefined();
});

it("a period length written twice with another value is an error; with the same value a warning", () => {
  const twice = (second: CellValue) => {
    const g = new Grid(
      sheet("Settings", [
        ["Period length (months)", 12],
        ["Periodelengte", second],
      ]),
    );
    return unreadSettingRows(g, settingsEntries(g)).map((f) => `${f.severity} ${f.cell}`);
  };
  expect(twice(3)).toEqual(["error A2"]);
  expect(twice(12)).toEqual(["warning A2"]);
});

/** Keys of the settings in Polish and Italian, by the setting they name. */
const KEYS: [string, string][] = [
  ["Nazwa firmy", "companyName"],
  ["Adres firmy", "companyAddress"],
  ["Certyfikat", "ownCertificate"],
  ["Numer certyfikatu", "ownCertificate"],
  ["Długość okresu", "periodMonths"],
  ["Okres bilansowy", "periodMonths"],
  ["Początek okresu", "periodStart"],
  ["Początek pierwszego okresu", "periodStart"],
  ["Prefiks SD", "sdPrefix"],
  ["Data wystawienia", "issueDate"],
  ["Separator dziesiętny", "decimalSeparator"],
  ["Format daty", "dateOrder"],
  ["Typ operatora", "operatorType"],
  ["Periodo di bilancio", "periodMonths"],
  ["Balansperiode", "periodMonths"],
];

it.each(KEYS)("%s is read as %s", (key, id) => {
  const g = new Grid(sheet("Settings", [[key, "x"]]));
  expect(settingsEntries(g).map((e) => e.field.id)).toEqual([id]);
});

it("no period row: nothing said, the documented default applies", () => {
  const r = settingsOf([["Company name", "Olie BV"]]);
  expect(r.months).toBeUndefined();
  expect(r.at).toEqual([]);
});
