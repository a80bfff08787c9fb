// (brk7 f3) The conversion-factor sheet and the production sheet read each side's product under one
// vocabulary: "Ausbringung Produkt" heads the output product on both, never header-not-found on one.
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet, throughXlsx } from "../fixtures";

jest.setTimeout(60_000);

// [input product heading, output product heading]: en, de, fr, es as staff head them
const SIDES: [string, string][] = [
  ["Input product", "Output product"],
  ["Einsatzprodukt", "Ausbringungsprodukt"],
  ["Einsatz Produkt", "Ausbringung Produkt"],
  ["Produkt Einsatz", "Produkt Ausbringung"],
  ["Produit entrant", "Produit sortant"],
  ["Producto de entrada", "Producto de salida"],
];

it.each(SIDES)(
  "%p / %p head the sides on the factor sheet as on the production sheet",
  async (input, output) => {
    const { sheets, ledger, findings } = readWorkbook(
      await throughXlsx(
        sheet("Umrechnungsfaktoren", [
          [input, output, "Faktor", "Gültig ab", "Gültig bis"],
          ["Rapsöl", "HVO", 0.85, serial("2025-01-01"), serial("2025-12-31")],
        ]),
        sheet("Produktion", [
          ["Datum", input, "Einsatz (t)", output, "Ausbringung (t)"],
          [serial("2025-01-20"), "Rapsöl", 100, "HVO", 85],
        ]),
      ),
    );
    const columns = (name: string) => sheets.find((s) => s.name === name)?.columns;
    expect(columns("Umrechnungsfaktoren")).toMatchObject({
      inputProduct: "A",
      outputProduct: "B",
      factor: "C",
    });
    expect(columns("Produktion")).toMatchObject({ inputProduct: "B", outputProduct: "D" });
    expect(findings.filter((f) => f.code === "header-not-found")).toEqual([]);
    expect(ledger.factors[0]).toMatchObject({ inputProduct: "Rapsöl", outputProduct: "HVO", factor: "0.85" });
  },
);
