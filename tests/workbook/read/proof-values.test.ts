// (p-remarks) How a remark or Status cell speaks of a row's proof, beyond a word of missing
// (workbook/proof-missing.ts proofSaid, remark-denials.ts, declared-row.ts):
// - a proof labelled with a value of none, not applicable or not known ("SD: nein", "PoS n/a",
//   "SD: -", "PdS : non", "PoS = N", "SD: k.A."): before, such a receipt was credited whole;
// - a word of missing in a clause about another document ("SD erhalten, Rechnung fehlt"): before,
//   the receipt was refused as if its proof were missing;
// - a delivery marked sustainable whose remark says it goes without an SD ("ohne SD", "SD nicht
//   ausstellen", "nicht nachhaltig verkauft"): before, it was declared.
import fc from "fast-check";
import type { Finding } from "../../../src/engine/result";
import type { CellValue } from "../../../src/workbook/port";
import { proofSaid } from "../../../src/workbook/proof-missing";
import { readWorkbook } from "../../../src/workbook/read";
import { remarkDenial } from "../../../src/workbook/remark-denials";
import { statusOf } from "../../../src/workbook/status-read";
import { serial, sheet } from "../fixtures";
import { readTwoReceipts } from "./remark-rows";

/** A proof labelled with a value of none or not known, by language. */
const LABELLED: Record<string, string[]> = {
  de: [
    "SD: nein",
    "SD: -",
    "Nachweis: keiner",
    "SD: keine",
    "SD-Nr.: -",
    "SD: k.A.",
    "SD erhalten: nein",
    "SD = N",
    "Nachhaltigkeitsnachweis: nein",
    "SD: nicht zutreffend",
    "SD: offen",
    "SD: ?",
  ],
  en: [
    "PoS: no",
    "PoS n/a",
    "PoS: none",
    "PoS = N",
    "PoS: N/A",
    "PoS number: n/a",
    "PoS received: no",
    "PoS: not applicable",
    "PoS – none",
    "PoS: unknown",
  ],
  fr: ["PdS : non", "DD : aucune", "PdD: non", "DD : n.a.", "DD : sans objet", "DD reçue : non"],
  es: ["SD: ninguna", "PoS: no", "PdS: ninguno", "PoS: n/a", "PoS: no aplica", "PoS: n.d."],
  it: ["SD: nessuna", "PoS: no", "certificato: nessuno", "PoS: n/a", "SD: non applicabile", "SD: n.d."],
  nl: ["PoS: geen", "PoS: n.v.t.", "SD: nee", "SD: niet van toepassing", "SD ontvangen: nee", "PoS: nvt"],
};

/** A word of missing in a clause about another document, beside a proof that is there. */
const OTHER_DOCUMENT: Record<string, string[]> = {
  de: [
    "SD erhalten, Rechnung fehlt",
    "SD ok, Wiegeschein fehlt",
    "SD liegt vor; Lieferschein fehlt noch",
    "SD erhalten, fehlt Rechnung",
  ],
  en: ["PoS received, invoice missing", "PoS ok; weighbridge ticket missing", "PoS received, CMR to follow"],
  fr: ["DD reçue, facture manquante", "DD ok, bon de livraison manquant"],
  es: ["PoS recibido, falta factura", "PoS ok; falta el albarán"],
  it: ["SD ricevuta, manca la fattura", "PoS ok, manca il DDT"],
  nl: ["SD ontvangen, factuur ontbreekt", "SD ok; weegbon volgt"],
};

/** Values after a proof's label that say nothing of its absence: a number, a yes, a check. */
const LABELLED_THERE = [
  "SD: ja",
  "PoS: yes",
  "SD: 12345",
  "SD: ok",
  "SD-Nr.: SD-2025-1",
  "DD : oui",
  "SD: sí",
  "PoS: si",
  "SD: ja (12.03.)",
  "SD:",
  "PoS no. 4711",
  "SD Nr. 17",
];

/** A delivery's remark that it goes without an SD or is not sustainable, by language. */
const WITHOUT_SD: Record<string, string[]> = {
  de: [
    "ohne SD",
    "SD nicht ausstellen",
    "keine SD ausstellen",
    "nicht nachhaltig verkauft",
    "SD: nein",
    "ohne Nachweis verkauft",
    "konventionell verkauft",
  ],
  en: [
    "without PoS",
    "no PoS to be issued",
    "do not issue PoS",
    "sold as conventional",
    "not sustainable",
    "PoS: n/a",
  ],
  fr: ["sans PdD", "ne pas émettre de DD", "non durable", "DD : aucune"],
  es: ["sin PoS", "no emitir PoS", "no sostenible", "PoS: ninguna"],
  it: ["senza SD", "non emettere la SD", "non sostenibile", "SD: nessuna"],
  nl: ["zonder SD", "geen SD uitgeven", "niet duurzaam", "SD: geen"],
};

/** A delivery's remark of its SD still to come: the declaration the add-in is to issue. */
const TO_COME = [
  "SD folgt",
  "noch keine SD",
  "no PoS yet",
  "nog geen SD",
  "todavía sin PoS",
  "SD: -",
  "SD fehlt",
  "PoS pending",
  "DD en attente",
  "SD: k.A.",
];

const flat = (table: Record<string, string[]>): [string, string][] =>
  Object.entries(table).flatMap(([lang, texts]) => texts.map((t): [string, string] => [lang, t]));

const D = serial("2025-01-05");

/** The errors said of rows, each as "cell reason". */
const refusals = (findings: Finding[]) =>
  findings
    .filter((f) => f.severity === "error" && f.code.startsWith("row-"))
    .map((f) => `${f.cell} ${(f.details as { reason?: string }).reason ?? f.code}`);

/** Receipts of 100 t and 40 t, the 40 t one with `text` under `heading`: what is booked and refused. */
function receipts(heading: string, text: CellValue) {
  const { ledger, findings } = readTwoReceipts(heading, text);
  return { quantities: ledger.receipts.map((r) => r.quantity), refused: refusals(findings) };
}

/**
 * Deliveries of 100 t and 40 t, the 40 t one with `text` under `heading`; `sustainable` the 40 t
 * one's Sustainable cell (undefined: the sheet has no Sustainable column), or a part in t
 * (`part`): what is booked and refused.
 */
function deliveries(heading: string, text: CellValue, sustainable?: CellValue, part = false) {
  const flag = sustainable === undefined ? [] : [part ? "Sustainable part (t)" : "Sustainable"];
  const head = ["Date", "Customer", "Product", "Quantity (t)", ...flag, heading];
  const first = part ? 100 : "yes";
  const row = (i: number, s: CellValue, v: CellValue): CellValue[] => [
    D + i,
    `C${i} AG`,
    "UCO",
    100 - 60 * i,
    ...(sustainable === undefined ? [] : [s]),
    v,
  ];
  const { ledger, findings } = readWorkbook({
    name: "books.xlsx",
    sheets: [sheet("Sales", [head, row(0, first, ""), row(1, sustainable ?? null, text)])],
  });
  return { quantities: ledger.deliveries.map((r) => r.quantity), refused: refusals(findings) };
}

/** The errors at headings of a sheet of deliveries (no Sustainable column) remarked `text` under "Bemerkung". */
function heldAtHeading(text: string): (string | null | undefined)[] {
  const head = ["Date", "Customer", "Product", "Quantity (t)", "Bemerkung"];
  const rows = [head, [D, "C0 AG", "UCO", 100, ""], [D + 1, "C1 AG", "UCO", 40, text]];
  const { findings } = readWorkbook({ name: "books.xlsx", sheets: [sheet("Sales", rows)] });
  return findings.filter((f) => f.code === "mapping-uncertain" && f.severity === "error").map((f) => f.cell);
}

const HEADINGS = [
  "Bemerkung",
  "Remarks",
  "Note",
  "Observaciones",
  "Opmerking",
  "Osservazioni",
  "Remarque",
  "Status",
];

describe("a proof labelled with a value of none or not known gives a receipt no credit", () => {
  it.each(flat(LABELLED))(
    "%s %j: refused at its cell for its proof, under every remark heading",
    (_, text) => {
      expect(proofSaid(text)).not.toBeNull();
      expect(remarkDenial(text, true)).toBe("proof-missing");
      expect(statusOf(text)).toBe("proof-missing");
      for (const heading of HEADINGS)
        expect([heading, receipts(heading, text)]).toEqual([
          heading,
          { quantities: ["100"], refused: ["F3 proof-missing"] },
        ]);
    },
  );

  it.each(LABELLED_THERE)("%j says nothing of a proof missing: the receipt credited", (text) => {
    expect(proofSaid(text)).toBeNull();
    expect(receipts("Bemerkung", text)).toEqual({ quantities: ["100", "40"], refused: [] });
  });
});

describe("a word of missing in a clause about another document is no proof missing", () => {
  it.each(flat(OTHER_DOCUMENT))("%s %j: the receipt credited", (_, text) => {
    expect(proofSaid(text)).toBeNull();
    expect(remarkDenial(text, true)).toBeNull();
    expect(receipts("Bemerkung", text)).toEqual({ quantities: ["100", "40"], refused: [] });
  });

  it.each([
    "SD, fehlt noch",
    "SD; noch ausstehend",
    "PoS, not yet received",
    "DD, en attente",
    "SD, fehlt seit 12.03.",
  ])("%j: a clause of missing that names nothing else speaks of the proof before it", (text) =>
    expect(remarkDenial(text, true)).toBe("proof-missing"),
  );

  it("any filler clause around a caught phrase leaves it caught; a proof there beside another document missing is never caught (property)", () => {
    const caught = fc.constantFrom(
      "SD: nein",
      "PoS n/a",
      "SD fehlt",
      "ohne SD",
      "PdS : non",
      "PoS = N",
      "SD: k.A.",
      "SD: -",
      "nog geen SD",
    );
    const filler = fc.constantFrom(
      "LKW 25 t",
      "geprüft",
      "Lieferung 4711",
      "checked by QA",
      "vérifié",
      "revisado",
      "controllato",
      "gecontroleerd",
      "Tank 3",
    );
    const other = fc.constantFrom(
      "Rechnung fehlt",
      "invoice missing",
      "facture manquante",
      "falta factura",
      "manca la fattura",
      "factuur ontbreekt",
      "Wiegeschein fehlt",
      "CMR pending",
    );
    const came = fc.constantFrom(
      "SD erhalten",
      "PoS received",
      "DD reçue",
      "PoS recibido",
      "SD ricevuta",
      "SD ontvangen",
      "SD ok",
      "SD liegt vor",
    );
    const sep = fc.constantFrom(", ", "; ", "\n", " | ");
    fc.assert(
      fc.property(
        caught,
        fc.array(filler, { maxLength: 3 }),
        fc.array(filler, { maxLength: 3 }),
        sep,
        (c, before, after, s) => {
          const text = [...before, c, ...after].join(s);
          return remarkDenial(text, true) === "proof-missing";
        },
      ),
    );
    fc.assert(
      fc.property(came, other, fc.array(filler, { maxLength: 2 }), sep, fc.boolean(), (c, o, f, s, first) => {
        const text = (first ? [c, o, ...f] : [o, ...f, c]).join(s);
        return proofSaid(text) === null && remarkDenial(text, true) === null;
      }),
    );
  });
});

describe("a delivery read as sustainable whose remark says it goes without an SD is refused, never declared", () => {
  it.each(flat(WITHOUT_SD))("%s %j beside yes: refused at its cell (sold-without-sd)", (_, text) => {
    expect(remarkDenial(text, false)).toBe("sold-without-sd");
    for (const heading of ["Bemerkung", "Remarks", "Observaciones", "Status"])
      expect([heading, deliveries(heading, text, "yes")]).toEqual([
        heading,
        { quantities: ["100"], refused: ["F3 sold-without-sd"] },
      ]);
  });

  it.each(flat(WITHOUT_SD))(
    "%s %j on a sheet with no Sustainable column (all its deliveries sustainable): never declared",
    (_, text) => {
      // a proof's absence refuses the row; a word of not sustainable alone makes the remark column
      // an unmapped Sustainable column: an error at its heading holds every declaration of the sheet
      if (proofSaid(text) === "without")
        expect(deliveries("Bemerkung", text)).toEqual({
          quantities: ["100"],
          refused: ["E3 sold-without-sd"],
        });
      else expect(heldAtHeading(text)).toEqual(["E1"]);
    },
  );

  it.each(flat(WITHOUT_SD))(
    "%s %j beside no, or a sustainable part of 0: it agrees, the delivery read",
    (_, text) => {
      expect(deliveries("Bemerkung", text, "no")).toEqual({ quantities: ["100", "40"], refused: [] });
      expect(deliveries("Bemerkung", text, 0, true)).toEqual({ quantities: ["100", "40"], refused: [] });
    },
  );

  it.each(flat(WITHOUT_SD))("%s %j beside a sustainable part of 40 t: refused", (_, text) =>
    expect(deliveries("Bemerkung", text, 40, true)).toEqual({
      quantities: ["100"],
      refused: ["F3 sold-without-sd"],
    }),
  );

  it.each(TO_COME)(
    "%j beside yes: the SD still to come is the one the add-in issues, the delivery read",
    (text) => {
      expect(remarkDenial(text, false)).toBeNull();
      expect(deliveries("Bemerkung", text, "yes")).toEqual({ quantities: ["100", "40"], refused: [] });
    },
  );
});
