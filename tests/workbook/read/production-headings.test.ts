// Production headings in French, Spanish, Italian and Dutch (p-heads, new user's test #6): each
// side's product and quantity and the conversion factor, through the matcher, best reading first.
import { kindSpec } from "../../../src/workbook/fields";
import { lexicalHits } from "../../../src/workbook/matcher";

const fieldOf = (heading: string): string | undefined => {
  const spec = kindSpec("production");
  const hit = spec ? lexicalHits(spec, heading)[0] : undefined;
  return hit && spec?.fields[hit.field]?.id;
};

describe("a production heading", () => {
  it.each([
    ["Facteur de conversion", "factor"],
    ["Taux de conversion", "factor"],
    ["Rendement", "factor"],
    ["Factor de conversión", "factor"],
    ["Rendimiento", "factor"],
    ["Fattore di conversione", "factor"],
    ["Resa", "factor"],
    ["Conversiefactor", "factor"],
    ["Omrekeningsfactor", "factor"],
    ["Quantité entrante", "inputQuantity"],
    ["Quantité d'entrée", "inputQuantity"],
    ["Quantité consommée", "inputQuantity"],
    ["Cantidad de entrada", "inputQuantity"],
    ["Cantidad consumida", "inputQuantity"],
    ["Quantità in entrata", "inputQuantity"],
    ["Quantità in ingresso", "inputQuantity"],
    ["Inputhoeveelheid", "inputQuantity"],
    ["Ingezette hoeveelheid", "inputQuantity"],
    ["Quantité sortante", "outputQuantity"],
    ["Quantité produite", "outputQuantity"],
    ["Cantidad de salida", "outputQuantity"],
    ["Cantidad producida", "outputQuantity"],
    ["Quantità in uscita", "outputQuantity"],
    ["Quantità prodotta", "outputQuantity"],
    ["Outputhoeveelheid", "outputQuantity"],
    ["Geproduceerde hoeveelheid", "outputQuantity"],
    ["Produit entrant", "inputProduct"],
    ["Produit d'entrée", "inputProduct"],
    ["Producto de entrada", "inputProduct"],
    ["Prodotto in entrata", "inputProduct"],
    ["Invoerproduct", "inputProduct"],
    ["Produit sortant", "outputProduct"],
    ["Producto de salida", "outputProduct"],
    ["Prodotto in uscita", "outputProduct"],
    ["Uitvoerproduct", "outputProduct"],
  ])("%p is %p", (heading, field) => expect(fieldOf(heading)).toBe(field));
});
