// (p-saleremark) A sale read as sustainable whose remark says it must not get a Sustainability
// Declaration (workbook/proof-states.ts, movement-words.ts, not-sale-words.ts, remark-denials.ts).
// Before, each of the REFUSED remarks below was declared without a word:
// - a proof the customer does not want or need, waived, or that will not follow ("Kunde will kein
//   SD", "customer does not want a PoS", "SD folgt nicht", "bez SD"): sold-without-sd, as "ohne SD";
// - toll processing or the customer's own material ("nur Lohnverarbeitung", "Beistellung Kunde",
//   "toll manufacturing", "maquila", "materiał powierzony"): toll-processing;
// - a transfer between the company's own sites ("interne Umlagerung nach Werk 2", "traslado
//   interno", "przesunięcie wewnętrzne"): internal-transfer.
// KEPT are remarks of a sale that gets its SD ("SD folgt", "Kunde will SD per E-Mail", "no issues",
// "Lohnfertigung bei Müller GmbH", "Intercompany-Verkauf an Tochter GmbH"): declared as before.
import { proofSaid } from "../../src/workbook/proof-missing";
import { remarkDenial } from "../../src/workbook/remark-denials";

type Table = Record<string, string[]>;

/** The customer does not want or need an SD, waives it, or it will not follow: no SD (sold-without-sd). */
const UNWANTED: Table = {
  de: [
    "Kunde will kein SD",
    "SD folgt nicht",
    "keine NHN",
    "Kunde möchte keinen Nachweis",
    "SD nicht gewünscht",
    "Kunde verzichtet auf SD",
    "SD kommt nicht",
    "Kunde braucht die SD nicht",
  ],
  en: [
    "customer does not want a PoS",
    "no SD to be issued",
    "customer doesn't need a PoS",
    "PoS not requested",
    "customer waives PoS",
    "PoS will not follow",
  ],
  fr: [
    "client ne souhaite pas de DD",
    "le client ne veut pas la DD",
    "DD non souhaitée",
    "la DD ne suivra pas",
  ],
  es: ["el cliente no quiere DdS", "DdS no solicitada", "cliente renuncia a la DdS"],
  it: ["il cliente non vuole la DdS", "SD non voluta", "il cliente rinuncia alla SD"],
  nl: ["klant wil geen DV", "SD niet gewenst", "DV volgt niet"],
  pl: ["klient nie chce SD", "bez SD", "SD nie jest potrzebne", "klient nie potrzebuje SD"],
};

/** Toll processing, or material the customer owns or supplied: not the company's sale. */
const TOLL: Table = {
  de: ["nur Lohnverarbeitung", "Beistellung Kunde", "Lohnfertigung", "Kundenmaterial", "im Lohn verarbeitet"],
  en: [
    "toll manufacturing",
    "toll processing for customer",
    "customer-owned material",
    "customer's own material",
  ],
  fr: ["travail à façon", "façonnage", "matière du client"],
  es: ["maquila", "material del cliente"],
  it: ["conto lavorazione", "materiale fornito dal cliente"],
  nl: ["loonbewerking", "materiaal van de klant"],
  pl: ["materiał powierzony", "przerób usługowy"],
};

/** A transfer between the company's own sites: no sale. */
const TRANSFER: Table = {
  de: ["interne Umlagerung nach Werk 2", "Umlagerung Werk 1 -> Werk 2", "Werksumlagerung"],
  en: ["internal transfer to site B", "stock transfer"],
  fr: ["transfert interne vers usine 2", "livraison interne"],
  es: ["traslado interno", "transferencia interna"],
  it: ["trasferimento interno", "trasferimento tra stabilimenti"],
  nl: ["interne overboeking", "interne levering"],
  pl: ["przesunięcie wewnętrzne", "przesunięcie międzymagazynowe"],
};

/** Remarks of a sale that gets its SD, or that say nothing of one: no denial, declared as before. */
const KEPT: Table = {
  de: [
    "SD folgt",
    "Kunde will SD per E-Mail",
    "SD an Kunde geschickt",
    "nicht bezahlt",
    "SD folgt per Post",
    "Kunde will keine Papier-SD",
    "Lohnfertigung bei Müller GmbH",
    "Container-Beistellung durch Kunde",
    "Intercompany-Verkauf an Tochter GmbH",
    "Transfer per LKW",
    "interne Nr. 4711",
    "Lieferung intern geprüft",
    "keine Reklamation",
    "SD nicht vor Zahlung",
    "Fracht zahlt Kunde",
    "Kunde verzichtet nicht auf SD",
  ],
  en: ["no issues", "customer wants PoS by e-mail", "PoS to follow", "toll processed by Acme"],
  fr: ["le client veut la DD par e-mail", "pas de retard", "la DD suivra"],
  es: ["el cliente quiere la DdS por correo", "transporte por cuenta del cliente", "sin incidencias"],
  it: ["il cliente vuole la DdS via e-mail", "spedito per conto del cliente", "nessun problema"],
  nl: ["klant wil DV per mail", "DV volgt", "geen opmerkingen"],
  pl: ["klient chce SD mailem", "bez uwag", "nie zapłacono"],
};

/** Each spelling of `table` with its language and the reason it is refused by (null: none). */
const tagged = (table: Table, reason: string | null) =>
  Object.entries(table).flatMap(([lang, texts]) => texts.map((t) => [lang, t, reason] as const));

describe("a sale read as sustainable is not declared where its remark says it must not be", () => {
  it.each([
    ...tagged(UNWANTED, "sold-without-sd"),
    ...tagged(TOLL, "toll-processing"),
    ...tagged(TRANSFER, "internal-transfer"),
    ...tagged(KEPT, null),
  ])("%s %j: %s", (_, text, reason) => {
    expect(remarkDenial(text, false)).toBe(reason);
    // marked not sustainable, it goes without an SD as its remark says
    expect(remarkDenial(text, false, () => "no")).toBeNull();
  });
  it.each(Object.values(UNWANTED).flat())("%j says the sale goes without an SD", (text) =>
    expect(proofSaid(text)).toBe("without"),
  );
});

describe("on a receipt", () => {
  // "SD folgt nicht": the supplier's SD will not come; before, read as "SD fehlt nicht" (there) and credited
  it.each(["SD folgt nicht", "SD kommt nicht", "PoS will not follow", "DV volgt niet"])(
    "%j: no credit",
    (text) => expect(remarkDenial(text, true)).toBe("proof-missing"),
  );
  it.each(["SD folgt", "SD fehlt nicht", "SD liegt vor"])("%j: as before", (text) =>
    expect(remarkDenial(text, true)).toBe(text === "SD folgt" ? "proof-missing" : null),
  );
});
