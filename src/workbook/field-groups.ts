// Groups of columns several sheet kinds share: GHG values, sustainability characteristics and
// conversion values (each field's id, label, type and required flag from engine/record-fields.ts).
import type { GHG_FIELDS } from "../engine/record-fields";
import { col, f, type FieldSpec, ghgCol, syn } from "./field-spec";
import {
  SCHEME,
  CLAIM,
  RAW,
  NOT_RAW,
  ORIGIN,
  NOT_ORIGIN,
  WASTE,
  ANNEX,
  GHG_NOT,
  DENSITY,
  DENSITY_UNIT,
  HEATING,
  GROSS_HEATING,
  HEATING_UNIT,
  NOT_NET_HEATING,
} from "./field-words";
import { METHOD_HEADINGS, METHOD_WORDS } from "./ghg-method-words";
import { ENERGY_CONTENT } from "./energy-content-words";
import { EXCESS_TERMS } from "./ghg-excess-words";

// prettier-ignore
const LAND_USE_EMISSIONS = syn("land use change emissions|emissions from land use change|emissions land use change|ghg land use change|luc emissions|ghg luc|co2 land use change|emissionen aus landnutzungsanderung|emissionen landnutzungsanderung|thg landnutzungsanderung|thg emissionen landnutzungsanderung|emissions changement d affectation des sols|emissions ges changement d affectation des sols|ges changement d affectation des sols|emisiones cambio de uso del suelo|emisiones por cambio de uso del suelo|emisiones gei cambio de uso del suelo|emissies landgebruiksverandering|emissies door landgebruiksverandering|bkg landgebruiksverandering|emissioni cambiamento uso del suolo|emissioni da cambiamento di uso del suolo");

// The GHG values' columns, the same on every kind that carries them. A heading that names a method,
// a type or a kind ("Metoda GHG", "Art des THG-Werts") is the method's, never a value's (p-ghgmethod).
// nor is RED I's eee ("ee", "e ee": ghg-excess.ts), which RED II does not have
const GHG_VALUE_NOT = [...GHG_NOT, ...METHOD_WORDS, ...EXCESS_TERMS];
const ghgField = (part: keyof typeof GHG_FIELDS, extra: string[] = []): FieldSpec =>
  ghgCol(
    part,
    [part, `ghg ${part}`, `thg ${part}`, `emissions ${part}`, `ghg emissions ${part}`, `e ${part}`, ...extra],
    GHG_VALUE_NOT,
  );
// prettier-ignore
export const GHG: FieldSpec[] = [
  ghgCol("total", syn("ghg|ghg total|etotal|total ghg|ghg emissions|ghg value|ghg e|e total|total emissions|thg|thg gesamt|thg emissionen|thg wert|treibhausgas|treibhausgasemissionen|emissions|co2 emissions|ghg emission|e|ghg total e|total e|ghg intensity|certificate greenhouse gas intensity|greenhouse gas intensity|carbon intensity|ci|ghg emissions of supply and use of the fuel|total ghg emissions|treibhausgasemissionen gesamt|e gesamt|emissions e|thg emissionen e|emissions de ges|emissions ges|ges total|emisiones gei|emisiones de gei|gei total|emissioni gas serra|emissioni di gas serra|emissioni ghg|bkg|bkg emissies|broeikasgasemissies|bkg totaal|broeikasgas|gesamtemissionen|emisje gazow cieplarnianych|emisja gazow cieplarnianych"), GHG_VALUE_NOT),
  ghgField("eec", ["cultivation", "anbau"]),
  // only an emission from land use change is el; "Land use change (after 2008)" alone is a
  // criterion the add-in does not read (unread-meaning.ts, matcher.ts)
  ghgField("el", LAND_USE_EMISSIONS),
  ghgField("ep", ["processing", "verarbeitung"]),
  ghgField("etd", ["transport and distribution", "transport", "transport und vertrieb"]),
  ghgField("eu", ["fuel in use"]),
  ghgField("esca", ["soil carbon accumulation", "soil carbon"]),
  ghgField("eccs", ["carbon capture and geological storage"]),
  ghgField("eccr", ["carbon capture and replacement"]),
  ghgCol("unit", syn("ghg unit|thg einheit|emission unit|ghg emissions unit|ghg calculation unit|unit of ghg|einheit thg|unite ges|unite des ges|unite d emissions|unidad gei|unidad de gei|unidad ghg|unita ghg|unita gas serra|unita emissioni|eenheid bkg|eenheid broeikasgas|bkg eenheid|thg einheit|einheit ghg")),
  ghgCol("method", [...syn("ghg method|method|methode|thg methode|calculation method|berechnungsmethode|ghg calculation method|ghg type|ghg value type|type of ghg value"), ...METHOD_HEADINGS], syn("chain|custody|coc")),
];

// prettier-ignore
export const characteristics = (kind: "receipt" | "transfer"): FieldSpec[] => [
  col(kind, "scheme", SCHEME),
  col(kind, "claim", CLAIM),
  col(kind, "rawMaterial", RAW, NOT_RAW),
  col(kind, "countryOfOrigin", ORIGIN, NOT_ORIGIN),
  col(kind, "wasteResidue", WASTE, syn("permit|genehmigung")),
  col(kind, "annexIxPart", ANNEX),
];

// Conversion values a row may carry (domain.md §4), each with its own unit column or header unit.
export const conversionFields = (kind: "receipt" | "delivery" | "stock"): FieldSpec[] => [
  col(kind, "heatingValue", HEATING, NOT_NET_HEATING),
  f("grossHeatingValue", "Gross calorific value (not used)", "number", false, GROSS_HEATING),
  // (brk22 §4) the lot's energy ("Energy content (MJ)"): a receipt's or delivery's is read, a
  // check of quantity × heating value (engine/intake/energy-content.ts); a stock count's is said at its heading
  kind === "stock"
    ? f("energyContent", "Energy content of the row (not read)", "number", false, ENERGY_CONTENT)
    : col(kind, "energyContent", ENERGY_CONTENT),
  col(kind, "heatingValueUnit", HEATING_UNIT),
  col(kind, "density", DENSITY),
  col(kind, "densityUnit", DENSITY_UNIT),
];
