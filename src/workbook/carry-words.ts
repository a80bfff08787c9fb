// (p-rows2, break test brk14 #5) The words that label a page's carry-over line between the rows
// of a book, in the six languages of the add-in's users: one table, so that "Report" and
// "Transport" are read as "Übertrag" is. Before, the French "Report" and the Dutch "Transport",
// "Overdracht" were unknown: after a "Summe Januar" such a line ended the data, and the bookings
// below it got no credit (rows-after-blank). total-words.ts builds its patterns from this table.

/** The languages of the add-in's users. */
export type CarryLanguage = "de" | "en" | "fr" | "es" | "it" | "nl";

/**
 * The carry-over words of a language, lower case: `words`, read as a carry-over at the start of a
 * label ("Übertrag 31.01.", "Riporto da pag. 1" is not: total-words.ts totalCell decides what may
 * follow); `data`, words that are also words of bookings (a remark, a product or a type
 * "Transport"; an English "Report"; a Dutch "Overdracht", a transfer), read as a carry-over only
 * where the label cell says that word and nothing else, and the line's quantity is the running sum
 * of the rows above with nothing else on the line (booking-cells.ts LABELLED_ROWS); any other such
 * line is read as the row it may be, and refused at its cells where it is no booking.
 */
export interface CarryWords {
  words: readonly string[];
  data: readonly string[];
}

/** Carry-over words by language (Übertrag, carried forward, à reporter, suma y sigue, riporto, transport). */
export const CARRY_OVER: Readonly<Record<CarryLanguage, CarryWords>> = {
  de: { words: ["übertrag", "uebertrag", "vortrag", "vorjahr", "aus vorjahr", "aus dem vorjahr"], data: [] },
  en: {
    words: ["carried forward", "carry forward", "brought forward", "carried over", "brought over"],
    data: [],
  },
  fr: { words: ["à reporter", "a reporter", "reporté"], data: ["report"] },
  es: { words: ["suma y sigue", "suma anterior"], data: [] },
  it: { words: ["riporto", "a riportare", "da riportare", "saldo precedente"], data: [] },
  nl: { words: ["overgebracht", "over te brengen"], data: ["transport", "overdracht"] },
};

const all = (pick: (w: CarryWords) => readonly string[]) =>
  Object.values(CARRY_OVER).flatMap((w) => [...pick(w)]);

/** Every language's carry-over words, joined for a pattern ("übertrag|carried forward|…"). */
export const CARRY_WORDS = all((w) => w.words).join("|");

/** A label cell that says a carry-over word that is also a word of bookings, and nothing else ("Transport", "Report"). */
export const CARRY_ALONE = new RegExp(`^\\s*(?:${all((w) => w.data).join("|")})\\s*$`, "iu");
