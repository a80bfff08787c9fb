// (brk15) How a remark speaks of a row's proof beyond proof-words.ts (workbook/proof-states.ts,
// read by proof-missing.ts proofSaid and remark-denials.ts remarkDenial). Before, each of these
// was credited in full (a receipt) or declared (a delivery) without a word:
// - a proof asked or labelled, answered no, blank, 0 or a dash ("SD liegt vor: nein", "SD
//   ja/nein: nein", "SD (nein)", "SD erhalten am: —", "SD: 0");
// - a proof still to come by a verb of the future, later or not yet ("SD wird noch geschickt",
//   "Lieferant schickt SD später", "SD non pervenuta"; sent later: "DD transmise plus tard", "PoS
//   sent later", where received later is there: "SD später erhalten");
// - a proof rejected, not valid, cancelled, withdrawn or wrong ("SD abgelehnt", "PoS invalid",
//   "SD storniert", "SD falsch, neu angefordert": a warning, or nothing, and full credit);
// - short names "NHN", "DV", "DS";
// - on a delivery read as sustainable, a proof not needed or not issued ("SD nicht erforderlich",
//   "SD nicht ausgestellt") and a row that is no sale ("Probe / Muster", "Eigenverbrauch").
import fc from "fast-check";
import { proofSaid } from "../../src/workbook/proof-missing";
import { remarkDenial } from "../../src/workbook/remark-denials";

const flat = (table: Record<string, string[]>): [string, string][] =>
  Object.entries(table).flatMap(([lang, texts]) => texts.map((t): [string, string] => [lang, t]));

/** A proof asked or labelled, answered no, blank, 0 or a dash; or said to come later. */
const NOT_THERE: Record<string, string[]> = {
  de: [
    "SD liegt vor: nein",
    "SD ja/nein: nein",
    "SD (nein)",
    "SD erhalten am: —",
    "SD: 0",
    "SD wird noch geschickt",
    "Lieferant schickt SD später",
    "SD Lieferant hat noch nicht geschickt",
    "SD wird nachgeschickt",
    "NHN fehlt",
    "SD noch nicht",
    "Nachweis j/n: n",
    "SD erhalten am: -",
    "SD liegt, neu angefordert",
    "SD später geschickt",
    "SD übermittelt später",
  ],
  en: [
    "PoS y/n: n",
    "PoS yes/no: no",
    "PoS (no)",
    "PoS received on: -",
    "PoS: 0",
    "PoS will be sent",
    "supplier sends PoS later",
    "PoS not yet",
    "PoS not sent yet",
    "PoS sent later",
    "PoS forwarded later",
  ],
  fr: [
    "PdD oui/non : non",
    "DD (non)",
    "DD reçue le : —",
    "DD sera envoyée",
    "DD pas encore reçue",
    "le fournisseur envoie la DD plus tard",
    "DD transmise plus tard",
    "DD envoyée plus tard",
  ],
  es: [
    "PoS si/no: no",
    "DdS (no)",
    "DdS recibida el: —",
    "DS pendiente",
    "PoS todavía no",
    "PoS se enviará más tarde",
    "DdS enviada más tarde",
  ],
  it: [
    "SD si/no: no",
    "SD (no)",
    "SD non pervenuta",
    "SD non ancora",
    "SD sarà inviata",
    "il fornitore manda la SD più tardi",
    "SD inviata più tardi",
    "SD trasmessa dopo",
  ],
  nl: [
    "DV ontbreekt",
    "SD ja/nee: nee",
    "SD (nee)",
    "DV nog niet",
    "SD wordt opgestuurd",
    "SD volgende week",
    "SD later verstuurd",
  ],
};

/** A proof rejected, not valid, cancelled, withdrawn, wrong or expired. */
const VOID: Record<string, string[]> = {
  de: [
    "SD abgelehnt",
    "SD ungültig",
    "SD storniert",
    "SD zurückgezogen",
    "SD falsch, neu angefordert",
    "SD fehlerhaft",
    "Zertifikat abgelaufen",
    "SD nicht gültig",
  ],
  en: ["PoS rejected", "PoS invalid", "PoS cancelled", "PoS withdrawn", "wrong PoS", "PoS incorrect"],
  fr: ["DD refusée", "PdD invalide", "DD annulée", "DD erronée", "DD retirée"],
  es: ["DdS rechazada", "PoS inválido", "DdS anulada", "DdS incorrecta", "PoS retirado"],
  it: ["SD respinta", "SD non valida", "SD annullata", "SD errata", "SD ritirata"],
  nl: ["SD afgewezen", "SD ongeldig", "SD geannuleerd", "DV fout", "SD ingetrokken"],
};

/** A delivery's proof not needed or not issued: it goes without an SD. */
const NOT_NEEDED: Record<string, string[]> = {
  de: ["SD nicht erforderlich", "SD nicht nötig", "SD nicht ausgestellt", "SD nicht mehr notwendig"],
  en: ["SD not required", "PoS not needed", "PoS not issued"],
  fr: ["PoS non requise", "DD pas nécessaire", "DD non émise"],
  es: ["SD no requerida", "PoS no necesario", "PoS no emitido"],
  it: ["SD non richiesta", "SD non necessaria", "SD non emessa"],
  nl: ["SD niet nodig", "SD niet vereist", "SD niet uitgegeven"],
};

/** A delivery that is no sale: a sample or own use. */
const NOT_SALE: Record<string, string[]> = {
  de: ["Probe / Muster", "Eigenverbrauch", "Muster für Kunde", "Warenprobe", "für Eigenbedarf"],
  en: ["sample", "own use", "internal consumption"],
  fr: ["échantillon", "autoconsommation", "usage interne"],
  es: ["muestra", "autoconsumo", "consumo propio"],
  it: ["campione", "autoconsumo", "consumo proprio"],
  nl: ["monster", "eigen gebruik", "eigen verbruik"],
};

/** Remarks of a proof that is there, or of no proof at all: credited, declared. */
const THERE = [
  "SD liegt vor",
  "SD ja/nein: ja",
  "SD (ja)",
  "SD erhalten am 12.03.",
  "SD erhalten am: 12.03.2025",
  "PoS received on 12 March",
  "SD: 12345",
  "SD liegt vor und wird archiviert",
  "SD erhalten, Rechnung wird nachgeschickt",
  "SD später erhalten",
  "PoS received later",
  "DD reçue plus tard",
  "DdS recibida más tarde",
  "SD ricevuta dopo",
  "SD later ontvangen",
  "SD erhalten, Rechnung später",
  "SD nicht abgelehnt",
  "Rechnung falsch, SD liegt vor",
  "Probe genommen",
  "Lieferung gemäß Muster",
  "SD ok",
  "",
];

describe("a receipt's proof not there, still to come or void gives no credit", () => {
  it.each(flat(NOT_THERE))("%s %j: proof-missing", (_, text) => {
    expect(remarkDenial(text, true)).toBe("proof-missing");
  });
  it.each(flat(VOID))("%s %j: proof-void", (_, text) => {
    expect(remarkDenial(text, true)).toBe("proof-void");
  });
  it.each(flat(NOT_NEEDED))("%s %j: no proof, no credit", (_, text) => {
    expect(remarkDenial(text, true)).toBe("proof-missing");
  });
  it.each(THERE)("%j: read as no denial", (text) => {
    expect(remarkDenial(text, true)).toBeNull();
    expect(remarkDenial(text, false)).toBeNull();
  });
});

describe("a delivery read as sustainable is not declared where its remark says no SD or no sale", () => {
  it.each(flat(NOT_NEEDED))("%s %j: sold-without-sd", (_, text) => {
    expect(remarkDenial(text, false)).toBe("sold-without-sd");
    // marked not sustainable, it goes without an SD as its remark says
    expect(remarkDenial(text, false, () => "no")).toBeNull();
  });
  it.each(flat(NOT_SALE))("%s %j: not-a-sale", (_, text) => {
    expect(remarkDenial(text, false)).toBe("not-a-sale");
    expect(remarkDenial(text, false, () => "no")).toBeNull();
  });
  // (p-sdstatus) was: no denial, the sale booked with a warning and declared anew beside the SD
  // the keeper says was cancelled or replaced; now not declared where the row is read as sustainable
  it.each(flat(VOID))("%s %j: a delivery's own SD void refuses a sale read as sustainable", (_, text) => {
    expect(proofSaid(text)).toBe("void");
    expect(remarkDenial(text, false)).toBe("sold-sd-void");
    expect(remarkDenial(text, false, () => "no")).toBeNull();
  });
});

/** Proof names, questions and labels, and answers of no, blank, 0 or a dash, in the six languages. */
const PROOFS = [
  "SD",
  "PoS",
  "PdD",
  "DD",
  "DdS",
  "PdS",
  "NHN",
  "DV",
  "DS",
  "Nachweis",
  "Nachhaltigkeitsnachweis",
];
const LABELS = [
  "",
  "liegt vor",
  "ja/nein",
  "j/n",
  "y/n",
  "yes/no",
  "oui/non",
  "si/no",
  "ja/nee",
  "erhalten",
  "erhalten am",
  "received",
  "received on",
  "reçue",
  "reçue le",
  "recibida",
  "ricevuta",
  "ontvangen",
  "vorhanden",
];
const ANSWERS = [
  "nein",
  "no",
  "non",
  "nee",
  "n",
  "N",
  "0",
  "-",
  "—",
  "–",
  "k.A.",
  "n/a",
  "keine",
  "none",
  "aucune",
];
const SEPARATORS = [": ", " : ", " ", " = ", "? ", ": (", " ("];

// CI of 137ac58 (seed 1470225976): "SD oui/non (—)" was credited, as were 1,056 of the 21,945
// combinations, every one a dash in brackets after a label ("SD liegt vor (-)"): all are read here
it("every proof × label × separator × negative answer is refused for its proof", () => {
  const credited: string[] = [];
  for (const proof of PROOFS)
    for (const label of LABELS)
      for (const sep of SEPARATORS)
        for (const answer of ANSWERS) {
          const text = `${proof}${label ? ` ${label}` : ""}${sep}${answer}${sep.endsWith("(") ? ")" : ""}`;
          if (remarkDenial(text, true) !== "proof-missing") credited.push(text);
        }
  expect(credited).toEqual([]);
});

describe("property: a proof word with a label answered no never credits a receipt", () => {
  it("any proof + label + negative answer is refused for its proof", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PROOFS),
        fc.constantFrom(...LABELS),
        fc.constantFrom(...SEPARATORS),
        fc.constantFrom(...ANSWERS),
        (proof, label, sep, answer) => {
          const close = sep.endsWith("(") ? ")" : "";
          const text = `${proof}${label ? ` ${label}` : ""}${sep}${answer}${close}`;
          expect(remarkDenial(text, true)).toBe("proof-missing");
        },
      ),
      { numRuns: 500 },
    );
  });

  it("any proof + a word of void, in any case, is refused as void", () => {
    const words = Object.values(VOID)
      .flat()
      .filter((w) => !w.includes(",") && PROOFS.some((p) => w.startsWith(`${p} `)))
      .map((w) => w.slice(w.indexOf(" ") + 1));
    fc.assert(
      fc.property(
        fc.constantFrom(...PROOFS),
        fc.constantFrom(...words.filter((w) => w !== "")),
        fc.boolean(),
        (proof, word, upper) => {
          const text = `${proof} ${word}`;
          expect(remarkDenial(upper ? text.toUpperCase() : text, true)).toBe("proof-void");
        },
      ),
      { numRuns: 300 },
    );
  });
});
