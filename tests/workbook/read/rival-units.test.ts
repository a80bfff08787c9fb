// (p-units3) A density or heating value written twice ("Dichte (kg/m³)" and "Dichte lt. SD
// (t/m³)") is compared as a magnitude in a common unit, not as text. Before, 850 kg/m³ beside
// 0.85 t/m³ refused the row as two values, and 0.85 t/m³ beside 0.85 kg/m³ (a thousandfold slip)
// was read as agreeing. Now, in six languages and any pair of known units: one magnitude agrees,
// a factor-1000 slip is refused at the second cell, and a number whose column names no unit
// beside one that does is refused, never compared. A second unit column beside the second value
// ("Dichte lt. SD | Dichte Einheit") is that value's unit, not the quantity's Unit.
import fc from "fast-check";
import { UNITS } from "../../../src/engine/units";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

jest.setTimeout(300_000);

type Lang = "de" | "en" | "fr" | "es" | "nl" | "it";

/** Receipt headings, a density's and a heating value's word, and the words "as per the SD", by language. */
const WORDS: Record<Lang, { head: string[]; density: string; heating: string; sd: string }> = {
  de: {
    head: ["Datum", "Lieferant", "SD-Nr.", "Produkt", "Menge (t)"],
    density: "Dichte",
    heating: "Heizwert",
    sd: "lt. SD",
  },
  en: {
    head: ["Date", "Supplier", "SD number", "Product", "Quantity (t)"],
    density: "Density",
    heating: "Heating value",
    sd: "as per PoS",
  },
  fr: {
    head: ["Date", "Fournisseur", "N° DD", "Produit", "Quantité (t)"],
    density: "Densité",
    heating: "PCI",
    sd: "selon DD",
  },
  es: {
    head: ["Fecha", "Proveedor", "Nº SD", "Producto", "Cantidad (t)"],
    density: "Densidad",
    heating: "PCI",
    sd: "según SD",
  },
  nl: {
    head: ["Datum", "Leverancier", "SD-nummer", "Product", "Hoeveelheid (t)"],
    density: "Dichtheid",
    heating: "Verbrandingswaarde",
    sd: "volgens SD",
  },
  it: {
    head: ["Data", "Fornitore", "N. SD", "Prodotto", "Quantità (t)"],
    density: "Densità",
    heating: "PCI",
    sd: "secondo SD",
  },
};
const LANGS = Object.keys(WORDS) as Lang[];

/** Units as headings write them, each by the engine's canonical unit (its exact factor: engine/units.ts). */
const SPELLED: Record<string, string> = {
  "kg/m3": "kg/m³",
  "t/m3": "t/m³",
  "kg/L": "kg/l",
  "g/cm3": "g/cm³",
  "g/L": "g/l",
  "MJ/kg": "MJ/kg",
  "GJ/t": "GJ/t",
  "MJ/t": "MJ/t",
  "kWh/kg": "kWh/kg",
  "kWh/t": "kWh/t",
};
const OF = (kind: "density" | "heating") =>
  Object.keys(SPELLED).filter((u) => UNITS[u]?.kind === kind && UNITS[u]?.kind !== undefined);

/**
 * Two numbers of one magnitude in units `a` and `b`, from a multiple `k`: k·fb·db in `a` and
 * k·fa·da in `b` state k·fa·fb (t/m³ or MJ/t) each, exactly; no division, no float.
 */
function same(a: string, b: string, k: number): [string, string] {
  const fa = UNITS[a]!.factor;
  const fb = UNITS[b]!.factor;
  const x = (Number(fb) * 1e9 * k) / 1e9; // factors are short decimals: exact within 1e-9 steps
  const y = (Number(fa) * 1e9 * k) / 1e9;
  return [trim(x), trim(y)];
}
const trim = (n: number) => String(Number(n.toPrecision(12)));

const D = serial("2025-03-30");

/** Receipts in `lang` whose `word` is in two columns: "<word> (<ua>)" and "<word> <sd> (<ub>)", one row per pair. */
function book(
  lang: Lang,
  word: string,
  ua: string | null,
  ub: string | null,
  pairs: [CellValue, CellValue][],
) {
  const w = WORDS[lang];
  const h = (u: string | null) => (u ? ` (${SPELLED[u]})` : "");
  const head = [...w.head, `${word}${h(ua)}`, `${word} ${w.sd}${h(ub)}`];
  const rows = pairs.map(([x, y], i) => [D, "Fett AG", `SD-${i + 1}`, "UCO", 10 * (i + 1), x, y]);
  return readWorkbook({ name: "b.xlsx", sheets: [sheet("Receipts", [head, ...rows])] });
}

const errorsOf = (f: { severity: string; cell?: string }[]) =>
  f.filter((x) => x.severity === "error").map((x) => x.cell);

describe.each(LANGS)("%s: two columns of one density or heating value in two units", (lang) => {
  it.each(["density", "heating"] as const)(
    "%s: one magnitude agrees, a factor-1000 slip is refused",
    (kind) => {
      const units = OF(kind);
      const word = WORDS[lang][kind];
      fc.assert(
        fc.property(
          fc.constantFrom(...units),
          fc.constantFrom(...units),
          fc.integer({ min: 1, max: 999 }),
          fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
          (ua, ub, k, slips) => {
            const pairs = slips.map((slip): [CellValue, CellValue] => {
              const [x, y] = same(ua, ub, k);
              return [Number(x), slip ? Number(y) * 1000 : Number(y)];
            });
            const { ledger, findings } = book(lang, word, ua, ub, pairs);
            expect(errorsOf(findings)).toEqual(slips.flatMap((s, i) => (s ? [`G${i + 2}`] : [])));
            expect(ledger.receipts.map((r) => r.sdNumber)).toEqual(
              slips.flatMap((s, i) => (s ? [] : [`SD-${i + 1}`])),
            );
          },
        ),
        { numRuns: 15 },
      );
    },
  );

  it("the same number in units a thousandfold apart is refused: 0.85 t/m³ beside 0.85 kg/m³", () => {
    const { ledger, findings } = book(lang, WORDS[lang].density, "t/m3", "kg/m3", [[0.85, 0.85]]);
    expect(errorsOf(findings)).toEqual(["G2"]);
    expect(ledger.receipts).toHaveLength(0);
  });

  it("a number whose column names no unit beside one that does is refused, saying which heading lacks it", () => {
    const word = WORDS[lang].density;
    const { ledger, findings } = book(lang, word, "kg/m3", null, [[850, 850]]);
    const refused = findings.filter((f) => f.severity === "error");
    expect(refused.map((f) => [f.cell, (f.details as { missing?: string } | undefined)?.missing])).toEqual([
      ["G2", `${word} ${WORDS[lang].sd}`],
    ]);
    expect(ledger.receipts).toHaveLength(0);
  });

  it("neither column names a unit: equal numbers agree (both in the book's one unit)", () => {
    const { ledger, findings } = book(lang, WORDS[lang].density, null, null, [[850, 850]]);
    expect(errorsOf(findings)).toEqual([]);
    expect(ledger.receipts).toHaveLength(1);
  });
});

/** Unit-column headings of a density and of a heating value, by language. */
const UNIT_HEADS: Record<Lang, { density: string; heating: string }> = {
  de: { density: "Dichte Einheit", heating: "Einheit Heizwert" },
  en: { density: "Density unit", heating: "Heating value unit" },
  fr: { density: "Unité densité", heating: "Unité PCI" },
  es: { density: "Unidad densidad", heating: "Unidad PCI" },
  nl: { density: "Eenheid dichtheid", heating: "Eenheid verbrandingswaarde" },
  it: { density: "Unità densità", heating: "Unità PCI" },
};

/** Per kind: three rows of value, unit, second value, its unit: one magnitude, one magnitude, a slip. */
const UNIT_ROWS = {
  density: [
    [850, "kg/m3", 0.85, "t/m3"],
    [0.85, "kg/l", 850, "g/l"],
    [850, "kg/m3", 850, "t/m3"],
  ],
  heating: [
    [37, "MJ/kg", 37, "GJ/t"],
    [36, "MJ/kg", 10, "kWh/kg"],
    [37, "MJ/kg", 37, "MJ/t"],
  ],
};
const READ = { density: ["850", "kg/m3", "0.85", "kg/L"], heating: ["37", "MJ/kg", "36", "MJ/kg"] };

describe.each(LANGS)("%s: a second unit column beside the second value is its unit", (lang) => {
  it.each(["density", "heating"] as const)(
    "%s: one magnitude agrees, a slip is refused, the quantity's Unit untouched",
    (kind) => {
      const w = WORDS[lang];
      const unitHead = UNIT_HEADS[lang][kind];
      const head = [...w.head, w[kind], unitHead, `${w[kind]} ${w.sd}`, unitHead];
      const rows = UNIT_ROWS[kind].map((r, i) => [D, "Fett AG", `SD-${i + 1}`, "UCO", 10 * (i + 1), ...r]);
      const { ledger, findings } = readWorkbook({
        name: "b.xlsx",
        sheets: [sheet("Receipts", [head, ...rows])],
      });
      expect(errorsOf(findings)).toEqual(["H4"]);
      const [v1, u1, v2, u2] = READ[kind];
      const unitField = kind === "density" ? "densityUnit" : "heatingValueUnit";
      const valueField = kind === "density" ? "density" : "heatingValue";
      expect(ledger.receipts.map((r) => [r.sdNumber, r.unit, r[valueField], r[unitField]])).toEqual([
        ["SD-1", "t", v1, u1],
        ["SD-2", "t", v2, u2],
      ]);
    },
  );
});
