// Two blocks of a date and a quantity side by side that are not a receipts' block and a deliveries'
// (p-blocks). A transfer sheet, "Datum | Von | Abgang (t) | Datum | Nach | Zugang (t)", was split
// into a delivery from "Von" and a receipt at "Nach": credit taken in that was never bought, a
// declaration issued for material that never left the company. A quantity cut short to a word of
// either side ("Ent." Entnahme or Entrada, "Sal." Salida or Saldo) could be either block's. Both are
// refused at the header (header-not-found), never split by a guess; each block's rows stay unread.
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { SITE_NOUNS } from "../../../src/engine/site-town";
import { serial, sheet } from "../fixtures";

type Lang = "de" | "en" | "fr" | "es" | "nl" | "it";

/** Each language's date, product, site-from and site-to headings, and its two sides' quantity headings. */
const TRANSFER: Record<
  Lang,
  { date: string; product: string; from: string[]; to: string[]; out: string; in: string; qty: string }
> = {
  de: {
    date: "Datum",
    product: "Produkt",
    from: ["Von", "Von Standort"],
    to: ["Nach", "An"],
    out: "Abgang",
    in: "Zugang",
    qty: "Menge",
  },
  en: {
    date: "Date",
    product: "Product",
    from: ["From", "From site"],
    to: ["To", "To site"],
    out: "Out",
    in: "In",
    qty: "Quantity",
  },
  fr: {
    date: "Date",
    product: "Produit",
    from: ["De", "Site de"],
    to: ["Vers", "À"],
    out: "Sortie",
    in: "Entrée",
    qty: "Quantité",
  },
  es: {
    date: "Fecha",
    product: "Producto",
    from: ["Desde"],
    to: ["Hacia", "A"],
    out: "Salida",
    in: "Entrada",
    qty: "Cantidad",
  },
  nl: {
    date: "Datum",
    product: "Product",
    from: ["Van", "Van locatie"],
    to: ["Naar"],
    out: "Uitgang",
    in: "Ingang",
    qty: "Hoeveelheid",
  },
  it: {
    date: "Data",
    product: "Prodotto",
    from: ["Da"],
    to: ["A", "Verso"],
    out: "Scarico",
    in: "Carico",
    qty: "Quantità",
  },
};

const settings = sheet("Einstellungen", [
  ["Einstellung", "Wert"],
  ["Firmenname", "X"],
  ["Schema", "ISCC PLUS"],
]);

/** A sheet of two blocks: each `[site heading, quantity heading]` beside a date and a product, a row of each. */
function twoBlocks(lang: Lang, left: [string, string], right: [string, string], gap: boolean): CellValue[][] {
  const w = TRANSFER[lang];
  const head = (b: [string, string]) => [w.date, b[0], w.product, `${b[1]} (t)`];
  const row = (day: string, site: string) => [serial(`2025-01-${day}`), site, "UCO", 10];
  const sep = gap ? [null] : [];
  return [
    [...head(left), ...sep, ...head(right)],
    [...row("05", "Werk A"), ...sep, ...row("07", "Werk B")],
  ];
}

function read(rows: CellValue[][], name = "UCO") {
  const { sheets, ledger, findings } = readWorkbook({
    name: "T.xlsx",
    sheets: [settings, sheet(name, rows)],
  });
  return {
    kinds: sheets.filter((s) => s.name === name).map((s) => s.kind),
    booked: ledger.receipts.length + ledger.deliveries.length + ledger.transfers.length,
    said: findings
      .filter((f) => f.sheet === name)
      .map((f) => [f.code, f.cell, (f.details as { reason?: string } | undefined)?.reason]),
  };
}

describe("a transfer sheet of two blocks (Von / Nach, From / To…) is refused at its header, never split", () => {
  const cases = (Object.keys(TRANSFER) as Lang[]).flatMap((lang) => {
    const w = TRANSFER[lang];
    return w.from.flatMap((from, i) => {
      const to = w.to[i % w.to.length] as string;
      // the transfer's order (leaves "from", reaches "to"), the other way round, and plain quantities
      const orders: [string, [string, string], [string, string]][] = [
        ["from+out | to+in", [from, w.out], [to, w.in]],
        ["to+in | from+out", [to, w.in], [from, w.out]],
        ["from+in | to+out", [from, w.in], [to, w.out]],
      ];
      return orders.flatMap(([order, l, r]) => [false, true].map((gap) => ({ lang, order, l, r, gap })));
    });
  });
  it.each(cases)("$lang $l.0 / $r.0, $order, blank column between: $gap", ({ lang, l, r, gap }) => {
    const { kinds, booked, said } = read(twoBlocks(lang, l, r, gap));
    expect(said).toEqual([["header-not-found", "A1", "transfer-sides"]]);
    expect(kinds).toEqual(["ledger"]);
    expect(booked).toBe(0);
  });

  // brk10: with no blank column between the blocks and plain quantities, the sheet was read as one
  // Transfers table (its name says so): the arrival's date, product and quantity were dropped
  const plain = (Object.keys(TRANSFER) as Lang[]).flatMap((lang) =>
    TRANSFER[lang].from.flatMap((from, i) =>
      ["UCO", "Transfers", "Umbuchungen"].flatMap((name) =>
        [false, true].map((gap) => ({
          lang,
          from,
          to: TRANSFER[lang].to[i % TRANSFER[lang].to.length] as string,
          name,
          gap,
        })),
      ),
    ),
  );
  it.each(plain)(
    "$lang $from / $to, plain quantities, sheet $name, blank column between: $gap",
    ({ lang, from, to, name, gap }) => {
      const q = TRANSFER[lang].qty;
      const { kinds, booked, said } = read(twoBlocks(lang, [from, q], [to, q], gap), name);
      expect(said).toEqual([["header-not-found", "A1", "transfer-sides"]]);
      expect(kinds).toEqual(["ledger"]);
      expect(booked).toBe(0);
    },
  );

  it("one transfer table (one date, from, to, product, quantity) is read, one transfer a row", () => {
    const rows: CellValue[][] = [
      ["Datum", "Von", "Nach", "Produkt", "Menge (t)"],
      [serial("2025-01-05"), "Werk A", "Werk B", "UCO", 10],
    ];
    const { kinds, booked, said } = read(rows, "Umbuchungen");
    expect([kinds, booked, said]).toEqual([["transfers"], 1, []]);
  });

  it("plain quantities under a site from and a site to, a blank column between: refused as a transfer too", () => {
    const rows = twoBlocks("de", ["Von", "Menge"], ["Nach", "Menge"], true);
    expect(read(rows).said).toEqual([["header-not-found", "A1", "transfer-sides"]]);
  });

  it("under group headings Abgang / Zugang: refused as a transfer, the group row does not make them sides", () => {
    const rows = twoBlocks("de", ["Von", "Menge"], ["Nach", "Menge"], true);
    const { said, booked } = read([["Abgang", null, null, null, null, "Zugang"], ...rows]);
    expect(said).toEqual([["header-not-found", "A2", "transfer-sides"]]);
    expect(booked).toBe(0);
  });

  it("the finding says what such a sheet is and how to keep it", () => {
    const { findings } = readWorkbook({
      name: "T.xlsx",
      sheets: [settings, sheet("UCO", twoBlocks("de", ["Von", "Abgang"], ["Nach", "Zugang"], false))],
    });
    const message = findings.find((f) => f.sheet === "UCO")?.message ?? "";
    expect(message).toContain('("Von" in B and "Nach" in F)');
    expect(message).toContain("transfers between sites, which are neither receipts nor deliveries");
    expect(message).toContain('head the columns "Supplier" and "Customer"');
  });

  it("a supplier and a customer beside side-worded quantities are still read as two blocks", () => {
    const rows: CellValue[][] = [
      ["Datum", "Lieferant", "Produkt", "Zugang (t)", null, "Datum", "Kunde", "Produkt", "Abgang (t)"],
      [serial("2025-01-05"), "Fett AG", "UCO", 10, null, serial("2025-01-07"), "Raff X", "UCO", 5],
    ];
    expect(read(rows).kinds).toEqual(["receipts", "deliveries"]);
  });
});

/** Each language's words of where a move starts and ends, and of a transfer in a group row (brk11 t1, t9). */
const ENDS: Record<Lang, { origin: string[]; destination: string[]; group: string[] }> = {
  de: {
    origin: ["Herkunft", "Herkunftswerk"],
    destination: ["Ziel", "Bestimmungsort"],
    group: ["Umlagerung", "Umbuchung"],
  },
  en: { origin: ["Origin", "Origin site"], destination: ["Destination"], group: ["Transfer", "Transfers"] },
  fr: { origin: ["Provenance", "Origine"], destination: ["Destination"], group: ["Transfert"] },
  es: { origin: ["Origen", "Procedencia"], destination: ["Destino"], group: ["Traspaso", "Traslado"] },
  nl: { origin: ["Herkomst"], destination: ["Bestemming"], group: ["Overboeking"] },
  it: { origin: ["Provenienza", "Origine"], destination: ["Destinazione"], group: ["Trasferimento"] },
};

describe("brk11: two blocks headed with an origin and a destination, or under a transfer's group heading: refused as transfers", () => {
  const pairs = (Object.keys(ENDS) as Lang[]).flatMap((lang) =>
    ENDS[lang].origin.flatMap((origin) =>
      ENDS[lang].destination.flatMap((destination) =>
        [false, true].map((gap) => ({ lang, origin, destination, gap })),
      ),
    ),
  );
  it.each(pairs)(
    "$lang $origin / $destination, blank column between: $gap",
    ({ lang, origin, destination, gap }) => {
      const w = TRANSFER[lang];
      const { kinds, booked, said } = read(twoBlocks(lang, [origin, w.out], [destination, w.in], gap));
      expect(said).toEqual([["header-not-found", "A1", "transfer-sides"]]);
      expect(kinds).toEqual(["ledger"]);
      expect(booked).toBe(0);
    },
  );

  const groups = (Object.keys(ENDS) as Lang[]).flatMap((lang) =>
    ENDS[lang].group.map((word) => ({ lang, word })),
  );
  it.each(groups)(
    "$lang group row '$word' + each side's word over a site and a quantity",
    ({ lang, word }) => {
      const w = TRANSFER[lang];
      const rows = twoBlocks(lang, ["Werk", "Menge"], ["Werk", "Menge"], true);
      const group = [`${word} ${w.out}`, null, null, null, null, `${word} ${w.in}`];
      const { said, booked } = read([group, ...rows]);
      expect(said).toEqual([["header-not-found", "A2", "transfer-sides"]]);
      expect(booked).toBe(0);
    },
  );

  it("an origin alone (the raw material's country) beside a customer is still read as receipts and deliveries", () => {
    const rows: CellValue[][] = [
      ["Datum", "Lieferant", "Herkunft", "Menge (t)", null, "Datum", "Kunde", "Produkt", "Menge (t)"],
      [serial("2025-01-05"), "Fett AG", "DE", 10, null, serial("2025-01-07"), "Raff X", "UCO", 5],
    ];
    expect(read(rows).kinds).toEqual(["receipts", "deliveries"]);
  });
});

/** Quantity headings cut short to a word of either side, each pair as it stands in two blocks. */
const UNCLEAR: [string, string, string][] = [
  ["es", "Ent.", "Sal."],
  ["de", "Ent.", "Ausg."],
  ["de", "Eing.", "Sal."],
  ["fr", "Entr.", "Sort."],
  ["de", "Eing.", "Sort."],
];

describe("a quantity cut short to a word of either side: refused at the header, never split or merged", () => {
  const layouts = UNCLEAR.flatMap(([lang, a, b]) =>
    [false, true].flatMap((gap) => ["", " (t)"].map((unit) => ({ lang, a, b, gap, unit }))),
  );
  it.each(layouts)("$lang: $a$unit / $b$unit, blank column between: $gap", ({ a, b, gap, unit }) => {
    const sep = gap ? [null] : [];
    const rows: CellValue[][] = [
      ["Fecha", "Producto", `${a}${unit}`, ...sep, "Fecha", "Producto", `${b}${unit}`],
      [serial("2025-01-05"), "UCO", 10, ...sep, serial("2025-01-07"), "UCO", 5],
    ];
    const { said, booked } = read(rows);
    expect(said).toEqual([["header-not-found", "A1", "two-sides"]]);
    expect(booked).toBe(0);
  });
});

// p-health (issue 15): the block readings and the transfer readings take one list of a site's nouns
// (engine/site-town.ts SITE_NOUNS). Before, the blocks knew 13 of its 38 (and "Tank"): "Von Anlage"
// / "Nach Anlage", "From warehouse" / "To warehouse" were split into a delivery and a receipt.
describe("two blocks headed with an end beside any of a site's nouns: refused as transfers", () => {
  const cases = [...SITE_NOUNS, "tank"].flatMap((noun) =>
    (["de", "en"] as const).map((lang) => ({
      lang,
      noun,
      from: TRANSFER[lang].from[0],
      to: TRANSFER[lang].to[0],
    })),
  );
  it.each(cases)("$lang '$from $noun' / '$to $noun'", ({ lang, noun, from, to }) => {
    const w = TRANSFER[lang];
    const { kinds, booked, said } = read(
      twoBlocks(lang, [`${from} ${noun}`, w.out], [`${to} ${noun}`, w.in], true),
    );
    expect(said).toEqual([["header-not-found", "A1", "transfer-sides"]]);
    expect(kinds).toEqual(["ledger"]);
    expect(booked).toBe(0);
  });
});
