// (brk26 N3) Production `Einsatzprodukt | Einsatzmenge (t) | Ausgangsprodukt | Ausgangsmenge (t)`:
// the output product was read but not its quantity ("Ausgangsmenge" was suggested as the
// sustainable input), and every row was refused for a missing conversion factor. Now the output
// quantity is read in seven languages, beside an input quantity that stays the input's.
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

// [input product, input quantity, output product, output quantity] headings
const SPELLINGS: [string, string, string, string][] = [
  ["Einsatzprodukt", "Einsatzmenge (t)", "Ausgangsprodukt", "Ausgangsmenge (t)"],
  ["Einsatzprodukt", "Einsatzmenge (t)", "Ausgangsprodukt", "Menge Ausgang (t)"],
  ["Input product", "Input quantity (t)", "Output product", "Output quantity (t)"],
  ["Produit entrant", "Quantité entrante (t)", "Produit sortant", "Quantité produite (t)"],
  ["Prodotto in entrata", "Quantità in entrata (t)", "Prodotto in uscita", "Quantità prodotta (t)"],
  ["Producto de entrada", "Cantidad de entrada (t)", "Producto de salida", "Cantidad producida (t)"],
  ["Invoerproduct", "Inputhoeveelheid (t)", "Uitvoerproduct", "Outputhoeveelheid (t)"],
  ["Produkt wejściowy", "Ilość wejściowa (t)", "Produkt wyjściowy", "Ilość wyjściowa (t)"],
];

describe("a production sheet's output quantity, seven languages", () => {
  it.each(SPELLINGS)("%s | %s | %s | %s", (inProduct, inQty, outProduct, outQty) => {
    const r = readWorkbook({
      name: "Books.xlsx",
      sheets: [
        sheet("Produktion", [
          ["Datum", inProduct, inQty, outProduct, outQty],
          [serial("2025-02-10"), "UCO", 30, "UCOME", 27],
        ]),
      ],
    });
    const s = r.sheets.find((x) => x.name === "Produktion");
    expect(s?.kind).toBe("production");
    expect(s?.columns).toMatchObject({ inputQuantity: "C", outputQuantity: "E" });
    expect(r.ledger.production.map((p) => [p.inputQuantity, p.outputQuantity])).toEqual([["30", "27"]]);
  });
});

describe("what does not change: the same heading on deliveries is the delivered quantity", () => {
  it.each(["Ausgangsmenge (t)", "Menge Ausgang (t)"])("%p", (heading) => {
    const r = readWorkbook({
      name: "Books.xlsx",
      sheets: [
        sheet("Warenausgang", [
          ["Datum", "Kunde", "Produkt", heading, "Nachhaltig"],
          [serial("2025-03-01"), "Fuel AG", "UCOME", 30, "ja"],
        ]),
      ],
    });
    expect(r.sheets.find((x) => x.name === "Warenausgang")?.kind).toBe("deliveries");
    expect(r.ledger.deliveries.map((d) => d.quantity)).toEqual(["30"]);
  });
});
