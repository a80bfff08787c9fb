// (brk12) Remarks that deny a receipt its credit, under a Status or a remark heading ("Bemerkung",
// "Remarks", "Remarque", "Observaciones", "Note", "Opmerking"): a proof missing or to come, only part
// sustainable, a duplicate, a proforma, a complaint, in six languages. Before, under a remark heading
// each was free text and the row credited whole; "awaiting PoS", "PoS pending", "DD en attente" and
// "SD in Klärung" were credited with a warning only (workbook/remark-denials.ts, status-words.ts).
import type { Finding } from "../../../src/engine/result";
import { remarkDenial } from "../../../src/workbook/remark-denials";
import { readReceipts } from "./status-book";

const marks = (findings: Finding[]) =>
  findings
    .filter((f) => f.code.startsWith("row-"))
    .map((f) => `${f.severity}:${f.cell}:${f.details && "reason" in f.details ? f.details.reason : f.code}`);

/** A proof missing or to come, by language. */
const PROOF_MISSING = [
  "SD folgt",
  "SD fehlt",
  "ohne SD",
  "SD in Klärung",
  "Nachweis wird nachgereicht",
  "awaiting PoS",
  "PoS pending",
  "no PoS yet",
  "DD en attente",
  "sans DD",
  "falta SD",
  "PoS pendiente",
  "manca la PoS",
  "PoS in attesa",
  "SD ontbreekt",
  "geen SD",
];

/** Only part of the row sustainable, by language. */
const PART_SUSTAINABLE = [
  "nur 60 t nachhaltig",
  "davon 40 t nachhaltig",
  "teilweise nachhaltig",
  "only 60 t sustainable",
  "partly sustainable",
  "seulement 60 t durable",
  "en partie durable",
  "solo 60 t sostenible",
  "parcialmente sostenible",
  "solo 60 t sostenibile",
  "gedeeltelijk duurzaam",
  "slechts 60 t duurzaam",
];

/** A duplicate, a proforma, a complaint (status words). */
const NOT_A_MOVEMENT = [
  "Proforma",
  "pro forma",
  "Reklamation",
  "complaint",
  "réclamation",
  "reclamación",
  "contestazione",
  "klacht",
];
const DUPLICATE = ["Doppelt erfasst", "booked twice", "en double", "registrado dos veces", "dubbel geboekt"];

const HEADINGS = ["Bemerkung", "Status", "Remarks", "Remarque", "Observaciones", "Note", "Opmerking"];

describe.each(HEADINGS)('under "%s"', (heading) => {
  it.each([...PROOF_MISSING, ...PART_SUSTAINABLE, ...NOT_A_MOVEMENT])(
    "%j refuses its receipt at its cell (an error), the account incomplete",
    async (text) => {
      const { ledger, findings } = await readReceipts(heading, ["", text]);
      expect(ledger.receipts.map((r) => r.quantity)).toEqual(["10"]);
      const said = marks(findings);
      expect(said).toHaveLength(1);
      expect(said[0]).toMatch(/^error:F3:/);
    },
  );
  it.each(DUPLICATE)("%j is not booked (a line entered twice)", async (text) => {
    const { ledger } = await readReceipts(heading, ["", text]);
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(["10"]);
  });
});

describe("what is no denial", () => {
  it.each(["SD liegt vor", "SD erhalten", "100 % nachhaltig", "nachhaltig", "LKW 25 t", "geprüft"])(
    "%j denies nothing",
    (text) => expect(remarkDenial(text, true)).toBeNull(),
  );
  it("a delivery's 'SD folgt' is the declaration the add-in issues: no denial", () =>
    expect(remarkDenial("SD folgt", false)).toBeNull());
  it.each(PROOF_MISSING)("%j: proof-missing on a receipt", (text) =>
    expect(remarkDenial(text, true)).toBe("proof-missing"),
  );
  it.each(PART_SUSTAINABLE)("%j: part-sustainable on either side", (text) =>
    expect(remarkDenial(text, false)).toBe("part-sustainable"),
  );
});
