// A customer or supplier whose name starts with a total, carry-over or balance word ("Vortrag
// GmbH", "Total Energies", "Saldo de Mar") on a row filled like a booking is booked: only a total's
// word alone in its cell, perhaps with a period, date, unit or month, labels a total (total-words.ts
// totalCell, table-totals.ts). Where its quantity is the sum of the rows above and nothing on it
// identifies a booking (SD number, certificate), it may as well be a subtotal ("Summe Fett AG"):
// refused, never booked and never skipped (possible-totals-row, named-sum). brk10: such a delivery
// was skipped as a totals row; "Saldo de Mar" was refused as an opening line dated in March.
import fc from "fast-check";
import { readWorkbook } from "../../../src/workbook/read";
import { balanceCell, totalCell } from "../../../src/workbook/total-words";
import { serial, sheet } from "../fixtures";

// names that start with such a word, de/en/fr/es/nl/it
const NAMES = [
  "Vortrag GmbH",
  "Summe Logistik AG",
  "Übertrag Spedition",
  "Total Energies",
  "TotalEnergies SE",
  "Saldo Marino",
  "Saldo de Mar",
  "Total Transports SARL",
  "Suma Bio S.L.",
  "Somma Bio S.r.l.",
  "Riporto Trasporti S.p.A.",
  "Totaal Techniek B.V.",
];
// labels of a total alone, or with a period, date, unit or month
const TOTALS = [
  "Summe",
  "Summe Januar",
  "Zwischensumme Q1/2025",
  "Übertrag 31.12.2024",
  "Vortrag",
  "Gesamt (t)",
  "Total",
  "Total Q1 2025",
  "Total général",
  "Suma",
  "Totale complessivo",
  "Totaal",
  "Januar gesamt",
];

/**
 * Deliveries of 20 t and 10 t, then a row of `name` with the quantity `qty` (30: the sum above);
 * with `sd`, a column "SD-Nr." where that row has the number given.
 */
function read(name: string, qty = 30, dated = true, sd?: string) {
  const extra = (v: string | null) => (sd === undefined ? [] : [v]);
  const { ledger, findings } = readWorkbook({
    name: "T.xlsx",
    sheets: [
      sheet("Verkauf", [
        ["Datum", "Kunde", "Produkt", "Menge (t)", "Nachhaltig", ...extra("SD-Nr.")],
        [serial("2025-02-01"), "Raffinerie X", "UCO", 20, "ja", ...extra("SD-1")],
        [serial("2025-02-02"), "Raffinerie X", "UCO", 10, "ja", ...extra("SD-2")],
        [
          dated ? serial("2025-03-01") : null,
          name,
          dated ? "UCO" : null,
          qty,
          dated ? "ja" : null,
          ...extra(sd ?? null),
        ],
      ]),
    ],
  });
  return {
    booked: ledger.deliveries.map((d) => [d.customer, d.quantity]),
    // named-sum: the reason a possible totals row is refused with here
    said: findings.map((f) =>
      f.code === "possible-totals-row"
        ? `${f.code} ${f.cell} ${String(f.details.reason)}`
        : `${f.code} ${f.cell}`,
    ),
  };
}

describe("a name that starts with a total's word, on a row filled like a booking", () => {
  it.each(NAMES)("%p with another quantity: booked, not a total", (name) => {
    expect(totalCell(name)).toBe(false);
    expect(balanceCell(name)).toBe(false);
    expect(read(name, 25)).toEqual({
      booked: [
        ["Raffinerie X", "20"],
        ["Raffinerie X", "10"],
        [name, "25"],
      ],
      said: [],
    });
  });

  // a subtotal "Summe Logistik AG" of the rows above or a delivery to that company: never guessed
  // ("TotalEnergies SE" starts with no word of a total: booked)
  it.each(NAMES.filter((n) => n !== "TotalEnergies SE"))(
    "%p with the sum of the rows above and no SD number: refused at its quantity",
    (name) => {
      expect(read(name)).toEqual({
        booked: [
          ["Raffinerie X", "20"],
          ["Raffinerie X", "10"],
        ],
        said: ["possible-totals-row D4 named-sum"],
      });
    },
  );

  it.each(NAMES)("%p with the sum of the rows above and its SD number: booked", (name) => {
    expect(read(name, 30, true, "SD-3")).toEqual({
      booked: [
        ["Raffinerie X", "20"],
        ["Raffinerie X", "10"],
        [name, "30"],
      ],
      said: [],
    });
  });

  it.each(TOTALS)("%p alone with the sum of the rows above: a total, skipped and said", (label) => {
    expect(totalCell(label)).toBe(true);
    const { booked, said } = read(label);
    expect(booked).toHaveLength(2);
    expect(said).toEqual(["totals-row B4"]);
  });

  it("a total's word before the row's own product (\"Summe UCO\") is that product's total", () => {
    expect(read("Summe UCO").said).toEqual(["totals-row B4"]);
  });

  // ("TotalEnergies SE" starts with no word of a total: a booking without its date, refused)
  it.each(NAMES.filter((n) => n !== "TotalEnergies SE"))(
    "%p on an undated row of the sum alone: still a total line, said",
    (name) => {
      expect(read(name, 30, false).said).toEqual(["totals-row B4"]);
    },
  );
});

describe("a month's abbreviation after a balance word is a month only beside a day or a year", () => {
  it.each(["Saldo de Mar", "Bestand Jan", "Saldo Mai"])("%p alone: no balance line", (text) => {
    expect(balanceCell(text)).toBe(text === "Saldo Mai"); // Mai: the month's full name (de)
  });
  it.each(["Saldo de marzo", "Opening 1 Jan", "Bestand Mar 2025", "Saldo al 1 de mar. 2025"])(
    "%p: a balance line with its date",
    (text) => expect(balanceCell(text)).toBe(true),
  );
});

// the rule: a total's word followed by words of a name is never a total label; followed by a
// period, a date or a unit, always one
describe("property: totalCell", () => {
  const heads = fc.constantFrom("Summe", "Total", "Vortrag", "Übertrag", "Saldo", "Somma", "Totaal", "Suma");
  const nameWord = fc.constantFrom(
    "GmbH",
    "Logistik",
    "Energies",
    "Marino",
    "Spedition",
    "Bio",
    "S.L.",
    "Trading",
  );
  const period = fc.constantFrom("Januar", "Q1", "2025", "31.12.2024", "(t)", "marzo", "1 Jan");
  it("a head then a name's word is no total; a head then a period is one", () => {
    fc.assert(
      fc.property(heads, nameWord, period, (h, n, p) => {
        expect(totalCell(`${h} ${n}`)).toBe(false);
        expect(totalCell(`${h} ${p}`)).toBe(true);
        expect(totalCell(`${h} ${p} ${n}`)).toBe(false);
      }),
    );
  });
});
