// Receipts and deliveries side by side with no group row, each block's quantity headed by its
// side's word ("Eingang (t)" / "Ausgang (t)", "Zugang" / "Abgang", "In (t)" / "Out (t)", "Entrée" /
// "Sortie", "Entrada" / "Salida", "Inkoop" / "Verkoop", "Carico" / "Scarico"…), each block with a
// date of its own (brk9 t13). Read as one combined ledger, the deliveries took the receipts' dates
// and SD numbers (a false overdraft, a false duplicate-sd) and receipts with a claim but no SD
// column gave no credit beside a false negative balance. Two dates with an incoming quantity on
// one side and an outgoing one on the other, split in one place, are two tables; a combined
// ledger (one date, Zugang and Abgang side by side) stays one ledger.
import fc from "fast-check";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { flowOfHeading } from "../../../src/workbook/side-words";
import { serial, sheet } from "../fixtures";

type Lang = "de" | "en" | "fr" | "es" | "nl" | "it";

/** Each language's date, product, supplier and customer headings. */
const WORDS: Record<Lang, { date: string; product: string; supplier: string; customer: string; sd: string }> =
  {
    de: { date: "Datum", product: "Produkt", supplier: "Lieferant", customer: "Kunde", sd: "SD-Nr." },
    en: { date: "Date", product: "Product", supplier: "Supplier", customer: "Customer", sd: "SD number" },
    fr: { date: "Date", product: "Produit", supplier: "Fournisseur", customer: "Client", sd: "N° DD" },
    es: { date: "Fecha", product: "Producto", supplier: "Proveedor", customer: "Cliente", sd: "Nº SD" },
    nl: { date: "Datum", product: "Product", supplier: "Leverancier", customer: "Klant", sd: "SD-nummer" },
    it: { date: "Data", product: "Prodotto", supplier: "Fornitore", customer: "Cliente", sd: "N. SD" },
  };

/** The quantity headings of the two sides as staff write them, by language. */
const FLOWS: [Lang, string, string][] = [
  ["de", "Eingang", "Ausgang"],
  ["de", "Zugang", "Abgang"],
  ["de", "Eingänge", "Ausgänge"],
  ["de", "Menge Eingang", "Menge Ausgang"],
  ["de", "Eingangsmenge", "Ausgangsmenge"],
  ["en", "In", "Out"],
  ["en", "Receipts", "Deliveries"],
  ["en", "Incoming", "Outgoing"],
  ["en", "Qty in", "Qty out"],
  ["en", "Received", "Delivered"],
  ["fr", "Entrée", "Sortie"],
  ["fr", "Entrées", "Sorties"],
  ["es", "Entrada", "Salida"],
  ["es", "Entradas", "Salidas"],
  ["nl", "Inkoop", "Verkoop"],
  ["nl", "Ingang", "Uitgang"],
  ["it", "Carico", "Scarico"],
  ["it", "Entrata", "Uscita"],
  ["it", "Ingressi", "Uscite"],
  // cut short with a full stop, as a narrow column is headed (side-words.ts abbreviatedSide)
  ["de", "Eing.", "Ausg."],
  ["de", "Zug.", "Abg."],
  ["de", "Menge Eing.", "Menge Ausg."],
  ["en", "Rec.", "Del."],
  ["fr", "Entr.", "Livr."],
  ["nl", "Ontv.", "Uitg."],
  ["it", "Ingr.", "Usc."],
];

/** A unit as written after the heading, and what 1 unit is in kg (the quantity's value is written in it). */
const UNITS: [string, string, number][] = [
  ["(t)", "t", 1000],
  ["[kg]", "kg", 1],
  ["in t", "t", 1000],
];

interface Layout {
  lang: Lang;
  flow: [string, string];
  unit: string;
  gap: boolean;
  outFirst: boolean;
  /** a supplier column in the receipts' block and a customer column in the deliveries' */
  parties: boolean;
  /** the receipts' data rows (quantities) and the deliveries' */
  ins: (number | null)[];
  outs: (number | null)[];
}

/** A sheet "UCO" with a title row, the header of both blocks and their rows; receipts in January, deliveries in May. */
function twoBlocks(l: Layout): CellValue[][] {
  const w = WORDS[l.lang];
  const unit = l.unit ? ` ${l.unit}` : "";
  const inHead = [
    w.date,
    ...(l.parties ? [w.supplier] : []),
    w.sd,
    w.product,
    `${l.flow[0]}${unit}`,
    "Claim",
  ];
  const outHead = [w.date, ...(l.parties ? [w.customer] : []), w.product, `${l.flow[1]}${unit}`];
  const inRow = (i: number, q: number | null): CellValue[] =>
    q === null
      ? inHead.map(() => null)
      : [
          serial(`2025-01-${String(i + 1).padStart(2, "0")}`),
          ...(l.parties ? ["Fett AG"] : []),
          `SD-${i + 1}`,
          "UCO",
          q,
          "EU RED compliant",
        ];
  const outRow = (i: number, q: number | null): CellValue[] =>
    q === null
      ? outHead.map(() => null)
      : [serial(`2025-05-${String(i + 1).padStart(2, "0")}`), ...(l.parties ? ["Raff X"] : []), "UCO", q];
  const gap = l.gap ? [null] : [];
  const both = (a: CellValue[], b: CellValue[]) => (l.outFirst ? [...b, ...gap, ...a] : [...a, ...gap, ...b]);
  const rows: CellValue[][] = [["UCO 2025"], both(inHead, outHead)];
  const n = Math.max(l.ins.length, l.outs.length);
  for (let i = 0; i < n; i++) rows.push(both(inRow(i, l.ins[i] ?? null), outRow(i, l.outs[i] ?? null)));
  return rows;
}

const settings = sheet("Einstellungen", [
  ["Einstellung", "Wert"],
  ["Firmenname", "X"],
  ["Schema", "ISCC EU"],
]);

function read(l: Layout) {
  return readWorkbook({ name: "Flows.xlsx", sheets: [settings, sheet("UCO", twoBlocks(l))] });
}

describe("no group row: each block's quantity headed by its side's word", () => {
  const variants = FLOWS.flatMap(([lang, a, b]) =>
    UNITS.map(([unit], i) => ({
      lang,
      flow: [a, b] as [string, string],
      unit,
      gap: i !== 1,
      outFirst: i === 2,
      parties: i !== 0,
    })),
  );
  it.each(variants)(
    "$flow.0 / $flow.1 $unit, gap $gap, deliveries first $outFirst, parties $parties",
    (v) => {
      const layout: Layout = { ...v, ins: [20, 10, null, 5], outs: [15, null, 12] };
      const { sheets, ledger, findings } = read(layout);
      expect(sheets.filter((s) => s.name === "UCO").map((s) => s.kind)).toEqual(["receipts", "deliveries"]);
      // every receipt with its own date and quantity, every delivery with its own: none of the other's
      const [, unit] = UNITS.find(([u]) => u === v.unit) as [string, string, number];
      expect(ledger.receipts.map((r) => [r.date, r.quantity, r.unit])).toEqual([
        ["2025-01-01", "20", unit],
        ["2025-01-02", "10", unit],
        ["2025-01-04", "5", unit],
      ]);
      expect(ledger.deliveries.map((d) => [d.date, d.quantity, d.unit])).toEqual([
        ["2025-05-01", "15", unit],
        ["2025-05-03", "12", unit],
      ]);
      const said = findings.filter((f) => f.sheet === "UCO" && f.severity === "error").map((f) => f.code);
      expect(said).toEqual([]);
    },
  );

  it("blocks of equal length, a row of each on every line, read each as its own", () => {
    const { ledger } = read({
      lang: "de",
      flow: ["Eingang", "Ausgang"],
      unit: "(t)",
      gap: false,
      outFirst: false,
      parties: true,
      ins: [20, 20],
      outs: [15, 15],
    });
    expect(ledger.receipts.map((r) => [r.date, r.supplier, r.quantity])).toEqual([
      ["2025-01-01", "Fett AG", "20"],
      ["2025-01-02", "Fett AG", "20"],
    ]);
    expect(ledger.deliveries.map((d) => [d.date, d.customer, d.quantity, d.sdNumber])).toEqual([
      ["2025-05-01", "Raff X", "15", undefined],
      ["2025-05-02", "Raff X", "15", undefined],
    ]);
  });

  it.each(FLOWS)(
    "%s: %s / %s with no unit: each block's quantity read from its column, on its own side",
    (lang, a, b) => {
      const { sheets, ledger, findings } = read({
        lang,
        flow: [a, b],
        unit: "",
        gap: true,
        outFirst: false,
        parties: true,
        ins: [20],
        outs: [15],
      });
      expect(sheets.filter((s) => s.name === "UCO").map((s) => [s.kind, s.columns.quantity])).toEqual([
        ["receipts", "E"],
        ["deliveries", "K"],
      ]);
      // each on its own side with its own date; no unit anywhere, none is made up (the engine refuses them)
      expect(ledger.receipts.map((r) => [r.date, r.quantity, r.unit])).toEqual([
        ["2025-01-01", "20", undefined],
      ]);
      expect(ledger.deliveries.map((d) => [d.date, d.quantity, d.unit])).toEqual([
        ["2025-05-01", "15", undefined],
      ]);
      expect(findings.filter((f) => f.sheet === "UCO" && f.severity === "error")).toEqual([]);
    },
  );

  it("a heading with no unit reads the block's quantity by its side's word too", () => {
    const { sheets } = read({
      lang: "it",
      flow: ["Carico", "Scarico"],
      unit: "",
      gap: true,
      outFirst: false,
      parties: false,
      ins: [20],
      outs: [15],
    });
    expect(sheets.filter((s) => s.name === "UCO").map((s) => [s.kind, s.columns.quantity])).toEqual([
      ["receipts", "D"],
      ["deliveries", "I"],
    ]);
  });
});

describe("whatever the two blocks hold, no delivery takes a receipt's date or SD, no receipt is booked as a delivery", () => {
  it("receipts are the receipts' rows and deliveries the deliveries'", () => {
    const side = fc.array(fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }), {
      minLength: 1,
      maxLength: 7,
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...FLOWS),
        fc.constantFrom(...UNITS.map(([u]) => u)),
        side,
        side,
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        ([lang, a, b], unit, ins, outs, gap, outFirst, parties) => {
          // the first row holds both, so the two tables start; a row blank in both ends them
          ins[0] ??= 1;
          outs[0] ??= 1;
          const n = Math.max(ins.length, outs.length);
          const end =
            Array.from({ length: n }, (_, i) => i).find(
              (i) => (ins[i] ?? null) === null && (outs[i] ?? null) === null,
            ) ?? n;
          const { ledger } = read({ lang, flow: [a, b], unit, gap, outFirst, parties, ins, outs });
          const kept = (xs: (number | null)[]) => xs.slice(0, end).filter((x): x is number => x !== null);
          expect(ledger.receipts.map((r) => Number(r.quantity))).toEqual(kept(ins));
          expect(ledger.deliveries.map((d) => Number(d.quantity))).toEqual(kept(outs));
          expect(ledger.receipts.every((r) => r.date?.startsWith("2025-01-"))).toBe(true);
          expect(
            ledger.deliveries.every((d) => d.date?.startsWith("2025-05-") && d.sdNumber === undefined),
          ).toBe(true);
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe("one table stays one table", () => {
  const one = (rows: CellValue[][]) => {
    const { sheets } = readWorkbook({ name: "S.xlsx", sheets: [sheet("Buch", rows)] });
    return sheets.filter((s) => s.name === "Buch");
  };
  it.each(FLOWS)("a combined ledger, one date, %s: %s / %s side by side", (lang, a, b) => {
    const w = WORDS[lang];
    const read = one([
      [w.date, w.supplier, w.customer, w.product, `${a} (t)`, `${b} (t)`],
      [serial("2025-01-05"), "Fett AG", null, "UCO", 20, null],
      [serial("2025-01-20"), null, "Raff X", "UCO", null, 15],
    ]);
    expect(read).toEqual([expect.not.objectContaining({ block: expect.anything() })]);
  });

  it.each([
    [["Datum", "Zugang (t)", "Abgang (t)", "Bestand (t)", "Buchungsdatum"]],
    [["Datum", "Versanddatum", "Produkt", "Zugang", "Abgang"]],
  ])("a combined ledger told by its quantities alone, with a second date: %j", (head) => {
    const read = one([head, [serial("2025-01-05"), 20, 5, 15, serial("2025-01-06")]]);
    expect(read).toEqual([expect.not.objectContaining({ block: expect.anything() })]);
  });
});

describe("a quantity headed by its side's word", () => {
  it.each([
    ["Eingang (t)", "in"],
    ["Zugang in t", "in"],
    ["In [kg]", "in"],
    ["Receipts (t)", "in"],
    ["Entrée (t)", "in"],
    ["Inkoop (t)", "in"],
    ["Carico", "in"],
    ["Menge Eingang (t)", "in"],
    ["Ausgang (t)", "out"],
    ["Abgang", "out"],
    ["Out (t)", "out"],
    ["Deliveries (t)", "out"],
    ["Sortie (t)", "out"],
    ["Salida", "out"],
    ["Verkoop (t)", "out"],
    ["Scarico", "out"],
    ["Eingangsdatum", null],
    ["Datum Eingang", null],
    ["Eingang / Ausgang (t)", null],
    ["Menge (t)", null],
    ["Eingang (€)", null],
  ])("%s names side %s", (text, side) => {
    expect(flowOfHeading(text)).toBe(side);
  });
});
