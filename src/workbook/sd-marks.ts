// What else an SD number cell may hold beside one number (sd-number.ts reads the cell): several
// numbers ("SD-2025-0001 / SD-2025-0002", "SD-2025-0001 + 0002"), a mark of doubt ("SD-2025-0001?",
// "old", "copy", "see SD-…", "tbc", a raised footnote "SD-123¹"), or the number of another document
// ("RE-4711", "INV-2025-17", "LS-4711", "Rechnung 4711") where a column headed "SD / Invoice" or
// "Beleg" mixes them. One receipt row books one SD (iscc-rules.md §5.1: one SD per delivery, each
// with its unique number), and a number in doubt or of another document backs no credit and
// names no declaration: each is refused at its cell rather than read as a number it may not be.
import { fold } from "./normalise";
import { withoutMarks } from "./script-text";
import { withoutCertificate } from "../engine/sd-key";
import { sdTokens } from "./sd-token";

/**
 * Separators between numbers in one cell: ",", ";", "|", "&", "+", a line break, a slash with a
 * space on either side, and "and" in the languages of the headings. A slash between letters and
 * digits without spaces is part of a number ("EU-ISCC-Cert-DE100-1/SD/42") and is split only where
 * every part repeats the first part's letters (sameLeadSlash).
 */
const SEPARATORS = /\s*(?:[,;|&+\n\r]|\s\/|\/\s|\s(?:and|und|et|en|och|oraz)\s)\s*/i;

/** "SD-2025-0001/SD-2025-0002": parts after a bare slash that start with the first part's letters. */
function sameLeadSlash(text: string): string[] | null {
  const parts = text.split("/");
  const lead = /^\p{L}{2,}/u.exec(parts[0] ?? "")?.[0].toLowerCase();
  if (parts.length < 2 || !lead) return null;
  return parts.every((p) => p.toLowerCase().startsWith(lead) && /\d/.test(p)) ? parts : null;
}

/**
 * The numbers a cell meant to hold one SD number names, where it names more than one, each with
 * a digit (a part without one, "SD-2025-0001, SD", is no second number): "SD-2025-0001 /
 * SD-2025-0002", "SD-2025-0001, SD-2025-0002", "SD-2025-0001 + 0002" (a continuation counts as a
 * number: it names a second SD), "SD-2025-0001 & SD-2025-0002", a line break between them. Null
 * where the cell names one number or none.
 */
export function severalSdNumbers(text: string): string[] | null {
  const parts = text
    .split(SEPARATORS)
    .map((s) => s.trim())
    .filter(Boolean);
  const numbers = parts.length > 1 ? parts : sameLeadSlash(text.trim());
  if (numbers && numbers.length >= 2 && numbers.every((p) => /\d/.test(p))) return numbers;
  // "SD-2 u. SD-4", "SD-2 bis SD-4", "SD-2 SD-4", "SD-2/-4": the shape of the tokens (sd-token.ts)
  const tokens = sdTokens(text);
  return tokens.kind === "several" ? tokens.numbers : null;
}

/**
 * Folded words (or their starts, where marked `^`) that put a number in doubt: a question ("tbc",
 * "to be confirmed", "unklar", "prüfen"), an old or copied one ("old", "alt", "copy", "Kopie",
 * "duplicate"), a pointer to another ("see", "siehe", "vgl.", "cf.", "voir", "idem", "dito"), or
 * one not yet final ("provisional", "vorläufig", "pending", "temp").
 */
const DOUBT_WORDS = new Set(
  (
    "old|alt|alte|alter|altes|ancien|ancienne|antiguo|vecchio|oud|copy|kopie|copie|copia|kopia|duplicate|" +
    "duplikat|dup|dupl|doppelt|double|see|siehe|vgl|cf|voir|vedi|zie|idem|dito|ditto|same|tbc|tbd|tba|" +
    "confirm|confirmed|bestatigen|bestaetigen|klaren|klaeren|unklar|unclear|unsure|unsicher|check|prufen|" +
    "pruefen|verify|maybe|evtl|eventuell|vielleicht|probably|wrong|falsch|pending|offen|provisional|" +
    "provisorisch|vorlaufig|vorlaeufig|preliminary|prelim|temp|temporary|vorab|sic|approx"
  ).split("|"),
);

/** A question mark, or a footnote mark or raised character written after the number ("SD-123¹"). */
const DOUBT_CHARS = /[?¿]/;

/**
 * Whether a cell that holds an SD number carries a mark of doubt beside it (DOUBT_WORDS, "?", a
 * footnote mark "*", "†", or a raised or lowered character, which NFKC would fold into a digit:
 * "SD-123¹" is not SD-1231). A run of letters alone counts as a word; letters and digits together
 * are part of the number ("DE100").
 */
export function inDoubt(text: string): boolean {
  const plain = withoutCertificate(text);
  if (DOUBT_CHARS.test(plain) || withoutMarks(plain) !== null) return true;
  // any word or sign beside the number that is not part of it (sd-token.ts): "folgt", "~", "ca."
  if (sdTokens(text).kind !== "one") return true;
  return fold(text.normalize("NFKC"))
    .split(/[^a-z0-9]+/)
    .some((w) => DOUBT_WORDS.has(w));
}

// --- p-sd6: a certificate's number in the SD column
/** Folded words that name a certificate: "Cert", "Zert.", "Zertifikat", "Certificate", "certificat", "certificado". */
const CERTIFICATE_WORD = /^(?:cert|zert)/;

/**
 * Folded words that name the SD itself ("SD", "PoS", "PoC", "Nachweis", "TNW", "Proof of
 * Sustainability"): where one stands in the cell, the number is the SD's, whatever certificate
 * code comes before it ("EU-ISCC-Cert-DE100-1/SD/42").
 */
const SD_WORD = /^(?:sd|pos|poc|tnw|nachweis|nachhaltigkeitsnachweis|teilnachweis|proof|sustainability)$/;

/**
 * Whether a cell reads as a certificate's number, not an SD's: a word naming a certificate
 * ("Cert", "Zertifikat", "Certificate") stands before the first digit, and no word anywhere names
 * the SD itself (SD_WORD): "Cert 4711", "Cert-Nr. 4711", "Zert 4711", "ISCC-Cert-DE100-4711",
 * "EU-ISCC-Cert-DE100-10001". "EU-ISCC-Cert-DE100-1/SD/42" and "EU-ISCC-Cert-DE100-10001 SD
 * 2025-0001" (an SD number that repeats the certificate's) are SD numbers, and so is "REDcert
 * 4711" ("REDcert" names the scheme). A certificate's number read as an SD's would back credit
 * with a document the cell does not name (domain.md §2: an SD number is the proof).
 */
export function certificateNumber(text: string): boolean {
  const t = fold(text.normalize("NFKC"));
  const words = t.split(/[^a-z]+/).filter(Boolean);
  if (words.some((w) => SD_WORD.test(w))) return false;
  const digit = t.search(/[0-9]/);
  const before = (digit < 0 ? t : t.slice(0, digit)).split(/[^a-z]+/).filter(Boolean);
  return before.some((w) => CERTIFICATE_WORD.test(w));
}
// --- end p-sd6

/** What kind of document a number is, in words, for the finding ("an invoice number"). */
export type OtherDocument =
  | "an invoice number"
  | "a delivery-note number"
  | "an order number"
  | "a contract number"
  | "a goods-receipt number";

/** Starts of folded words that name another document than an SD, by kind. */
const DOCUMENT_WORDS: readonly [RegExp, OtherDocument][] = [
  [/^(?:rechnung|invoice|factur|fattur|faktur|factuur)/, "an invoice number"],
  [
    /^(?:lieferschein|livraison|albaran|pakbon|bolla|ddt|frachtbrief|konnossement|lading|wiegeschein|weighbridge|cmr)/,
    "a delivery-note number",
  ],
  [/^(?:bestellung|auftrag|order|commande|pedido|ordine)/, "an order number"],
  [/^(?:vertrag|contract|kontrakt|contrat|contrato|contratto)/, "a contract number"],
];

/**
 * The usual prefixes of such numbers, directly before the digits (a separator, "Nr" or "No"
 * between them at most): "RE-4711", "RG 2025/17", "INV-2025-17", "LS-4711", "LFS 12", "DN-7",
 * "PO-88", "BOL 5". "PoS 4711", "REDcert-…" and "SD-…" do not match.
 */
const DOCUMENT_PREFIX: readonly [RegExp, OtherDocument][] = [
  [/^(?:re|rg|rn|inv|rech|fa|fak|fakt|fact)(?:[\s\-_./#:]|nr|no)*\d/i, "an invoice number"],
  [/^(?:ls|lfs|dn|bol|cmr|ddt|bl)(?:[\s\-_./#:]|nr|no)*\d/i, "a delivery-note number"],
  [/^(?:we|wes)(?:[\s\-_./#:]|nr|no)*\d/i, "a goods-receipt number"],
  [/^(?:po|ord)(?:[\s\-_./#:]|nr|no)*\d/i, "an order number"],
];

/**
 * The kind of document a cell's number belongs to where it is clearly not an SD's: it starts with
 * the prefix of an invoice, delivery note or order number ("RE-4711", "INV-2025-17", "LS-4711") or
 * names the document ("Rechnung 4711", "Invoice 2025-17", "Lieferschein 4711"). Null otherwise.
 */
export function otherDocument(text: string): OtherDocument | null {
  const t = text.normalize("NFKC").trim();
  for (const [re, kind] of DOCUMENT_PREFIX) if (re.test(t)) return kind;
  const words = fold(t)
    .split(/[^a-z]+/)
    .filter(Boolean);
  for (const [re, kind] of DOCUMENT_WORDS) if (words.some((w) => re.test(w))) return kind;
  if (words.includes("delivery") && words.includes("note")) return "a delivery-note number";
  return null;
}
