// brk26 L4, N4: a transfers sheet kept with the day a transfer left and the day it arrived reads the
// first as the transfer's date and the second as its arrival date, in seven languages; a blank
// arrival date is refused at its cell. Must not change: one date column (read as before, also where
// its heading names one day), a plain "Datum" beside an arrival date, receipts' and deliveries' dates.
import { readWorkbook } from "../../../src/workbook/read";
import { namesArrivalDate, namesDispatchDate } from "../../../src/workbook/transfer-dates";
import type { CellValue } from "../../../src/workbook/port";
import { serial, sheet } from "../fixtures";

const TAIL = ["Von Standort", "Nach Standort", "Produkt", "Menge (t)"];
const data = (dates: CellValue[]) => [...dates, "Hamburg", "Venlo", "UCO", 10];
const read = (heads: string[], rows: CellValue[][], name = "Umlagerungen") =>
  readWorkbook({ name: "T.xlsx", sheets: [sheet(name, [[...heads, ...TAIL], ...rows])] });

// [language, dispatch date, arrival date]
// prettier-ignore
const PAIRS: [string, string, string][] = [
  ["de", "Datum Abgang", "Datum Ankunft"],
  ["de", "Versanddatum", "Eingangsdatum"],
  ["de", "Abgangsdatum", "Ankunftsdatum"],
  ["de", "Ladedatum", "Empfangsdatum"],
  ["en", "Dispatch date", "Arrival date"],
  ["en", "Date of dispatch", "Date of arrival"],
  ["en", "Shipping date", "Date received"],
  ["fr", "Date d'expédition", "Date d'arrivée"],
  ["fr", "Date d'envoi", "Date de réception"],
  ["it", "Data di spedizione", "Data di arrivo"],
  ["it", "Data spedizione", "Data ricevimento"],
  ["es", "Fecha de envío", "Fecha de llegada"],
  ["es", "Fecha de salida", "Fecha de recepción"],
  ["nl", "Verzenddatum", "Aankomstdatum"],
  ["nl", "Datum verzending", "Ontvangstdatum"],
  ["pl", "Data wysyłki", "Data przyjęcia"],
  ["pl", "Data nadania", "Data przybycia"],
];

describe("the words of a transfer's two dates", () => {
  it.each(PAIRS)("%s: %p names the dispatch, %p the arrival", (_, sent, arrived) => {
    expect([namesDispatchDate(sent), namesArrivalDate(sent)]).toEqual([true, false]);
    expect([namesDispatchDate(arrived), namesArrivalDate(arrived)]).toEqual([false, true]);
  });

  // no day of either: a plain date, a quantity sent or received, an arrival's place
  it.each(["Datum", "Date", "Menge versandt (t)", "Quantity received (t)", "Versandort", "Lieu d'arrivée"])(
    "%p names neither day",
    (h) => expect([namesDispatchDate(h), namesArrivalDate(h)]).toEqual([false, false]),
  );
});

describe("a transfers sheet with the day it left and the day it arrived", () => {
  it.each(PAIRS)("%s: %p | %p: both read, in either order", async (_, sent, arrived) => {
    const [d, a] = [serial("2025-03-31"), serial("2025-04-02")];
    for (const [heads, dates] of [
      [
        [sent, arrived],
        [d, a],
      ],
      [
        [arrived, sent],
        [a, d],
      ],
    ] as [string[], CellValue[]][]) {
      const r = await read(heads, [data(dates)]);
      expect(r.sheets[0]).toMatchObject({ kind: "transfers", rows: 1 });
      expect(r.ledger.transfers).toMatchObject([{ date: "2025-03-31", arrivalDate: "2025-04-02" }]);
      expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
    }
  });

  it("a blank arrival date is refused at its cell, never the day it left", async () => {
    const r = await read(["Versanddatum", "Eingangsdatum"], [data([serial("2025-03-31"), null])]);
    expect(r.ledger.transfers).toEqual([]);
    const f = r.findings.find((x) => x.code === "missing-value");
    expect(f).toMatchObject({ cell: "B2", severity: "error", details: { reason: "arrival-blank" } });
    expect(f?.message).toContain("does not read a blank as arrived the day it left");
  });

  it("an arrival date that is no date is refused, the row not read", async () => {
    const r = await read(["Versanddatum", "Eingangsdatum"], [data([serial("2025-03-31"), "unterwegs"])]);
    expect(r.ledger.transfers).toEqual([]);
    expect(r.findings.find((x) => x.severity === "error")?.cell).toBe("B2");
  });
});

describe("must not change", () => {
  // one date column: read as it was (a plain date word, or uncertain where its heading names one day)
  it.each([
    ["Datum", null],
    ["Transfer date", null],
    ["Datum Abgang", "mapping-uncertain"],
    ["Datum Ankunft", "mapping-uncertain"],
    ["Arrival date", "mapping-uncertain"],
    ["Data di spedizione", "mapping-uncertain"],
  ])("%p alone: the transfer's one date", async (head, said) => {
    const r = await read([head], [data([serial("2025-03-31")])]);
    expect(r.ledger.transfers).toHaveLength(1);
    expect(r.ledger.transfers[0]).toMatchObject({ date: "2025-03-31" });
    expect(r.ledger.transfers[0]).not.toHaveProperty("arrivalDate");
    expect(r.findings.filter((f) => f.severity !== "info").map((f) => f.code)).toEqual(said ? [said] : []);
  });

  // a plain date beside an arrival date: which day the plain one is is not known, no pair is read;
  // (h-leftovers) the arrival column is said (a warning at the date's heading), no longer unread with no word
  it.each([
    ["Datum", "Eingangsdatum"],
    ["Datum", "Ankunftsdatum"],
    ["Date", "Arrival date"],
    ["Date", "Date d'arrivée"],
    ["Data", "Data di arrivo"],
    ["Fecha", "Fecha de recepción"],
    ["Datum", "Ontvangstdatum"],
    ["Data", "Data przyjęcia"],
  ])("%p | %p: the date read as before, no arrival date, the arrival column said", async (plain, arrival) => {
    const r = await read([plain, arrival], [data([serial("2025-03-31"), serial("2025-04-02")])]);
    expect(r.ledger.transfers).toHaveLength(1);
    expect(r.ledger.transfers[0]).toMatchObject({ date: "2025-03-31" });
    expect(r.ledger.transfers[0]).not.toHaveProperty("arrivalDate");
    const said = r.findings.filter((f) => f.severity !== "info");
    expect(said.map((f) => [f.code, f.severity, f.cell])).toEqual([["mapping-uncertain", "warning", "A1"]]);
    expect(said[0]?.message).toContain(`"${arrival}"`);
  });

  // must not change: a plain date beside a column that names no arrival
  it.each([
    ["Datum", "Versanddatum"],
    ["Datum", "Bemerkung"],
  ])("%p | %p: no word", async (plain, other) => {
    const r = await read([plain, other], [data([serial("2025-03-31"), null])]);
    expect(r.ledger.transfers).toMatchObject([{ date: "2025-03-31" }]);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("receipts: Versanddatum | Eingangsdatum stay the dispatch date and the receipt date", async () => {
    const heads = ["Versanddatum", "Eingangsdatum", "Lieferant", "Produkt", "Menge (t)"];
    const r = await readWorkbook({
      name: "R.xlsx",
      sheets: [
        sheet("Wareneingang", [heads, [serial("2025-03-31"), serial("2025-04-02"), "Good AG", "UCO", 10]]),
      ],
    });
    expect(r.ledger.receipts).toMatchObject([{ date: "2025-04-02", dispatchDate: "2025-03-31" }]);
  });

  it("deliveries: Versanddatum is the delivery's date", async () => {
    const heads = ["Versanddatum", "Kunde", "Produkt", "Menge (t)"];
    const r = await readWorkbook({
      name: "D.xlsx",
      sheets: [sheet("Warenausgang", [heads, [serial("2025-03-31"), "Kunde AG", "UCO", 10]])],
    });
    expect(r.ledger.deliveries).toMatchObject([{ date: "2025-03-31" }]);
  });
});
