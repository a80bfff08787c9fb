// The one registry of heading bars (issue 15, p-bars): every rule by which a heading's own words keep it
// from a field, whatever else it matches, in one table. A row names the meaning of the heading's words,
// whether they bar as written or only when a negation flips them (negated-words.ts negationOf: "Nicht
// nachhaltig", "unsustainable", "nachhaltig: nein"), the fields barred, and what the bar does: refuse the
// heading as the field whoever maps it, with the reason said at its heading, or leave it unrecognised as
// the field (a user's mapping applies). The matcher, the user's mappings (corrections.ts) and the headings
// offered to map (candidate-headings.ts) all ask heading-bars.ts, which reads this table. To add a meaning
// a negation flips, or a bar, add a row here (design.md, first law: a magnitude or a meaning is never
// changed by a near match). Pure: words only.
import { QUANTITY_FIELDS } from "./field-spec";
import { FROM_MARKERS, UNTIL_MARKERS } from "./header-word-lists";
import { splitWords } from "./header-words";
import { namesOtherQuantity } from "./quantity-heading-words";
import { asksYesNo, namesOnlyScheme } from "./scheme-headings";
import { proofHeading } from "./proof-heading";
import { fold } from "./normalise";
import { GHG_TERM_BARS } from "./ghg-term-bars";
import { NO_GHG_VALUE_BARS } from "./ghg-non-value-words";
import { COUNT_BARS } from "./count-words";
import { namesDayOfMove } from "./transfer-date-words";
import type { Bar, Does, HeadingBar } from "./heading-bar-types";

export type { Bar, Does, HeadingBar };

/** Words that name a number in a heading ("SD-Nr. erhalten", "PoS no. received", "N° DD reçue"). */
const NUMBER_WORDS = new Set("nr|no|number|nummer|numero|num|nro|numer|id|n".split("|"));

/** The fields a negated heading is never: the positive ones, and the quantities (it is a part, not the whole). */
const POSITIVE = [
  "sustainable",
  "sustainablePart",
  "sustainableInputQuantity",
  "wasteResidue",
  "claim",
  ...QUANTITY_FIELDS,
];
/** The fields that name something: a certificate or SD number, a partner. Never a yes/no question's column. */
const IDENTIFIERS = [
  "supplierCertificate",
  "customerCertificate",
  "certificate",
  "certificateNumber",
  "sdNumber",
  "linkedSds",
  "supplier",
  "customer",
  "counterparty",
];
/** What a negated heading's bar does: refused, said at its heading (negated-headings.ts negatedColumns). */
const NEGATED = {
  bar: "negated",
  flip: "negated",
  fields: POSITIVE,
  does: "refuse",
  reason: "negated-heading",
} as const;

/** Words of a heading about compliance with a scheme ("ISCC compliant", "EU RED konform", "conforme"). */
export const COMPLIANCE_STEMS: readonly string[] = ["compliant", "complian", "konform", "conform"];

/** Words that name a greenhouse gas value in en/de/fr/es/it/nl: GHG, THG, GES, GEI, BKG, CO2… */
const GHG_WORDS =
  /\b(?:ghg|thg|ges|gei|bkg|\w*co2\w*|emission|emissions|emissionen|emisiones|emissioni|emissies|broeikasgas\w*|treibhausgas\w*|greenhouse|serre|invernadero|serra)\b/;

/** Whether a heading says one end of a validity and not the other ("Valide au" and no "du"). */
const saysOnly = (heading: string, end: ReadonlySet<string>, other: ReadonlySet<string>) => {
  const words = splitWords(heading);
  return words.some((w) => end.has(w)) && !words.some((w) => other.has(w));
};

/**
 * The registry, in the order a heading's negation is looked up (negationOf returns the first
 * meaning it flips). Sources: iscc-rules.md §2, §5.2 (a claim is the PoS's, never a GHG value nor
 * whether a delivery is sustainable); domain.md §7 (what cannot be read is never taken as yes).
 */
export const BARS: readonly HeadingBar[] = [
  {
    // "Nicht nachhaltig", "davon konventionell (t)", "nachhaltig: nein (t)"; not "certified":
    // "No. certificado" is a number sign before the certificate
    ...NEGATED,
    meaning: "sustainable",
    label: "sustainable",
    stems: ["sustainab", "nachhaltig", "durabl", "duurza", "sostenib", "sustentav"],
    complements: ["konventionell", "convention", "convencional", "convenzional", "fossil"],
  },
  {
    // "Kein Abfall/Reststoff", "Not waste/residue", "Non déchet"
    ...NEGATED,
    meaning: "waste or residue",
    label: "waste or residue",
    stems: ["abfall", "reststoff", "waste", "residu", "dechet", "rifiut", "afval", "scarto"],
  },
  {
    // "Non conforme RED", "Non-ISCC (t)": said where it holds quantities or was mapped, else a
    // claim kept as yes/no (negated-headings.ts claimYesNo)
    ...NEGATED,
    meaning: "claim",
    label: "compliant",
    stems: [...COMPLIANCE_STEMS, "iscc", "red"],
  },
  {
    // (p-notcert) "nicht zertifiziert (t)", "ohne Zertifikat", "uncertified", "no certificado (t)":
    // the part that is not certified
    ...NEGATED,
    meaning: "certified",
    label: "certified",
    stems: ["zertifiz", "zertifikat", "certifi", "gecertific"],
  },
  {
    // (brk11 x2) "Menge ohne SD (t)", "Qty without PoS", "quantité sans DD", "cantidad sin PoS",
    // "hoeveelheid zonder PoS", "quantità senza PoS", "Menge ohne Nachweis": the part no SD covers,
    // never the quantity an SD declares. "No SD" is the SD's number (header-words.ts), so a "no" or
    // "non" before it negates nothing.
    ...NEGATED,
    meaning: "covered by a Sustainability Declaration",
    label: "covered by a Sustainability Declaration",
    stems: ["sd", "sds", "pos", "dd", "nachweis", "nachhaltigkeitsnachweis", "nachhaltigkeitserklarung"],
    // (brk12 #4) and what is excluded from it: "Menge exkl. SD (t)", "excl. PoS", "hors DD", "escl. PoS"
    by: new Set(
      "ohne without sans sin zonder senza kein keine keinen not nicht niet geen exkl exklusive excl excluding hors exclusief escl escluso esclusa excluido excluida".split(
        " ",
      ),
    ),
    // "Non-SD (t)", "Non SD (%)": the part no SD covers, a quantity; "Non SD" alone an SD's number
    byWithUnit: new Set(["non"]),
  },
  {
    // (brk12 #4) "Anteil Neuware (%)", "virgin share (%)", "part vierge", "cuota virgen", "quota
    // vergine", "aandeel nieuw materiaal": in packaging and plastics (ISCC PLUS) the virgin part
    // is the part that is not recycled, never the circular part; "nicht recycelt", "non recyclé"
    ...NEGATED,
    meaning: "recycled",
    label: "recycled",
    stems: [
      "recycl",
      "rezykl",
      "recycel",
      "reciclad",
      "riciclat",
      "gerecycl",
      "circular",
      "zirkular",
      "circulair",
    ],
    complements: [
      "neuware",
      "neumaterial",
      "primarmaterial",
      "virgin",
      "vierge",
      "virgen",
      "vergine",
      "nieuw materiaal",
      "nieuwe grondstof",
      "maagdelijk",
    ],
  },
  {
    // "EU RED konform" is no GHG component (e_u)
    bar: "compliance",
    meaning: "compliance",
    flip: "written",
    stems: COMPLIANCE_STEMS,
    fields: ["ghg.*"],
    does: "refuse",
  },
  {
    // (p-held) "ISCC compliant (Y/N)", "conforme ISCC": a "no" under it denies a claim, not that
    // the delivery is sustainable; said as a claim kept as yes/no; a user's mapping applies
    bar: "compliance",
    meaning: "compliance",
    flip: "written",
    stems: COMPLIANCE_STEMS,
    fields: ["sustainable", "sustainablePart"],
    does: "unrecognised",
    reason: "claim-yes-no",
  },
  {
    // (brk11) "ISCC", "ISCC EU", "REDcert", "ISCC (Y/N)", "ISCC ja/nein": a scheme's name says not
    // what a "no" under it denies; held until the user maps it (unmapped-sustainable.ts); "ISCC
    // EU" is no GHG value e_u, "ISCC PLUS" over ticks no Claim (its blanks would take the default
    // claim), "ISCC" over certificate numbers the certificate only by a user's mapping
    bar: "scheme-name",
    meaning: "a scheme's name",
    flip: "written",
    names: namesOnlyScheme,
    fields: ["sustainable", "sustainablePart", "claim", "ghg.*", ...IDENTIFIERS],
    does: "unrecognised",
  },
  {
    // (brk11) "SD ausgestellt (ja/nein)", "Zertifikat (Y/N)", "Certificate j/n": a question's answers
    bar: "yes-no",
    meaning: "a yes/no question",
    flip: "written",
    names: asksYesNo,
    fields: IDENTIFIERS,
    does: "unrecognised",
  },
  {
    // (p-sdcell) "SD erhalten", "PoS received", "SD verschickt", "DD reçue", "Stato PoS": whether
    // the proof came or was sent, or its status (proof-status.ts), never which SD: its ja, 1 or date
    // was read as the SD's number; "SD-Nr. erhalten" names the number and is not barred
    bar: "proof-status",
    meaning: "a proof's status",
    flip: "written",
    names: (h) =>
      proofHeading(h) !== null &&
      !fold(h)
        .split(/[^a-z0-9]+/)
        .some((w) => NUMBER_WORDS.has(w)),
    fields: ["sdNumber", "linkedSds"],
    does: "unrecognised",
  },
  {
    // (p-gross) "Peso bruto (kg)", "Tara", "Menge atro", "Bestellmenge": never the quantity that
    // moved; header-not-found names them (candidate-headings.ts otherQuantityHeadings)
    bar: "other-quantity",
    meaning: "another quantity",
    flip: "written",
    names: namesOtherQuantity,
    fields: QUANTITY_FIELDS,
    does: "unrecognised",
  },
  {
    // "Unité GES", "Einheit THG", "Eenheid BKG": the GHG value's unit, never the quantity's
    bar: "ghg-unit",
    meaning: "GHG",
    flip: "written",
    names: (h) => GHG_WORDS.test(splitWords(h).join(" ")),
    fields: ["unit"],
    does: "unrecognised",
  },
  {
    // (h-transfer3) "Shipped on", "Received on", "Versendet am", "Reçu le", "Ontvangen op",
    // "Wysłano dnia": the day of a move, never a quantity sent or received ("Shipped (t)" is one), nor
    // a GHG value ("Enviado el" is no e_l)
    bar: "a-day",
    meaning: "the day of a move",
    flip: "written",
    names: namesDayOfMove,
    fields: [...QUANTITY_FIELDS, "received", "loss", "ghg.*"],
    does: "unrecognised",
  },
  ...GHG_TERM_BARS, // (brk22) a GHG term's heading never E nor another term; a saving's, eee's no GHG value
  ...NO_GHG_VALUE_BARS, // (brk23) a price, quota, allowance, certificate of emissions, a date: no GHG value
  ...COUNT_BARS, // (brk22) "Bestand vor Inventur": the stock before the count, never a quantity
  {
    // "Valide au", "Válido hasta", "Valido al", "Geldig tot", "gültig bis": never the first day
    bar: "other-end",
    meaning: "until",
    flip: "written",
    names: (h) => saysOnly(h, UNTIL_MARKERS, FROM_MARKERS),
    fields: ["validFrom"],
    does: "unrecognised",
  },
  {
    // "Valide du", "Válido desde", "Valido dal", "Geldig van", "gültig ab": never the last day
    bar: "other-end",
    meaning: "from",
    flip: "written",
    names: (h) => saysOnly(h, FROM_MARKERS, UNTIL_MARKERS),
    fields: ["validUntil"],
    does: "unrecognised",
  },
];
