// The columns of a production sheet: input and output, a co-product beside the main output, and
// conversion values per side (domain.md §4, §5).
import { col, f, type FieldSpec, syn } from "./field-spec";
import { GHG } from "./field-groups";
import {
  DATE,
  NOT_DATE,
  UNIT,
  NOT_UNIT,
  SITE,
  NOT_SITE,
  DENSITY,
  DENSITY_UNIT,
  HEATING,
  GROSS_HEATING,
  NOT_NET_HEATING,
  HEATING_UNIT,
  INPUT_PRODUCT,
  OUTPUT_PRODUCT,
  INPUT_SIDE,
  OUTPUT_SIDE,
  sided,
} from "./field-words";
import { PART_HEADINGS } from "./part-words";

/**
 * The second output of a production row whose sheet has an output column per product: the main
 * product and a co-product fed by one input, consumed once (domain.md §5). `names` are the headers
 * of the co-product's column; its quantity and factor columns take them with "quantity"/"factor".
 * Headers are told apart by their words, not by a number ("Output 2" reads as "Output"), so one
 * co-product per row: further outputs are rows sharing a batch id.
 */
function coProductFields(names: string[]): FieldSpec[] {
  const words = (suffix: string[]) =>
    names.flatMap((name) => suffix.flatMap((x) => [`${name} ${x}`, `${x} ${name}`]));
  return [
    f("outputProduct2", "Co-product", "text", false, names),
    f("outputQuantity2", "Co-product quantity", "number", false, words(["quantity", "qty", "menge"])),
    // (brk19 #3) a yield in % as the main factor's: "By-product yield (%)" 57 is 0.57, never 57
    {
      ...f(
        "factor2",
        "Co-product conversion factor",
        "number",
        false,
        words(["factor", "faktor", "yield", "ausbeute"]),
      ),
      percent: "fraction",
    },
  ];
}

// A production row's conversion values, one set per side (domain.md §4, §5): the input's own
// ("Input heating value", "Heizwert Einsatz") and the output's ("Output heating value", "Heizwert
// Erzeugnis"; a plain "Heating value" or "Density" column is the output's, as on a receipt the
// value belongs to the row's product). Each converts only its own side's quantity.
const PRODUCTION_CONVERSION_FIELDS = (): FieldSpec[] => [
  col("production", "inputHeatingValue", sided(HEATING, INPUT_SIDE), [
    ...NOT_NET_HEATING,
    ...syn("output|erzeugnis|unit|einheit"),
  ]),
  col("production", "inputHeatingValueUnit", sided(HEATING_UNIT, INPUT_SIDE)),
  col("production", "inputDensity", sided(DENSITY, INPUT_SIDE), syn("output|erzeugnis|unit|einheit")),
  col("production", "inputDensityUnit", sided(DENSITY_UNIT, INPUT_SIDE)),
  col(
    "production",
    "heatingValue",
    [...HEATING, ...sided(HEATING, OUTPUT_SIDE)],
    [...NOT_NET_HEATING, ...syn("input|einsatz|einsatzstoff|unit|einheit")],
  ),
  f("grossHeatingValue", "Gross calorific value (not used)", "number", false, GROSS_HEATING, INPUT_SIDE),
  // p-units3: the input's gross calorific value, said of its own column as the output's is
  f(
    "inputGrossHeatingValue",
    "Input gross calorific value (not used)",
    "number",
    false,
    sided(
      GROSS_HEATING.map((w) => w.replace(/^!/, "")),
      INPUT_SIDE,
    ),
  ),
  col(
    "production",
    "heatingValueUnit",
    [...HEATING_UNIT, ...sided(HEATING_UNIT, OUTPUT_SIDE)],
    syn("input|einsatz"),
  ),
  col(
    "production",
    "density",
    [...DENSITY, ...sided(DENSITY, OUTPUT_SIDE)],
    syn("input|einsatz|einsatzstoff|unit|einheit"),
  ),
  col(
    "production",
    "densityUnit",
    [...DENSITY_UNIT, ...sided(DENSITY_UNIT, OUTPUT_SIDE)],
    syn("input|einsatz"),
  ),
];

// --- p-units2: each side's unit and product as staff head them ---
/** The words of a unit column, to be said of one side ("Input unit", "Einheit Ausbringung", "Unidad entrada"). */
const UNIT_WORDS = syn("unit|einheit|mengeneinheit|uom|unite|eenheid|unidad|unita|jednostka|enhed|enhet");
/**
 * The row's unit is its input's (engine/intake/production.ts): a plain "Unit" column, or one said
 * of the input; a unit column said of the output is the output's own (`outputUnit`), never the row's.
 */
const INPUT_UNIT = [...UNIT, ...sided(UNIT_WORDS, INPUT_SIDE)];
const NOT_INPUT_UNIT = [...NOT_UNIT, ...OUTPUT_SIDE];
const OUTPUT_UNIT = sided(UNIT_WORDS, OUTPUT_SIDE);
const NOT_OUTPUT_UNIT = [...NOT_UNIT, ...INPUT_SIDE];
/**
 * "Ausbringung Produkt" (the output's product, beside "Ausbringung (t)"), "Produit sortant", "Produit entrant":
 * the production sheet's and the conversion-factor sheet's (fields.ts) one vocabulary for each side's product.
 */
export const OUTPUT_PRODUCT_MORE = syn(
  "!ausbringung produkt|!produkt ausbringung|!ausbringungsprodukt|!produit sortant|!output produkt|!uitgaand product|!outputproduct",
);
export const INPUT_PRODUCT_MORE = syn(
  "!einsatz produkt|!produkt einsatz|!produit entrant|!input produkt|!prodotto in entrata|!ingaand product|!inputproduct|!inzet product|!product inzet|!inzetproduct|!ingezet product",
);
// --- end p-units2

/**
 * (h-ghg3) Headings of a factor kept as input per output, in de/en/fr/it/es/nl/pl: "Einsatz je t
 * Produkt", "input per t output", "t feedstock / t product", "consommation spécifique", "consumo
 * specifico", "verbruik per ton product", "zużycie na tonę produktu". A plain "Faktor (t/t)" says no
 * direction and stays the factor (output per input), as ever.
 */
const INVERSE_FACTOR_HEADINGS = syn(
  [
    "!einsatz je t produkt|!einsatz je tonne produkt|!einsatz pro t produkt|!einsatz pro tonne produkt|!einsatz je t erzeugnis|!rohstoffeinsatz je t produkt|!spezifischer einsatz|!spezifischer verbrauch|!einsatzfaktor",
    "!input per output|!input per t output|!input per tonne output|!input per t product|!input per tonne of product|!feedstock per t product|!t feedstock t product|!t feedstock per t product|!specific consumption|!input output ratio per t",
    "!consommation specifique|!matiere premiere par t produit|!intrant par tonne de produit|!consumo specifico|!materia prima per t prodotto|!consumo especifico|!materia prima por t producto|!insumo por tonelada de producto",
    "!verbruik per ton product|!verbruik per t product|!specifiek verbruik|!grondstof per ton product|!zuzycie na tone produktu|!zuzycie na t produktu|!zuzycie jednostkowe|!wsad na tone produktu",
  ].join("|"),
);

// prettier-ignore
export const PRODUCTION_FIELDS: FieldSpec[] = [
  col("production", "date", [...DATE, "!production date", "!produktionsdatum", "!herstellungsdatum", "!date of production", "!date de production", "!productiedatum", "!fecha de produccion", "!data di produzione", "!data produkcji", "!produktionsdato", "!produktionsdatum"], NOT_DATE.filter((w) => !["production", "produktion", "herstellung"].includes(w))),
  col("production", "inputProduct", [...INPUT_PRODUCT, ...INPUT_PRODUCT_MORE], syn("quantity|menge|qty|amount|unit|einheit|sustainable|nachhaltige|hoeveelheid|ilosc|cantidad|quantite|quantita")),
  col("production", "inputQuantity", syn("!input quantity|!einsatzmenge|!input qty|!menge input|!input menge|!quantity input|!consumed|!verbrauch|!consumption|!verbrauchte menge|!eingesetzte menge|!quantite d entree|!quantite consommee|!ingezette hoeveelheid|!cantidad de entrada|!quantita in ingresso|!ilosc wejsciowa|!inputmaengde|!insatsmangd|!quantite entrante|!quantite utilisee|!quantita in entrata|!quantita consumata|!cantidad consumida|!cantidad utilizada|!inputhoeveelheid|!invoerhoeveelheid|!hoeveelheid input|!ingaande hoeveelheid|!verbruikte hoeveelheid|!inzet hoeveelheid|!hoeveelheid inzet|!inzethoeveelheid|!ingezette hoeveelheid"), syn("sustainable|nachhaltige|nachhaltig|product|produkt|date|datum")),
  col("production", "outputProduct", [...OUTPUT_PRODUCT, ...OUTPUT_PRODUCT_MORE], syn("quantity|menge|qty|amount|unit|einheit")),
  col("production", "outputQuantity", syn("!output quantity|!ausbringungsmenge|!ausbringung|!erzeugnismenge|!menge erzeugnis|!menge ausbringung|!quantity produced|!quantite de sortie|!cantidad de salida|!quantita in uscita|!uitvoerhoeveelheid|!output qty|!produzierte menge|!produced quantity|!output menge|!quantity output|!produced|!erzeugte menge|!hergestellte menge|!production quantity|!produktionsmenge|!quantite produite|!geproduceerde hoeveelheid|!cantidad producida|!quantita prodotta|!ilosc wyprodukowana|!produceret maengde|!producerad mangd|!quantite sortante|!outputhoeveelheid|!ausgangsmenge|!menge ausgang|!ilosc wyjsciowa|!ilosc wytworzona|!hoeveelheid output|!uitgaande hoeveelheid"), syn("product|produkt|date|datum")),
  { ...col("production", "factor", syn("factor|conversion factor|umrechnungsfaktor|yield|ausbeute|faktor|yield factor|conversion rate|facteur de conversion|facteur|taux de conversion|rendement|factor de conversion|tasa de conversion|rendimiento|fattore di conversione|fattore|resa|conversiefactor|omrekeningsfactor|opbrengst|wydajnosc|wspolczynnik konwersji|wspolczynnik przeliczeniowy|wspolczynnik przeliczenia|uzysk|umrechnungsverhaltnis|verhaltnis input output|verhaltnis output input|conversion ratio|ratio input output|input output ratio|rapport de conversion|rapport entree sortie|rapporto di conversione|relacion de conversion|omrekeningsverhouding|verhouding input output|stosunek przeliczeniowy|stosunek wsad uzysk")), percent: "fraction" },
  // (h-ghg3) the factor kept as input per output, the plant's specific consumption (engine/factor-inverse.ts)
  col("production", "inverseFactor", INVERSE_FACTOR_HEADINGS),
  // brk19 0a: and every heading receipts and deliveries read as the sustainable part (part-words.ts's one
  // table: "of which sustainable (t)", "Certified quantity (t)", "Nachhaltige Menge (t)", "w tym
  // certyfikowane (t)"), which were mapped to nothing here, so the whole input gave credit
  col("production", "sustainableInputQuantity", [...syn("!sustainable input quantity|!nachhaltige einsatzmenge|!sustainable input|!sustainable quantity input|!nachhaltiger einsatz|!sustainable share of input|!nachhaltiger anteil input|!sustainable input share|!certified input|!zertifizierter einsatz|!sustainable part of input"), ...PART_HEADINGS]),
  col("production", "unit", INPUT_UNIT, NOT_INPUT_UNIT),
  col("production", "outputUnit", OUTPUT_UNIT, NOT_OUTPUT_UNIT),
  col("production", "site", SITE, NOT_SITE),
  col("production", "batchId", syn("batch|batch id|batch no|batch number|process id|process no|process number|charge|charge nr|chargennummer|chargen nr|prozess nr|prozessnummer|production order|produktionsauftrag|fertigungsauftrag|lot|lot number")),
  ...coProductFields(syn("co product|coproduct|by product|byproduct|nebenprodukt|koppelprodukt")),
  ...GHG,
  ...PRODUCTION_CONVERSION_FIELDS(),
];
