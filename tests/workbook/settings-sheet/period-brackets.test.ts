// A period length as a word with its count in brackets, or as a calendar year (brk20 NOISY-lite):
// "quarterly (3 months)" and "12 Monate (Kalenderjahr)" say one length and were refused. A word
// and a count that agree are read; that disagree stay refused. A calendar year is 12 months from
// 1 January: read where the first period start is a 1 January, else refused saying so (the
// default start, the quarter of the earliest row, may be another month). A mode with a period
// in brackets ("Periodenende (Quartal)") stays refused: a mode key sets no period.
import type { CellValue } from "../../../src/workbook/port";
import { settingsOf } from "./settings-books";

const withScheme = (rows: CellValue[][]) => settingsOf([["Scheme", "ISCC EU"], ...rows]);

/** A word and a bracketed count that agree: key, value, months. */
const AGREE: [string, string, number][] = [
  ["Period length (months)", "quarterly (3 months)", 3],
  ["Period length", "3 months (quarterly)", 3],
  ["Bilanzzeitraum", "Quartal (3 Monate)", 3],
  ["Bilanzzeitraum", "monatlich (1 Monat)", 1],
  ["Période de bilan", "trimestriel (3 mois)", 3],
  ["Periodo de balance", "trimestral (3 meses)", 3],
  ["Durata del periodo", "trimestrale (3 mesi)", 3],
  ["Periodelengte", "kwartaal (3 maanden)", 3],
  ["Okres bilansowy", "kwartalny (3 miesiące)", 3],
  ["Period length (months)", "3 (quarterly)", 3],
];

/** A word and a count that disagree, or a bracket of no length: refused at the value's cell. */
const DISAGREE: [string, string][] = [
  ["Period length (months)", "monthly (3 months)"],
  ["Bilanzzeitraum", "Quartal (1 Monat)"],
  ["Period length (months)", "12 (quarterly)"],
  ["Period length (months)", "quarterly (see note)"],
];

/** A calendar year in seven languages, alone or with its 12 months. */
const CALENDAR: [string, string][] = [
  ["Period length", "calendar year"],
  ["Bilanzzeitraum", "Kalenderjahr"],
  ["Periodenlänge (Monate)", "12 Monate (Kalenderjahr)"],
  ["Durée de la période", "année civile"],
  ["Durata del periodo", "anno solare"],
  ["Periodo de balance", "año natural"],
  ["Periodelengte", "kalenderjaar"],
  ["Okres bilansowy", "rok kalendarzowy"],
  ["Period length (months)", "12 months (calendar year)"],
];

it.each(AGREE)("%s | %s is %i months", (key, value, months) => {
  const r = withScheme([[key, value]]);
  expect(r.settings.periodMonths).toBe(months);
  expect(r.at).toEqual([]);
});

it.each(DISAGREE)("%s | %s is an error at B2, no period from it", (key, value) => {
  const r = withScheme([[key, value]]);
  expect(r.settings.periodMonths).toBeUndefined();
  expect(r.at.map((f) => `${f.severity} ${f.cell}`)).toEqual(["error B2"]);
  expect(r.at[0]?.message).toContain("no Sustainability Declaration is issued");
});

describe("a calendar year", () => {
  it.each(CALENDAR)("%s | %s with a first period start on 1 January is 12 months", (key, value) => {
    const r = withScheme([
      [key, value],
      ["First period start", "01.01.2025"],
    ]);
    expect(r.settings.periodMonths).toBe(12);
    expect(r.at).toEqual([]);
  });

  it.each(CALENDAR)("%s | %s without one is an error at B2 saying to set 1 January", (key, value) => {
    const r = withScheme([[key, value]]);
    expect(r.settings.periodMonths).toBeUndefined();
    expect(r.at.map((f) => `${f.severity} ${f.cell}`)).toEqual(["error B2"]);
    expect(r.at[0]?.message).toContain(
      "a calendar year is 12 months from 1 January, and no first period start on 1 January is set",
    );
  });

  it("with a first period start on another day it is an error too", () => {
    const r = withScheme([
      ["Bilanzzeitraum", "Kalenderjahr"],
      ["Beginn des ersten Zeitraums", "01.04.2025"],
    ]);
    expect(r.settings.periodMonths).toBeUndefined();
    expect(r.at.map((f) => `${f.severity} ${f.cell}`)).toEqual(["error B2"]);
  });

  it("12 with a start on 1 January reads as before, without a finding", () => {
    const r = withScheme([
      ["Period length (months)", 12],
      ["First period start", "01.01.2025"],
    ]);
    expect([r.settings.periodMonths, r.settings.periodStart, r.at]).toEqual([12, "2025-01-01", []]);
  });
});

it("a mode with a period in brackets stays refused at its cell: a mode key sets no period", () => {
  const r = withScheme([["Bilanzmodus", "Periodenende (Quartal)"]]);
  expect(r.settings.mode).toBeUndefined();
  expect(r.settings.periodMonths).toBeUndefined();
  expect(r.at.map((f) => `${f.severity} ${f.cell}`)).toEqual(["error B2"]);
});
