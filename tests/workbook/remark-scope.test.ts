// (p-remarks4, brk17 F6 F7 F11) How far a denial in a remark reaches (workbook/remark-scope.ts),
// asked by every table of remark words, and the words the tables missed. Before:
// - SILENT: sales remarked a transfer to an own site ("Umbuchung Werk 2", "intra-company
//   transfer"), the customer's material ("Kundenware", "Eigentum Kunde") or a waiver with no
//   object ("Kunde verzichtet", "el cliente renuncia", "customer declined PoS") were declared;
// - NOISY: sales whose remark denies the very word ("kein Lohnauftrag", "keine interne
//   Umlagerung", "kein Verzicht auf SD", "Verzicht auf SD: nein", "nicht ohne SD liefern", "no
//   PoS issues") were refused;
// - SILENT credit: receipts remarked that the SD comes later ("DD envoyée ultérieurement", "SD
//   doślemy", "SD beim Lieferanten angefragt", "Lieferant schickt SD nach") were credited in
//   full, and receipts of the customer's material or from an own site ("Beistellung Kunde",
//   "Umlagerung von Werk 1") too;
// - NOISY: "PoS sent later, received 12.03." (it came) was refused. ("SD Original folgt" stays
//   refused as missing: read as "a copy at hand" it credited "Original SD fehlt" too, brk20 A0.)
import { remarkDenial } from "../../src/workbook/remark-denials";
import { remarkTokens, termHolds } from "../../src/workbook/remark-scope";

type Table = Record<string, string[]>;
const tagged = (table: Table, reason: string | null) =>
  Object.entries(table).flatMap(([lang, texts]) => texts.map((t) => [lang, t, reason] as const));

/** A sale remarked a transfer to an own site: before, declared. */
const SALE_TRANSFER: Table = {
  de: ["Umbuchung Werk 2", "Umbuchung auf Lager Venlo", "Ware umgelagert nach Werk 2"],
  en: ["transfer to own site Venlo", "intra-company transfer"],
  fr: ["transfert vers usine 2"],
  es: ["traslado a planta 2"],
  it: ["trasferimento a stabilimento 2"],
  nl: ["overboeking naar magazijn Venlo"],
  pl: ["przesunięcie do magazynu 2"],
};

/** A sale remarked the customer's material: before, declared. */
const SALE_TOLL: Table = {
  de: ["Kundenware", "Eigentum Kunde", "Rücklieferung Lohnware"],
  en: ["customer's own product"],
  fr: ["produit du client"],
  es: ["mercancía del cliente"],
  it: ["merce del cliente"],
  nl: ["goederen van de klant"],
  pl: ["towar klienta"],
};

/** A sale the customer goes without an SD for, waived or declined: before, declared (or a warning). */
const SALE_WAIVED: Table = {
  de: ["Kunde verzichtet", "Kunde lehnt SD ab"],
  en: ["customer declined PoS"],
  fr: ["le client renonce"],
  es: ["el cliente renuncia", "el cliente rechaza la DdS"],
  it: ["il cliente rinuncia"],
  nl: ["klant weigert DV"],
  pl: ["klient rezygnuje", "klient odmawia SD"],
};

/** A sale whose remark denies the word, or speaks of a move before the sale: before, refused; declared. */
const SALE_DECLARED: Table = {
  de: [
    "kein Lohnauftrag",
    "nicht Lohnverarbeitung",
    "keine interne Umlagerung",
    "keine Lohnarbeit",
    "kein Verzicht auf SD",
    "Verzicht auf SD: nein",
    "nicht ohne SD liefern",
    "Kunde hat kein SD erhalten",
    "nach interner Umlagerung aus Werk 2 verkauft",
    "ohne SD? nein",
    "ohne SD-Nummer, wird nachgetragen",
    "Umlagerung beim Kunden erfolgt",
    "Lohnverarbeitung: nein",
    "Kunde verzichtet auf Skonto",
    "Kunde verzichtet? nein",
  ],
  en: ["no PoS issues", "no tolling", "not an internal transfer", "sold after internal transfer from site 2"],
  fr: ["pas de travail à façon", "le client ne renonce pas"],
  es: ["sin maquila", "no es traslado interno", "vendido después de traslado interno"],
  it: ["non conto lavorazione", "nessun trasferimento interno"],
  nl: ["geen loonbewerking", "geen interne overboeking"],
  pl: ["nie przesunięcie wewnętrzne"],
};

/** Sales still refused: the denial is in another clause, or answers another label. */
const SALE_STILL_REFUSED: [string, string][] = [
  ["SD nicht nötig, Lohnverarbeitung", "toll-processing"],
  ["Lohnverarbeitung - SD: nein", "toll-processing"],
  ["Kunde zahlt nicht, Lohnarbeit", "toll-processing"],
  ["keine SD, Kundenware", "toll-processing"],
  ["nach interner Umlagerung", "internal-transfer"],
  ["kein SD erhalten", "sold-without-sd"],
  ["ohne SD", "sold-without-sd"],
  ["SD: nein", "sold-without-sd"],
  ["Kunde will kein SD", "sold-without-sd"],
  ["Kunde verzichtet auf SD", "sold-without-sd"],
];

/** A receipt whose SD is still to come: before, credited in full. */
const RECEIPT_LATER: Table = {
  de: [
    "SD beim Lieferanten angefragt",
    "SD erst im April",
    "Lieferant schickt SD nach",
    "Lieferant reicht SD nach",
    "SD nachträglich",
  ],
  en: ["PoS chased"],
  fr: ["DD envoyée ultérieurement"],
  es: ["DdS enviada posteriormente"],
  it: ["SD inviata successivamente", "SD sollecitata"],
  nl: ["DV opgevraagd"],
  pl: ["SD doślemy", "SD zostanie przesłane później"],
};

/** A receipt whose SD came, or is at hand with only its paper original to follow: before, some refused; credited. */
const RECEIPT_CREDITED: Table = {
  de: [
    "Original SD per Post",
    "SD erst am 12.03. erhalten",
    "SD fehlte, erhalten am 15.03.",
    "SD liegt vor",
    "Lohnfertigung bei Müller",
    "Intercompany-Kauf von Tochter GmbH",
    "keine Umlagerung",
  ],
  en: ["PoS sent later, received 12.03.", "PoS received", "Transfer per truck"],
  fr: ["DD originale suivra"],
  es: ["original de la DdS por correo"],
  // (brk21 6) the Polish words of an original on its way must not catch one that came
  pl: ["oryginał otrzymany", "SD dostarczona"],
};

/** Receipts still refused: missing, void, or a later clause of another document. */
const RECEIPT_STILL_REFUSED: [string, string][] = [
  ["SD kommt später", "proof-missing"],
  ["SD fehlt", "proof-missing"],
  ["SD erhalten, fehlt noch", "proof-missing"],
  ["SD fehlt, Rechnung erhalten", "proof-missing"],
  ["SD kommt später, Rechnung erhalten", "proof-missing"],
  ["Original SD abgelehnt", "proof-void"],
  // (brk20 A0) the paper original "to follow" is read as the SD to follow: p-remarks had credited
  // it for the word "original" alone, which also credited "Original SD fehlt" and "keine Kopie, SD
  // Original folgt"; until a remark's copy at hand is read, it is refused as missing
  ["SD Original folgt", "proof-missing"],
  ["PoS original to follow", "proof-missing"],
  ["SD originale segue", "proof-missing"],
  ["origineel DV volgt", "proof-missing"],
  ["oryginał SD doślemy", "proof-missing"],
  // (brk21 6) Polish: the original missing, on its way, to be delivered (credited before)
  ["brak oryginału", "proof-missing"],
  ["oryginału brak", "proof-missing"],
  ["oryginał w drodze", "proof-missing"],
  ["oryginał do dostarczenia", "proof-missing"],
  ["SD w drodze", "proof-missing"],
  ["SD do dostarczenia", "proof-missing"],
  ["Original SD fehlt", "proof-missing"],
  ["keine Kopie, SD Original folgt", "proof-missing"],
];

/** A receipt of the customer's material, or from an own site: before, credited. */
const RECEIPT_TOLL: Table = {
  de: ["Beistellung Kunde", "Kundenware"],
  en: ["customer-owned material"],
  fr: ["matière du client"],
  es: ["material del cliente"],
  it: ["materiale del cliente"],
  nl: ["materiaal van de klant"],
  pl: ["materiał powierzony"],
};
const RECEIPT_TRANSFER: Table = {
  de: ["Umlagerung von Werk 1", "Umbuchung aus Lager Venlo"],
  en: ["internal transfer from site A"],
  fr: ["transfert interne"],
  es: ["traslado interno"],
  it: ["trasferimento interno"],
  nl: ["interne overboeking"],
  pl: ["przesunięcie wewnętrzne"],
};

describe("a sale read as sustainable, by its remark", () => {
  it.each([
    ...tagged(SALE_TRANSFER, "internal-transfer"),
    ...tagged(SALE_TOLL, "toll-processing"),
    ...tagged(SALE_WAIVED, "sold-without-sd"),
    ...tagged(SALE_DECLARED, null),
    ...SALE_STILL_REFUSED.map(([t, r]) => ["-", t, r] as const),
  ])("%s %j: %s", (_, text, reason) => {
    expect(remarkDenial(text, false)).toBe(reason);
    // marked not sustainable, the remark agrees: nothing said
    expect(remarkDenial(text, false, () => "no")).toBeNull();
  });
});

describe("a receipt read as sustainable, by its remark", () => {
  it.each([
    ...tagged(RECEIPT_LATER, "proof-missing"),
    ...tagged(RECEIPT_CREDITED, null),
    ...RECEIPT_STILL_REFUSED.map(([t, r]) => ["-", t, r] as const),
    ...tagged(RECEIPT_TOLL, "received-toll-processing"),
    ...tagged(RECEIPT_TRANSFER, "received-internal-transfer"),
  ])("%s %j: %s", (_, text, reason) => expect(remarkDenial(text, true)).toBe(reason));
  it.each(Object.values({ ...RECEIPT_TOLL, ...RECEIPT_TRANSFER }).flat())(
    "%j beside a Sustainable no: nothing said",
    (text) => expect(remarkDenial(text, true, () => "no")).toBeNull(),
  );
});

describe("the scope of a denial", () => {
  const holds = (text: string, term: string) => {
    const toks = remarkTokens(text);
    const s = toks.indexOf(term);
    return termHolds(toks, s, s + 1);
  };
  it.each([
    ["kein Lohnauftrag", "lohnauftrag", false],
    ["keine interne Umlagerung", "umlagerung", true], // the denial reaches "interne", the term's first word
    ["Verzicht auf SD: nein", "verzicht", false],
    ["Lohnverarbeitung - SD: nein", "lohnverarbeitung", true],
    ["Kunde zahlt nicht, Lohnarbeit", "lohnarbeit", true],
    ["nicht mehr Lohnarbeit", "lohnarbeit", false],
    ["Lohnarbeit nicht", "lohnarbeit", false],
    ["nach Umlagerung verkauft", "umlagerung", false],
    ["nach Umlagerung", "umlagerung", true],
  ] as const)("%j: %s holds %s", (text, term, expected) => expect(holds(text, term)).toBe(expected));
});
