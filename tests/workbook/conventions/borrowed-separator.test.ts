// A decimal separator is proven column by column, never borrowed (break test 15): a quantity
// column of "25.000", "24.500" only (kg in German thousands) proves nothing, and a GHG column of
// "9.8", "10.2" copied from SDs, or a density "0.92", beside it says nothing of it: "25.000" is
// refused at its cell (ambiguous-number), never booked as 25 kg. Where the quantity column proves
// its own separator, or the settings state one, it is read exactly.
import fc from "fast-check";
import type { Finding } from "../../../src/engine/result";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet, throughXlsx } from "../fixtures";

/** Each language's headings: [date, supplier, SD number, product, quantity in kg, GHG, density]. */
const LAYOUTS: [string, string[]][] = [
  ["de", ["Datum", "Lieferant", "SD-Nr.", "Produkt", "Menge (kg)", "THG (g CO2eq/MJ)", "Dichte (kg/l)"]],
  [
    "en",
    ["Date", "Supplier", "SD number", "Product", "Quantity (kg)", "GHG total (g CO2eq/MJ)", "Density (kg/l)"],
  ],
  ["fr", ["Date", "Fournisseur", "N° DD", "Produit", "Quantité (kg)", "GES (g CO2eq/MJ)", "Densité (kg/l)"]],
  ["es", ["Fecha", "Proveedor", "N° SD", "Producto", "Cantidad (kg)", "GEI (g CO2eq/MJ)", "Densidad (kg/l)"]],
  [
    "nl",
    [
      "Datum",
      "Leverancier",
      "SD-nummer",
      "Product",
      "Hoeveelheid (kg)",
      "BKG (g CO2eq/MJ)",
      "Dichtheid (kg/l)",
    ],
  ],
  ["it", ["Data", "Fornitore", "N. SD", "Prodotto", "Quantità (kg)", "GHG (g CO2eq/MJ)", "Densità (kg/l)"]],
];

/** The quantity and unit of each receipt as read ("25000 kg"), or the code of the finding at its quantity cell. */
async function quantities(
  head: string[],
  rows: [CellValue, CellValue, CellValue][],
  settings?: CellValue[][],
): Promise<string[]> {
  const receipts = sheet("Receipts", [
    head,
    ...rows.map(([q, g, d], i) => [serial("2025-01-08"), "Saipol GmbH", `SD-${i + 1}`, "UCO", q, g, d]),
  ]);
  const snap = await throughXlsx(...(settings ? [receipts, sheet("Settings", settings)] : [receipts]));
  const { ledger, findings } = readWorkbook(snap);
  return rows.map((_, i) => {
    const f = findings.filter((x: Finding) => x.sheet === "Receipts" && x.cell === `E${i + 2}`);
    if (f.length) return f.map((x) => x.code).join(", ");
    const r = ledger.receipts.find((x) => x.source.row === i + 2);
    if (r) return `${r.quantity} ${r.unit}`;
    // a row held by a finding at another of its cells (a density "1.000" against the settings)
    const held = findings.some(
      (x: Finding) => x.sheet === "Receipts" && new RegExp(`^[A-Z]+${i + 2}$`).test(x.cell ?? ""),
    );
    return held ? ROW_HELD : "no receipt";
  });
}

const REFUSED = "ambiguous-number";
const ROW_HELD = "row held at another cell";

describe.each(LAYOUTS)(
  "%s headings: kg typed with thousands points beside proofs of other columns",
  (_, head) => {
    it.each([
      [
        "GHG copied from SDs with a point",
        ["9.8", "10.2", "11.0"],
        [null, null, null],
        [REFUSED, REFUSED, REFUSED],
      ],
      ["GHG with a comma", ["9,8", "10,2", "11,0"], [null, null, null], [REFUSED, REFUSED, REFUSED]],
      ["a density with a point", [10, 10, 10], ["0.92", "0.91", "0.9"], [REFUSED, REFUSED, REFUSED]],
      ["GHG typed as numbers", [9.8, 10.2, 11], [null, null, null], [REFUSED, REFUSED, REFUSED]],
    ])("%s: %j %j → %j", async (_w, ghg, dens, want) => {
      const rows = ["25.000", "24.500", "23.750"].map((q, i): [CellValue, CellValue, CellValue] => [
        q,
        ghg[i] as CellValue,
        dens[i] as CellValue,
      ]);
      const got = await quantities(head, rows);
      expect(got).toEqual(want);
    });

    it("the quantity column's own comma settles them: 25.000 kg beside 1.250,5 kg", async () => {
      const got = await quantities(head, [
        ["25.000", "9.8", null],
        ["1.250,5", "10.2", null],
      ]);
      expect(got.map((g) => g.split(" ")[0])).toEqual(["25000", "1250.5"]);
    });

    it("the settings' decimal comma settles them", async () => {
      const got = await quantities(
        head,
        [["25.000", "9.8", null]],
        [
          ["Setting", "Value"],
          ["Decimal separator", "comma"],
        ],
      );
      expect(got.map((g) => g.split(" ")[0])).toEqual(["25000"]);
    });
  },
);

// the ambiguous form: one separator before exactly three digits, no leading zero
const digits = (n: number) => fc.integer({ min: 0, max: 10 ** n - 1 }).map((d) => String(d).padStart(n, "0"));
const ambiguous = fc
  .tuple(fc.integer({ min: 1, max: 999 }), digits(3), fc.constantFrom(".", ","))
  .map(([w, f, sep]) => ({ text: `${w}${sep}${f}`, whole: w, frac: f }));
// whatever another column holds: texts proving either separator, numbers, blanks, ambiguous texts
const other: fc.Arbitrary<CellValue> = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 99 }), digits(1), fc.constantFrom(".", ","))
    .map(([w, f, s]) => `${w}${s}${f}`),
  fc
    .tuple(fc.integer({ min: 1, max: 99 }), digits(3), fc.constantFrom(".", ","))
    .map(([w, f, s]) => `${w}${s}${f}`),
  fc.double({ min: 0.1, max: 99, noNaN: true }),
  fc.constant(null),
);

describe("property: a quantity N.NNN with no proof in its own column is never read as N.NNN/1000 silently", () => {
  it("it is refused at its cell, or read exactly by the separator the settings state", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...LAYOUTS.map(([, h]) => h)),
        fc.array(fc.tuple(ambiguous, other, other), { minLength: 1, maxLength: 4 }),
        fc.constantFrom<null | "comma" | "point">(null, "comma", "point"),
        async (head, rows, stated) => {
          const settings = stated && [
            ["Setting", "Value"],
            ["Decimal separator", stated],
          ];
          const got = await quantities(
            head,
            rows.map(([q, g, d]) => [q.text, g, d]),
            settings ?? undefined,
          );
          rows.forEach(([q], i) => {
            const decimal = Number(`${q.whole}.${q.frac}`);
            const thousands = Number(`${q.whole}${q.frac}`);
            if (!stated) return expect(got[i]).toBe(REFUSED);
            if (got[i] === ROW_HELD) return;
            const pointIsDecimal = (q.text.includes(".") ? "point" : "comma") === stated;
            expect(Number(got[i]?.split(" ")[0])).toBeCloseTo(pointIsDecimal ? decimal : thousands, 9);
          });
        },
      ),
      { numRuns: 20 },
    );
  });
});
