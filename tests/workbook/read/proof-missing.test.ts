// "A proof is missing" is one meaning, read the same wherever the keeper writes it (workbook/
// proof-missing.ts): as a colour legend's meaning (its colour's receipts refused), in a Status
// cell and in a remark cell (the receipt refused at that cell, reason proof-missing). Before,
// three lists said it, each its own way: "PoS not yet received", "Nachweis kommt noch", "SD noch
// nicht da", "PoS outstanding", "en attente de la PdD", "pendiente de PoS", "nog geen SD", "SD
// manca" were missing from one or other (a legend's red receipts booked with no word, a remark
// credited whole), and "SD fehlt" under a Status heading was refused as a status unknown. On a
// delivery "SD folgt" is the declaration the add-in issues: read, not refused.
import fc from "fast-check";
import type { Finding } from "../../../src/engine/result";
import { meaningOf } from "../../../src/workbook/colour-words";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { remarkDenial } from "../../../src/workbook/remark-denials";
import { statusOf } from "../../../src/workbook/status-read";
import { serial, sheet } from "../fixtures";
import { type Lang, read, table } from "./legend-painter";

/** How a proof is said to be missing, still to come or awaited, by language. */
const MISSING: Record<Lang, string[]> = {
  de: [
    "SD fehlt",
    "SD fehlt noch",
    "fehlt noch: SD",
    "Nachweis kommt noch",
    "SD noch nicht da",
    "SD ausstehend",
    "Nachweis steht noch aus",
    "SD folgt",
    "SD wird nachgereicht",
    "noch keine SD",
    "ohne SD",
    "SD noch nicht erhalten",
    "Nachhaltigkeitsnachweis fehlt",
    "SD liegt noch nicht vor",
    "SD in Klärung",
    "warten auf SD",
    "SD-Nr. fehlt",
    "SD offen",
  ],
  en: [
    "PoS missing",
    "PoS not yet received",
    "PoS outstanding",
    "awaiting PoS",
    "PoS pending",
    "still waiting for PoS",
    "PoS to follow",
    "no PoS yet",
    "without SD",
    "PoS has not been received",
    "PoC missing",
    "certificate not yet received",
    "proof of sustainability still outstanding",
    "PoS requested",
  ],
  fr: [
    "DD manquante",
    "en attente de la PdD",
    "DD en attente",
    "DD pas encore reçue",
    "sans DD",
    "pas de DD",
    "DD à venir",
    "PdD non reçue",
    "certificat manquant",
    "la DD n'est pas encore arrivée",
    "attestation à suivre",
  ],
  es: [
    "pendiente de PoS",
    "falta SD",
    "PoS pendiente",
    "todavía sin PoS",
    "sin SD",
    "PoS aún no recibida",
    "certificado faltante",
    "a la espera del PoS",
    "PdS no recibida",
    "esperando PoS",
  ],
  it: [
    "certificato mancante",
    "SD manca",
    "manca ancora la PoS",
    "PoS in attesa",
    "senza SD",
    "PoS non ancora ricevuta",
    "in attesa della PdS",
    "dichiarazione da ricevere",
    "nessun certificato",
  ],
  nl: [
    "nog geen SD",
    "SD ontbreekt",
    "SD volgt",
    "SD nog niet ontvangen",
    "zonder SD",
    "wachten op SD",
    "SD in afwachting",
    "duurzaamheidsverklaring ontbreekt",
    "SD komt nog",
    "SD wordt nagestuurd",
  ],
};

/**
 * Words that do not say a proof is missing: a proof that has come, a proof beside, a word of
 * missing denied ("nicht fehlend", "not missing", "SD fehlt nicht mehr": the proof is there), a
 * missing thing that is no proof, and words that only look alike ("Fehlmenge", "Posten").
 */
const NOT_MISSING = [
  "SD liegt vor",
  "PoS received",
  "SD erhalten",
  "DD reçu",
  "SD ontvangen",
  "SD ricevuta",
  "PoS recibido",
  "with PoS",
  "mit SD",
  "SD nicht fehlend",
  "PoS not missing",
  "SD fehlt nicht mehr",
  "PoS no longer pending",
  "DD ne manque plus",
  "SD ontbreekt niet",
  "Rechnung fehlt",
  "invoice pending",
  "Rechnung offen, SD liegt vor",
  "Fehlmenge",
  "Posten",
  "No. SD-12 ok",
];

/**
 * Of MISSING, those that say the row goes without a proof, no time to come in them: on a delivery
 * they say no SD is issued (p-remarks), where "noch keine SD", "no PoS yet" say it is still to come.
 */
const WITHOUT_SD = [
  "ohne SD",
  "without SD",
  "sans DD",
  "pas de DD",
  "sin SD",
  "senza SD",
  "nessun certificato",
  "zonder SD",
];

const ALL: [Lang, string][] = (Object.keys(MISSING) as Lang[]).flatMap((l) =>
  MISSING[l].map((t): [Lang, string] => [l, t]),
);

const D = serial("2025-01-05");

/** A sheet of receipts (100 t, 40 t; 1 t deliveries when `sells`) with `text` in row 3 under `heading`. */
function book(heading: string, text: CellValue, sells = false) {
  const head = sells
    ? ["Date", "Customer", "Product", "Quantity (t)", "Sustainable", heading]
    : ["Date", "Supplier", "SD number", "Product", "Quantity (t)", heading];
  const row = (i: number, v: CellValue): CellValue[] =>
    sells
      ? [D + i, `C${i} AG`, "UCO", 100 - 60 * i, "yes", v]
      : [D + i, "Fett AG", `SD-${i + 1}`, "UCO", 100 - 60 * i, v];
  const { ledger, findings } = readWorkbook({
    name: "books.xlsx",
    sheets: [sheet(sells ? "Sales" : "Receipts", [head, row(0, ""), row(1, text)])],
  });
  const moved = sells ? ledger.deliveries : ledger.receipts;
  return { quantities: moved.map((r) => r.quantity), refused: refusals(findings) };
}

/** The errors said of rows, each as "cell reason". */
const refusals = (findings: Finding[]) =>
  findings
    .filter((f) => f.severity === "error" && f.code.startsWith("row-"))
    .map((f) => `${f.cell} ${(f.details as { reason?: string }).reason ?? f.code}`);

describe("every way of saying a proof is missing is read the same by all three readings", () => {
  it.each(ALL)("%s %j: a Status cell, a remark cell and a legend's meaning", (_, text) => {
    // the readings of a cell and of a legend's words
    expect(statusOf(text)).toBe("proof-missing");
    expect(remarkDenial(text, true)).toBe("proof-missing");
    expect(meaningOf(text)?.refuse).toBe(true);
    // on a receipt, under a Status and under a remark heading: refused at its cell for its proof
    for (const heading of ["Status", "Bemerkung"]) {
      const got = book(heading, text);
      expect([heading, got.quantities, got.refused]).toEqual([heading, ["100"], ["F3 proof-missing"]]);
    }
    // a legend of a red fill meaning it, under the receipts: the red receipt refused
    const p = table({ sides: false, nIn: 3, nOut: 0, redIn: [1], redOut: [] });
    p.legend(7, 0, "own-fill", "de", text);
    const legend = read(p);
    expect(legend.receipts).toEqual([4, 6]);
    expect(legend.errors).toContain("row-unconfirmed A5");
  });

  it.each(ALL.filter(([, t]) => !WITHOUT_SD.includes(t)))(
    "%s %j on a delivery: the SD the add-in issues, the delivery read",
    (_, text) => {
      for (const heading of ["Status", "Bemerkung"]) {
        const got = book(heading, text, true);
        expect([heading, got.quantities, got.refused]).toEqual([heading, ["100", "40"], []]);
      }
    },
  );

  // (p-remarks) before, these were read too and the delivery marked "yes" declared
  it.each(WITHOUT_SD)(
    "%j on a delivery marked sustainable: no SD, a contradiction refused at its cell",
    (text) => {
      for (const heading of ["Status", "Bemerkung"]) {
        const got = book(heading, text, true);
        expect([heading, got.quantities, got.refused]).toEqual([heading, ["100"], ["F3 sold-without-sd"]]);
      }
    },
  );

  it("word order and filler words do not matter (property)", () => {
    const proof = fc.constantFrom("SD", "PoS", "PoC", "DD", "PdD", "PdS", "Nachweis", "certificato");
    const missing = fc.constantFrom(
      "fehlt",
      "ausstehend",
      "missing",
      "outstanding",
      "pending",
      "manquant",
      "en attente",
      "falta",
      "pendiente",
      "manca",
      "in attesa",
      "ontbreekt",
      "in afwachting",
    );
    const filler = fc.subarray(["noch", "yet", "still", "encore", "todavía", "ancora", "nog", "leider"]);
    fc.assert(
      fc.property(proof, missing, filler, filler, fc.boolean(), (p, m, f1, f2, first) => {
        const words = first ? [p, ...f1, m, ...f2] : [m, ...f1, p, ...f2];
        const text = words.join(" ");
        return (
          statusOf(text) === "proof-missing" &&
          remarkDenial(text, true) === "proof-missing" &&
          meaningOf(text)?.refuse === true
        );
      }),
    );
  });
});

describe("what does not say a proof is missing", () => {
  it.each(NOT_MISSING)("%j is no proof missing to any reading", (text) => {
    expect(statusOf(text)).not.toBe("proof-missing");
    expect(remarkDenial(text, true)).toBeNull();
    expect(book("Status", text).refused.filter((r) => r.endsWith("proof-missing"))).toEqual([]);
    // under a remark heading the receipt is read whole
    expect(book("Bemerkung", text)).toEqual({ quantities: ["100", "40"], refused: [] });
  });

  it.each(["SD liegt vor", "PoS received", "SD erhalten", "DD reçu", "SD ontvangen"])(
    "%j as a legend's meaning leaves its colour's rows in",
    (text) => expect(meaningOf(text)?.refuse).toBe(false),
  );

  it("a status of the line itself stands beside a proof missing: a delivery 'rejected, SD missing' is refused", () => {
    expect(statusOf("rejected, SD missing")).toBe("unconfirmed");
    expect(book("Status", "rejected, SD missing", true).refused).toEqual(["F3 row-unconfirmed"]);
    expect(book("Status", "storniert, SD fehlt").quantities).toEqual(["100"]);
  });
});
