// h-transfer3: "Shipped on | Received on" — a participle of a move with a day's word or preposition
// is the day of the move, never a quantity sent or received, in seven languages; a lone dispatch
// (or arrival) date column is the transfer's one date, both sites booked on it, said at its heading.
// Must not change: "Shipped (t)", "Received qty", "Versandmenge" stay quantities; a preposition
// inside a heading ("Quantity on hand", "Menge am Lager") says no day.
import { readWorkbook } from "../../../src/workbook/read";
import { unrecognisedAs } from "../../../src/workbook/heading-bars";
import { namesDayOfMove } from "../../../src/workbook/transfer-date-words";
import { namesArrivalDate, namesDispatchDate } from "../../../src/workbook/transfer-dates";
import type { CellValue } from "../../../src/workbook/port";
import { serial, sheet } from "../fixtures";

const TAIL = ["Von Standort", "Nach Standort", "Produkt", "Menge (t)"];
const data = (dates: CellValue[]) => [...dates, "Hamburg", "Venlo", "UCO", 10];
const read = (heads: string[], rows: CellValue[][]) =>
  readWorkbook({ name: "T.xlsx", sheets: [sheet("Umlagerungen", [[...heads, ...TAIL], ...rows])] });

// [language, the day it left, the day it arrived]
// prettier-ignore
const DAYS: [string, string, string][] = [
  ["en", "Shipped on", "Received on"],
  ["en", "Dispatched on", "Arrived on"],
  ["de", "Versendet am", "Erhalten am"],
  ["de", "Verladen am", "Eingegangen am"],
  ["fr", "Expédié le", "Reçu le"],
  ["it", "Spedito il", "Ricevuto il"],
  ["es", "Enviado el", "Recibido el"],
  ["nl", "Verzonden op", "Ontvangen op"],
  ["pl", "Wysłano dnia", "Przyjęto dnia"],
];

describe("a participle of a move with a day's word names the day", () => {
  it.each(DAYS)("%s: %p the dispatch, %p the arrival, neither a quantity", (_, sent, arrived) => {
    expect([namesDispatchDate(sent), namesArrivalDate(sent)]).toEqual([true, false]);
    expect([namesDispatchDate(arrived), namesArrivalDate(arrived)]).toEqual([false, true]);
    for (const h of [sent, arrived]) {
      expect(namesDayOfMove(h)).toBe(true);
      for (const f of ["quantity", "received", "loss", "inQuantity", "outQuantity", "ghg.el"])
        expect(unrecognisedAs(f, h)).toBe(true);
    }
  });

  // must not change: quantities sent or received, a preposition inside, a day's word of no move
  it.each([
    "Shipped (t)",
    "Received qty",
    "Versandmenge",
    "Menge versandt (t)",
    "Quantité reçue (t)",
    "Quantity on hand",
    "Menge am Lager",
    "Bestand am 31.12.",
    "Quantity (t)",
    "Menge (t)",
  ])("%p: no day of a move, a quantity may be read", (h) => {
    expect(namesDayOfMove(h)).toBe(false);
    expect(unrecognisedAs("quantity", h)).toBe(false);
  });
});

describe("a transfers sheet headed with the days of its moves", () => {
  it.each(DAYS)("%s: %p | %p read as the two dates, Menge (t) the quantity", async (_, sent, arrived) => {
    const r = await read([sent, arrived], [data([serial("2025-03-31"), serial("2025-04-02")])]);
    expect(r.ledger.transfers).toMatchObject([
      { date: "2025-03-31", arrivalDate: "2025-04-02", quantity: "10", unit: "t" },
    ]);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  // the decision (h-transfer3): one column of one day is the transfer's date, as a plain "Datum" is,
  // both sites booked on it; its heading says which day, so the other site's booking on it is said
  it.each(
    DAYS.flatMap(
      ([lang, sent, arrived]) =>
        [
          [lang, sent, "left"],
          [lang, arrived, "arrived"],
        ] as const,
    ),
  )("%s: %p alone: the transfer's one date, said at its heading", async (_, head, day) => {
    const r = await read([head], [data([serial("2025-03-31")])]);
    expect(r.ledger.transfers).toMatchObject([{ date: "2025-03-31", quantity: "10" }]);
    expect(r.ledger.transfers[0]).not.toHaveProperty("arrivalDate");
    const said = r.findings.filter((f) => f.severity !== "info");
    expect(said.map((f) => [f.code, f.severity, f.cell])).toEqual([["mapping-uncertain", "warning", "A1"]]);
    expect(said[0]?.message).toContain(`the day each transfer ${day}`);
  });

  it.each(["Versanddatum", "Verzenddatum", "Ladedatum", "Ankunftsdatum", "Eingangsdatum", "Aankomstdatum"])(
    "%p alone (a compound, no plain date word): read, no longer header-not-found",
    async (head) => {
      const r = await read([head], [data([serial("2025-03-31")])]);
      expect(r.ledger.transfers).toMatchObject([{ date: "2025-03-31" }]);
      expect(r.findings.map((f) => f.code)).toEqual(["mapping-uncertain"]);
    },
  );

  it("Shipped (t) | Received (t): the quantities, no date taken from them", async () => {
    const heads = ["Date", "From site", "To site", "Product", "Shipped (t)", "Received (t)"];
    const r = await readWorkbook({
      name: "T.xlsx",
      sheets: [sheet("Transfers", [heads, [serial("2025-03-31"), "Hamburg", "Venlo", "UCO", 10, 9.5]])],
    });
    expect(r.ledger.transfers).toMatchObject([{ date: "2025-03-31", quantity: "10", received: "9.5" }]);
    expect(r.ledger.transfers[0]).not.toHaveProperty("arrivalDate");
  });
});
