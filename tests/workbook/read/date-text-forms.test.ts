// Dates in the text forms real books hold (brk19 §14): German short dates "03.01.25" (dotted, the
// year's two digits last: day.month.year by rule, as "3.1.25" always was), Polish month names
// (genitive and nominative, with and without diacritics, "r." after the year), a weekday before
// the date in each language ("Fr, 03.01.2025", "Mon 3 Jan 2025", "lun. 03/01/2025"), and the dot
// after the year ("03.01.2025."). Each is read as the day it names, or refused at its cell where
// it is not certain: a weekday that is not the date's own is refused, never ignored, and a
// slashed date whose order is open stays refused. Properties over every day of a year in each
// form, tables of spellings, and cells through a real .xlsx file (exceljs).
import fc from "fast-check";
import { format } from "date-fns/format";
import type { Locale } from "date-fns";
import { de } from "date-fns/locale/de";
import { enGB } from "date-fns/locale/en-GB";
import { es } from "date-fns/locale/es";
import { fr } from "date-fns/locale/fr";
import { it as itLocale } from "date-fns/locale/it";
import { nl } from "date-fns/locale/nl";
import { pl } from "date-fns/locale/pl";
import type { Finding } from "../../../src/engine/result";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { parseDateText, yearEvidence } from "../../../src/workbook/values";
import { sheet, throughXlsx } from "../fixtures";
import { DATE_HEADER, dateRow } from "./date-rows";

const pad = (n: number) => String(n).padStart(2, "0");
const isoOf = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
/** Every day of 2025 and of 1999 (a two-digit year above 49). */
const DAYS = [2025, 1999].flatMap((y) =>
  Array.from({ length: 365 }, (_, i) => new Date(Date.UTC(y, 0, 1 + i))),
);

// the months in Polish, genitive (after a day) and nominative, as written with their diacritics
const PL_GENITIVE = [
  "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
  "lipca", "sierpnia", "września", "października", "listopada", "grudnia",
]; // prettier-ignore
const PL_NOMINATIVE = [
  "styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec",
  "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień",
]; // prettier-ignore
const plain = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "");

/** Each form of a day people write, by its name. */
const FORMS: Record<string, (d: Date) => string> = {
  "dd.mm.yy": (d) => `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${pad(d.getUTCFullYear() % 100)}`,
  "d.m.yy": (d) => `${d.getUTCDate()}.${d.getUTCMonth() + 1}.${pad(d.getUTCFullYear() % 100)}`,
  "dd.mm.yyyy.": (d) => `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}.`,
  "d. m. yyyy.": (d) => `${d.getUTCDate()}. ${d.getUTCMonth() + 1}. ${d.getUTCFullYear()}.`,
  "pl genitive": (d) => `${d.getUTCDate()} ${PL_GENITIVE[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
  "pl nominative": (d) => `${d.getUTCDate()} ${PL_NOMINATIVE[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
  "pl genitive, no diacritics": (d) =>
    `${d.getUTCDate()} ${plain(PL_GENITIVE[d.getUTCMonth()]!)} ${d.getUTCFullYear()}`,
  "pl nominative, no diacritics": (d) =>
    `${d.getUTCDate()} ${plain(PL_NOMINATIVE[d.getUTCMonth()]!)} ${d.getUTCFullYear()}`,
  "pl with r.": (d) => `${d.getUTCDate()} ${PL_GENITIVE[d.getUTCMonth()]} ${d.getUTCFullYear()} r.`,
};

describe("every day of a year, written in each form, reads back to itself", () => {
  it.each(Object.keys(FORMS))("%s", (form) => {
    const write = FORMS[form]!;
    const wrong = DAYS.map((d) => [write(d), isoOf(d)] as const).filter(([text, want]) => {
      const read = parseDateText(text, null);
      return !read.ok || read.value !== want;
    });
    expect(wrong).toEqual([]);
  });
});

/** The languages a weekday is written in, each with the forms of its name. */
const LOCALES: [string, Locale][] = [
  ["en", enGB],
  ["de", de],
  ["fr", fr],
  ["es", es],
  ["it", itLocale],
  ["nl", nl],
  ["pl", pl],
];
const local = (d: Date) => new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
const dotted = (d: Date) => `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;

describe("a weekday before the date", () => {
  it.each(LOCALES)("%s: the date's own weekday, full, abbreviated and short, is read", (_, locale) => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DAYS),
        fc.constantFrom("EEEE", "EEE", "EEEEEE"),
        fc.constantFrom(", ", " "),
        (d, width, sep) => {
          const text = `${format(local(d), width, { locale })}${sep}${dotted(d)}`;
          expect([text, parseDateText(text, null)]).toEqual([text, { ok: true, value: isoOf(d) }]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each(LOCALES)("%s: another weekday is refused, with the date's own day", (_, locale) => {
    fc.assert(
      fc.property(fc.constantFrom(...DAYS), fc.integer({ min: 1, max: 6 }), (d, shift) => {
        const other = new Date(d.getTime() + shift * 86_400_000);
        const text = `${format(local(other), "EEEE", { locale })}, ${dotted(d)}`;
        expect([text, parseDateText(text, null)]).toEqual([text, { ok: false, weekday: isoOf(d) }]);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    // 3 Jan 2025 was a Friday, 1 Mar 2025 a Saturday
    ["Fr, 03.01.2025", "2025-01-03"],
    ["Fr. 03.01.2025", "2025-01-03"],
    ["Freitag, 3. Januar 2025", "2025-01-03"],
    ["Fri 3 Jan 2025", "2025-01-03"],
    ["Friday, January 3, 2025", "2025-01-03"],
    ["vendredi 3 janvier 2025", "2025-01-03"],
    ["vendredi le 3 janvier 2025", "2025-01-03"],
    ["viernes, 3 de enero de 2025", "2025-01-03"],
    ["venerdì 3 gennaio 2025", "2025-01-03"],
    ["vr 3 januari 2025", "2025-01-03"],
    ["pt. 3 stycznia 2025", "2025-01-03"],
    ["piątek, 03.01.2025", "2025-01-03"],
    ["Fr, 03.01.25", "2025-01-03"],
    ["Fri 2025-01-03", "2025-01-03"],
    ["Fr, 03.01.2025 14:30", "2025-01-03"],
    // a weekday named alike in every language settles an open order: only 3 Jan is a Friday
    ["ven. 03/01/2025", "2025-01-03"],
    ["Sat 03/01/2025", "2025-03-01"],
    // "Do" is Thursday in German and Dutch (2 Jan 2025) and Sunday in Spanish: agrees
    ["Do, 02.01.2025", "2025-01-02"],
    // a month name is no weekday: the whole text is read ("Mar" is also Tuesday in fr, es, it)
    ["Mar 3, 2025", "2025-03-03"],
    ["mar 3 2025", "2025-03-03"],
  ])("reads %s as %s", (text, want) => {
    expect(parseDateText(text, null)).toEqual({ ok: true, value: want });
  });

  it.each([
    ["Mo, 03.01.2025", "2025-01-03"],
    ["Mon 3 Jan 2025", "2025-01-03"],
    ["Tue, 3 Mar 2025", "2025-03-03"],
    ["Dienstag, 3. März 2025", "2025-03-03"],
    ["pon. 3 stycznia 2025", "2025-01-03"],
  ])("refuses %s: not its date's weekday", (text, own) => {
    expect(parseDateText(text, null)).toEqual({ ok: false, weekday: own });
  });

  it.each([
    // Monday is neither 3 Jan nor 1 Mar 2025: the open order is still asked
    ["lun. 03/01/2025", { dmy: "2025-01-03", mdy: "2025-03-01" }],
    // "ma" is Monday in Dutch and Tuesday in French, Spanish, Italian: it settles nothing
    ["ma 06/01/2025", { dmy: "2025-01-06", mdy: "2025-06-01" }],
  ])("keeps %s refused as open", (text, ambiguous) => {
    expect(parseDateText(text, null)).toEqual({ ok: false, ambiguous });
  });
});

describe("dotted and slashed dates whose year has two digits", () => {
  it.each([
    ["03.01.25", "2025-01-03"],
    ["3.1.25", "2025-01-03"],
    ["15.02.25", "2025-02-15"],
    ["25.02.13", "2013-02-25"],
    ["03.01.30", "2030-01-03"],
    ["03.01.99", "1999-01-03"],
    ["03.01.2025.", "2025-01-03"],
    ["3. 1. 2025.", "2025-01-03"],
  ])("reads %s as %s, dotted: day first", (text, want) => {
    expect(parseDateText(text, null)).toEqual({ ok: true, value: want });
  });

  it.each([
    // no day by the day-first rule: refused as no date, not read year first (25 Apr 2031)
    ["31.04.25", { ok: false }],
    // slashed and dashed dates may be written in any order: still refused with every reading
    ["01/02/25", { ok: false, ambiguous: { dmy: "2025-02-01", mdy: "2025-01-02", ymd: "2001-02-25" } }],
    ["13/02/25", { ok: false, ambiguous: { dmy: "2025-02-13", ymd: "2013-02-25" } }],
    ["25-03-05", { ok: false, ambiguous: { dmy: "2005-03-25", ymd: "2025-03-05" } }],
    ["05/03/2025", { ok: false, ambiguous: { dmy: "2025-03-05", mdy: "2025-05-03" } }],
    ["03-01-2025", { ok: false, ambiguous: { dmy: "2025-01-03", mdy: "2025-03-01" } }],
    // only a day and a month: no date
    ["03.01.", { ok: false }],
  ])("refuses %s", (text, want) => {
    expect(parseDateText(text, null)).toEqual(want);
  });

  // (brk23) the dot after the day of a year-first date, as Hungarians write it; must not change:
  // the dot after the year, and dotted dates without one
  it.each([
    ["2025.03.05.", "2025-03-05"],
    ["2025. 3. 5.", "2025-03-05"],
    ["2025.12.31.", "2025-12-31"],
    ["2025.03.05", "2025-03-05"],
    ["05.03.2025.", "2025-03-05"],
    ["05.03.2025", "2025-03-05"],
    ["05.03.25", "2025-03-05"],
  ])("reads %s as %s (a final dot after the day or the year)", (text, want) => {
    expect(parseDateText(text, null)).toEqual({ ok: true, value: want });
  });

  it.each([
    ["2025.03.05.", { place: "first", separator: "." }],
    ["2025. 3. 5.", { place: "first", separator: "." }],
    ["05.03.2025.", { place: "last", separator: "." }],
    ["2025.13.05.", { place: "first", separator: "." }],
    ["25.03.01.", null],
    ["2025.03.05..", null],
  ])("%s tells where its column writes the year: %j", (text, want) => {
    expect(yearEvidence(text)).toEqual(want);
  });

  it("a column writing dotted years first (2025.03.05) reads its dotted two-digit years first; one writing both refuses them", () => {
    expect(parseDateText("25.03.05", null, { ".": "first" })).toEqual({ ok: true, value: "2025-03-05" });
    expect(parseDateText("05.03.25", null, { ".": "both" })).toEqual({
      ok: false,
      ambiguous: { dmy: "2025-03-05", ymd: "2005-03-25" },
    });
  });
});

const reasonOf = (f: Finding) => (f.details as { reason?: string }).reason;

describe("a column of these dates, through a real .xlsx", () => {
  it.each([
    // brk19 §14: a column of German short dates was refused whole as "could be 25 Jan 2003"
    [
      ["03.01.25", "15.02.25", "28.03.25"],
      ["2025-01-03", "2025-02-15", "2025-03-28"],
    ],
    [
      ["3 stycznia 2025", "3 luty 2025", "3 pazdziernika 2025 r."],
      ["2025-01-03", "2025-02-03", "2025-10-03"],
    ],
    [
      ["Fr, 03.01.2025", "03.01.2025.", "Mo, 03.01.2025"],
      ["2025-01-03", "2025-01-03", "invalid-date weekday"],
    ],
    // the column's own dotted dates write the year first: a dotted two-digit year is read so
    [
      ["2025.03.05", "25.03.07"],
      ["2025-03-05", "2025-03-07"],
    ],
    // … both ways: refused, never day first by rule
    [
      ["2025.03.05", "05.03.2025", "05.03.25"],
      ["2025-03-05", "2025-03-05", "ambiguous-date two-digit-year"],
    ],
    // (brk23) "2025.03.05." is year first too: a column writing both ways refuses "25.03.01", not 25 Mar 2001
    [
      ["2025.03.05.", "05.03.2025", "25.03.01"],
      ["2025-03-05", "2025-03-05", "ambiguous-date two-digit-year"],
    ],
    [
      ["2025.03.05.", "2025.03.07.", "25.03.01"],
      ["2025-03-05", "2025-03-07", "2025-03-01"],
    ],
    // slashed two-digit years stay refused where nothing settles their order
    [
      ["01/02/25", "03/04/25"],
      ["ambiguous-date two-digit-year-column", "said at A2"],
    ],
  ] as [CellValue[], string[]][])("%j → %j", async (dates, want) => {
    const book = await throughXlsx(
      sheet("Receipts", [DATE_HEADER, ...dates.map((d, i) => dateRow(i + 1, d))]),
    );
    const { ledger, findings } = readWorkbook(book);
    const got = dates.map((_, i) => {
      const cell = `A${i + 2}`;
      const f = findings.filter((x) => x.sheet === "Receipts" && x.cell === cell);
      if (f.length) return f.map((x) => `${x.code} ${reasonOf(x) ?? ""}`.trim()).join(", ");
      const booked = ledger.receipts.find((r) => r.source.row === i + 2)?.date;
      if (booked) return booked;
      return findings.some((x) => (x.related ?? []).some((r) => r.cell === cell)) ? "said at A2" : "?";
    });
    expect(got).toEqual(want);
  });

  it("says a weekday that is not the date's own, with the date's own weekday", async () => {
    const book = await throughXlsx(sheet("Receipts", [DATE_HEADER, dateRow(1, "Mo, 03.01.2025")]));
    const f = readWorkbook(book).findings.find((x) => x.cell === "A2");
    expect(f?.message).toContain("3 Jan 2025 is a Friday");
    expect(f?.message).toContain("names another weekday than its date's own");
  });
});
