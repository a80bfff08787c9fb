// A legend shown by a fill whose meaning holds a digit (legend-entries.ts entriesAt): "SD fehlt seit
// 12.03.", "storniert am 12.03.2025" beside a red swatch was skipped as if it were no legend, and the
// red rows were booked. A digit in a meaning is the meaning's; above the header a text of no status
// with a digit ("Wareneingang 2025") is a title beside a banner, no legend.
import { type Form, type Lang, type Layout, read, table } from "./legend-painter";

const layout: Layout = { sides: false, nIn: 3, nOut: 0, redIn: [1], redOut: [] };

/** Meanings with a date; `status`: one the reader knows as a status (cancelled, blocked), shown by its own fill too. */
const DATED: [Lang, string, boolean][] = [
  ["de", "storniert am 12.03.2025", true],
  ["de", "SD fehlt seit 12.03.", false],
  ["de", "gesperrt bis 31.03.", true],
  ["en", "cancelled on 3 March 2025", true],
  ["en", "PoS missing since 12/03", false],
  ["fr", "annulé le 12/03/2025", true],
  ["fr", "DD manquant depuis le 12/03", false],
  ["es", "anulado el 12/03/2025", true],
  ["nl", "geannuleerd op 12-03-2025", true],
  ["it", "annullato il 12/03/2025", true],
];

describe("a legend shown by a fill, its meaning holding a date", () => {
  it.each(
    DATED.flatMap(([lang, m, status]) =>
      ((status ? ["own-fill"] : []) as Form[])
        .concat(["swatch-left", "swatch-right"])
        .map((f) => [lang, m, f] as const),
    ),
  )("%s %j (%s) under the table: the red row refused, never booked", (lang, meaning, form) => {
    const p = table(layout);
    p.legend(7, 0, form, lang, meaning);
    const got = read(p);
    expect(got.receipts).toEqual([4, 6]);
    expect(got.errors).toContain("row-unconfirmed A5");
  });

  it.each(["Wareneingang 2025", "Stand 31.03.", "Lager 2", "Q1 2025"])(
    "%j beside a red swatch above the header is a title: no legend, the red row booked as before",
    (text) => {
      const p = table(layout);
      p.set(1, 0, text);
      p.set(1, 1, null, "#FF0000");
      const got = read(p);
      expect(got.receipts).toEqual([4, 5, 6]);
      expect(got.errors.filter((e) => e.startsWith("row-unconfirmed"))).toEqual([]);
    },
  );

  it.each(["storniert am 12.03.", "cancelled 3/3/2025", "gesperrt bis 31.03."])(
    "%j beside a red swatch above the header says a status: the red row refused",
    (text) => {
      const p = table(layout);
      p.set(1, 0, null, "#FF0000");
      p.set(1, 1, `= ${text}`);
      const got = read(p);
      expect(got.receipts).toEqual([4, 6]);
    },
  );
});
