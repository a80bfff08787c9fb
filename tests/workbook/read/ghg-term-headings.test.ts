// (brk22) A heading that names a term of the GHG formula, in de/en/fr/it/es/nl/pl, is read as that
// term or refused, never as the total E: before, "Émissions de culture", "Emissions from
// processing" and "Économie d'émissions électricité excédentaire" (RED I's eee, a saving) were read
// as E by their "emissions", and "Emissioni da coltivazione", "Emisje z upraw" or "Emission
// savings from soil carbon accumulation" were dropped without a word (the row's E computed without
// them). A saving ("GHG saving (%)", "THG-Einsparung") is no GHG value at all; an e-mail column
// ("E-Mail-Adresse", "E-mail") is no GHG column: its "E" is no word of its own.
import { readWorkbook } from "../../../src/workbook/read";
import { ghgTermOf } from "../../../src/workbook/ghg-term-words";
import { splitWords } from "../../../src/workbook/header-words";
import type { CellValue } from "../../../src/workbook/port";
import { serial, sheet } from "../fixtures";

const DAY = serial("2025-01-10");

/** Each component's headings, in de, en, fr, it, es, nl, pl. */
const TERMS: Record<string, string[]> = {
  eec: [
    "Emissionen aus Anbau",
    "Emissions from cultivation",
    "Émissions de culture",
    "Emissioni da coltivazione",
    "Emisiones del cultivo",
    "Emissies uit teelt",
    "Emisje z upraw",
  ],
  el: [
    "Emissionen aus Landnutzungsänderung",
    "Emissions from land use change",
    "Émissions dues au changement d'affectation des sols",
    "Emissioni da cambiamento di uso del suolo",
    "Emisiones por cambio de uso del suelo",
    "Emissies door landgebruiksverandering",
    "Emisje ze zmiany użytkowania gruntów",
  ],
  ep: [
    "Emissionen aus Verarbeitung",
    "Emissions from processing",
    "Émissions de transformation",
    "Emissioni dalla lavorazione",
    "Emisiones de procesamiento",
    "Emissies uit verwerking",
    "Emisje z przetwarzania",
  ],
  etd: [
    "Emissionen aus Transport und Vertrieb",
    "Emissions from transport and distribution",
    "Émissions de transport",
    "Emissioni da trasporto e distribuzione",
    "Emisiones de transporte",
    "Emissies uit transport",
    "Emisje z transportu i dystrybucji",
  ],
  eu: [
    "Emissionen aus Kraftstoffnutzung",
    "Emissions from the fuel in use",
    "Émissions du carburant à l'usage",
    "Emissioni dal combustibile in uso",
    "Emisiones del combustible en uso",
    "Emissies van de brandstof bij gebruik",
    "Emisje z użytkowania paliwa",
  ],
  esca: [
    "Einsparung durch Akkumulierung von Kohlenstoff im Boden",
    "Emission savings from soil carbon accumulation",
    "Réductions d'émissions dues à l'accumulation du carbone dans les sols",
    "Risparmio di emissioni da accumulo di carbonio nel suolo",
    "Ahorro de emisiones por acumulación de carbono en el suelo",
    "Emissiereductie door koolstofaccumulatie in de bodem",
    "Redukcja emisji w wyniku akumulacji węgla w glebie",
  ],
  eccs: [
    "Einsparung durch CO2-Abscheidung und geologische Speicherung",
    "Emission savings from carbon capture and geological storage",
    "Économie d'émissions captage et stockage géologique du carbone",
    "Risparmio di emissioni da cattura e stoccaggio geologico del carbonio",
    "Ahorro de emisiones por captura y almacenamiento geológico de carbono",
    "Besparing door koolstofafvang en geologische opslag",
    "Redukcja emisji z wychwytywania i geologicznego składowania dwutlenku węgla",
  ],
  eccr: [
    "Einsparung durch CO2-Abscheidung und -Ersetzung",
    "Emission savings from carbon capture and replacement",
    "Économie d'émissions captage et remplacement du carbone",
    "Risparmio di emissioni da cattura e sostituzione del carbonio",
    "Ahorro de emisiones por captura y sustitución de carbono",
    "Besparing door koolstofafvang en vervanging",
    "Redukcja emisji z wychwytywania i zastępowania dwutlenku węgla",
  ],
};
/** RED I's eee, a saving RED II does not have: refused at its heading (ghg-eee). */
const EEE = [
  "Einsparung durch Überschussstrom aus KWK",
  "Emission saving from excess electricity from cogeneration",
  "Économie d'émissions électricité excédentaire",
  "Risparmio di emissioni da elettricità eccedentaria",
  "Ahorro de emisiones por electricidad excedentaria",
  "Emissiebesparing door overtollige elektriciteit",
  "Oszczędność emisji z nadwyżki energii elektrycznej",
];
/** A saving: no GHG value. */
const SAVINGS = [
  "THG-Einsparung (%)",
  "Emissionseinsparung",
  "GHG saving (%)",
  "GHG savings",
  "Économie de GES (%)",
  "Économie d'émissions",
  "Risparmio GHG (%)",
  "Risparmio di emissioni",
  "Ahorro de GEI (%)",
  "Reducción de emisiones (%)",
  "BKG-besparing (%)",
  "Emissiebesparing",
  "Oszczędność emisji (%)",
  "Redukcja emisji GHG (%)",
];
/** Headings that name the total E: read as it, as before or now in words of their own. */
const TOTALS = [
  "E",
  "E (g CO2eq/MJ)",
  "GHG total",
  "Total emissions",
  "THG gesamt",
  "Treibhausgasemissionen (g CO2eq/MJ)",
  "THG-Emissionen",
  "Émissions totales",
  "GES total",
  "Emissioni totali",
  "Emissioni di gas serra",
  "Emisiones totales",
  "Emisiones de GEI",
  "Totale emissies",
  "BKG-emissies totaal",
  "Emisje łącznie",
  "Całkowite emisje GHG",
  "Łączne emisje gazów cieplarnianych",
];
/** E-mail headings in seven languages: never a GHG column. */
const EMAILS = [
  "E-Mail-Adresse",
  "E-Mail Kunde",
  "E-mail",
  "Email",
  "E Mail",
  "Adresse e-mail",
  "Indirizzo e-mail",
  "E-mail cliente",
  "E-mail klant",
  "Adres e-mail",
  // (brk23) "E-Post" (sv, no, da, de)
  "E-Post",
  "E-post",
  "E-Post Kunde",
  "E-post adress",
  "E Post",
  "Epost",
];

const COMPONENT_CASES = Object.entries(TERMS).flatMap(([term, hs]) => hs.map((h) => [h, term] as const));

/** The fields column H of each sheet is read as, and the findings at H1, of a receipts and a deliveries sheet with `heading` over `value`. */
function read(heading: string, value: CellValue) {
  const r = readWorkbook({
    name: "x.xlsx",
    sheets: [
      sheet("Receipts", [
        [
          "Date",
          "Supplier",
          "Supplier certificate",
          "SD number",
          "Product",
          "Quantity (t)",
          "GHG unit",
          heading,
        ],
        [DAY, "Saipol", "EU-ISCC-Cert-DE100-1", "IN-1", "UCO", 10, "g CO2eq/MJ", value],
      ]),
      sheet("Deliveries", [
        [
          "Date",
          "Customer",
          "Product",
          "Quantity (t)",
          "Sustainable",
          "GHG unit",
          "Customer address",
          heading,
        ],
        [DAY, "Nordic Fuels Oy", "UCO", 8, "yes", "g CO2eq/MJ", "Satamatie 3, Porvoo", value],
      ]),
    ],
  });
  const at = (name: string) => {
    const s = r.sheets.find((x) => x.name === name);
    return Object.entries(s?.columns ?? {})
      .filter(([, c]) => c === "H")
      .map(([f]) => f);
  };
  const said = r.findings
    .filter((f) => f.cell === "H1")
    .map((f) => `${f.sheet} ${f.code} ${f.details && "reason" in f.details ? f.details.reason : ""}`);
  return { receipts: at("Receipts"), deliveries: at("Deliveries"), said, r };
}

describe("which term a GHG heading names", () => {
  it.each(COMPONENT_CASES)("%p names %s", (h, term) => expect(ghgTermOf(h)).toBe(term));
  it.each(EEE)("%p names eee", (h) => expect(ghgTermOf(h)).toBe("eee"));
  it.each(SAVINGS)("%p names a saving", (h) => expect(ghgTermOf(h)).toBe("saving"));
  it.each([...TOTALS, ...EMAILS])("%p names no component, nor a saving", (h) =>
    expect([null, "total"]).toContain(ghgTermOf(h)),
  );
  it.each([
    ["Emisiones de GEI en el cultivo", "eec"],
    ["GHG value (EU RED II)", null],
    ["Transport", null],
    ["Total GHG emissions incl. transport", null],
  ])("%p: %p (a Spanish 'el', 'EU RED', a carrier, a total with a term beside it)", (h, term) =>
    expect(ghgTermOf(h)).toBe(term),
  );
});

describe("a GHG term's heading on receipts and deliveries", () => {
  it.each(COMPONENT_CASES)("%p is read as its term, %s, never as E", (h, term) => {
    const { receipts, deliveries, said } = read(h, 3);
    expect(receipts).toEqual([`ghg.${term}`]);
    expect(deliveries).toEqual([`ghg.${term}`]);
    expect(said).toEqual([]);
  });

  it.each(EEE)("%p (eee, a saving) is refused at its heading, never read as E", (h) => {
    const { receipts, deliveries, said, r } = read(h, 3);
    expect([receipts, deliveries]).toEqual([[], []]);
    expect(said).toEqual(["Receipts mapping-uncertain ghg-eee", "Deliveries mapping-uncertain ghg-eee"]);
    expect(r.ledger.receipts[0]?.ghg).toEqual({ unit: "g CO2eq/MJ" });
  });

  it.each(SAVINGS)("%p (a saving) is no GHG value", (h) => {
    const { receipts, deliveries, r } = read(h, 65);
    expect([receipts, deliveries]).toEqual([[], []]);
    expect(r.ledger.receipts[0]?.ghg).toEqual({ unit: "g CO2eq/MJ" });
  });
});

describe("what must not change", () => {
  it.each(TOTALS)("%p is still read as the total E", (h) => {
    const { receipts, deliveries, said, r } = read(h, 28);
    expect(receipts).toEqual(["ghg.total"]);
    expect(deliveries).toEqual(["ghg.total"]);
    expect(said).toEqual([]);
    expect(r.ledger.receipts[0]?.ghg).toEqual({ total: "28", unit: "g CO2eq/MJ" });
  });

  it.each(["eec", "GHG eec (cultivation)", "THG ep", "e_td", "esca", "eccr"])(
    "the code %p is read as its term as before",
    (h) => {
      const term = ghgTermOf(h);
      expect(read(h, 3).receipts).toEqual([`ghg.${term}`]);
    },
  );
});

describe("an e-mail column is no GHG column", () => {
  it.each(EMAILS)("%p: one word 'email', its E no word of its own", (h) => {
    expect(splitWords(h)).toContain("email");
    expect(splitWords(h)).not.toContain("e");
  });

  it.each(EMAILS)("%p over e-mail addresses: read as no GHG value, no number refused", (h) => {
    const { receipts, deliveries, r } = read(h, "einkauf@nordic-fuels.fi");
    expect(receipts.filter((f) => f.startsWith("ghg."))).toEqual([]);
    expect(deliveries.filter((f) => f.startsWith("ghg."))).toEqual([]);
    expect(r.findings.filter((f) => f.code === "invalid-number")).toEqual([]);
  });
});
