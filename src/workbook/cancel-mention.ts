// (brk25 §5b) What a remark that speaks of a cancellation, and is no plain "cancelled" status, says
// of its own row (status-read.ts). Before, every such remark booked the row with a warning: "Menge
// storniert und neu gebucht (Zeile 5)" credited a receipt whose quantity row 5 holds again, and a
// note "storniert" answered "ok, danke" was read as a remark. Now a remark that says the row, or
// its quantity, was (or is to be) cancelled, reversed, replaced or rebooked is unclear: the row may
// be void, its credit or SD counted twice, so it is refused at its cell ("void-unclear"). It stays
// a remark, booked and said ("mentions"), where it plainly is not about the row's validity:
//   - the cancellation is denied ("nicht storniert", "not cancelled", "keine Stornierung"); but a
//     cancellation not yet done ("noch nicht storniert", "not yet cancelled") is one to come;
//   - it names a state before, as a label ("war: storniert", "was: cancelled");
//   - it is bound to something else that was cancelled: a fee or its costs ("cancellation fee",
//     "Stornogebühr", "frais d'annulation", "spese di annullamento", "opłata za anulowanie"), a
//     price, surcharge, discount or freight ("Zuschlag entfällt", "Rabatt gestrichen"), a
//     contract ("Vertrag storniert, Ware geliefert"), an invoice ("reversal of invoice 12",
//     "Rechnung storniert": the payment's paperwork, p-remarks2), a reversal document of no
//     movement ("Storno-Rechnung folgt", credit-words.ts, p-credit);
//   - after it the keeper says the row stands: a word of validity ("war storniert, jetzt gültig",
//     "cancelled in error, valid"). A line done again ("neu gebucht", "reissued", "doch
//     geliefert", "ok, danke") is not that: it may be another row, another SD, or the
//     cancellation acknowledged.
// A reversal number ("Storno-Nr. 123 siehe Gutschrift"), a delivery note or SD cancelled ("Storno
// Lieferschein 4711", "SD-4 storniert, neu ausgestellt als SD-5"), a cancellation asked ("bitte
// stornieren", "to be cancelled") are about the row's own papers: refused. Pure: folded tokens.

/** A run of tokens [start, end) that is one word (or phrase) of cancellation. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Folded words that link a word to its object ("cancellation of", "frais d'", "spese di"); not an
 * agent's ("storniert per Rechnung 12": the row reversed by an invoice).
 */
const LINK = new Set(
  "of|von|vom|der|des|de|du|d|di|del|della|dello|dei|van|het|za|dla|the|la|le|l|el|die|das|den|'|’".split(
    "|",
  ),
);

/** Folded words of a thing other than the row's movement: a fee, its costs, a contract, an invoice. */
const OTHER = new Set(
  [
    "fee|fees|cost|costs|penalty|penalties|gebuhr|gebuehr|gebuhren|gebuehren|kosten|pauschale|frais",
    "penalite|penalites|gastos|penalizacion|spese|costo|costi|penale|penali|boete|oplata|oplaty|koszt|koszty",
    // a price, surcharge, discount or freight: "Zuschlag entfällt", "Rabatt gestrichen", "Preis storniert"
    "price|surcharge|discount|freight|preis|zuschlag|aufschlag|rabatt|skonto|fracht|frachtkosten|maut|bonus",
    "prix|remise|supplement|precio|descuento|recargo|flete|prezzo|sconto|supplemento|nolo|prijs|korting|toeslag|vracht",
    "cena|rabat|doplata",
    "contract|contracts|vertrag|vertrags|vertrages|rahmenvertrag|kontrakt|contrat|contrato|contratto|overeenkomst",
    "umowa|umowy",
    "invoice|invoices|rechnung|facture|factura|fattura|factuur|faktura|faktury",
  ]
    .join("|")
    .split("|"),
);

/** Words of a fee or contract only after the cancellation: "cancellation charge" (a German "Charge" is a batch). */
const OTHER_AFTER = new Set(["charge", "charges"]);

/** A compound of a cancellation and a fee, its costs or an invoice ("Stornogebühr", "annuleringskosten"). */
const COMPOUND = /^.{4,}(?:gebuhr|gebuehr|kosten|fee|fees|cost|costs|frais|rechnung|vertrag|koszt|oplat)$/;

/** Folded words of validity: the keeper says the row stands ("jetzt gültig", "gilt", "valid"). */
const VALID = new Set(
  "gultig|gueltig|gilt|valid|valide|valido|valida|geldig|wazny|wazna|wazne|steht|stands".split("|"),
);

/** Folded words that deny a word of validity beside them ("gilt nicht", "not valid", "nie ważny"). */
const NOT = new Set(["nicht", "not", "no", "non", "niet", "nie", "kein", "keine", "pas"]);

/** Words of a negation that says the cancellation is yet to come ("noch nicht", "not yet", "pas encore"). */
const YET = new Set(["noch", "yet", "encore", "todavia", "aun", "ancora", "nog"]);

/** The word next to `i` going `step` (±1) past linking words, or undefined. */
function neighbour(toks: readonly string[], i: number, step: 1 | -1): string | undefined {
  let k = i + step;
  while (k >= 0 && k < toks.length && LINK.has(toks[k] as string)) k += step;
  return toks[k];
}

/** Whether the cancellation at `s` names another thing as what was cancelled (see the file comment). */
function boundElsewhere(toks: readonly string[], s: Span): boolean {
  const words = toks.slice(s.start, s.end);
  if (words.length === 1 && COMPOUND.test(words[0] as string)) return true;
  const after = neighbour(toks, s.end - 1, 1);
  const before = neighbour(toks, s.start, -1);
  return (
    (after !== undefined && (OTHER.has(after) || OTHER_AFTER.has(after))) ||
    (before !== undefined && OTHER.has(before))
  );
}

/** Whether the cancellation at `s` follows a label of a state before ("war: storniert"). */
function labelled(toks: readonly string[], s: Span, auxiliaries: ReadonlySet<string>): boolean {
  return toks[s.start - 1] === ":" && auxiliaries.has(toks[s.start - 2] as string);
}

/**
 * What a remark of folded tokens `toks` says of its row where it speaks of a cancellation and is no
 * plain cancelled status: "void-unclear" (refused) or "mentions" (booked, said). `cancels`: its
 * words of cancellation not denied (status words and stems); `denied`: its denied ones ("nicht
 * storniert"); `auxiliaries`: status-words.ts AUXILIARIES (a label's "war", "was").
 */
export function cancelMention(
  toks: readonly string[],
  cancels: readonly Span[],
  denied: readonly Span[],
  auxiliaries: ReadonlySet<string>,
): "mentions" | "void-unclear" {
  if (denied.some((h) => toks.slice(h.start, h.end).some((t) => YET.has(t)))) return "void-unclear";
  const own = cancels.filter((s) => !boundElsewhere(toks, s) && !labelled(toks, s, auxiliaries));
  if (own.length === 0) return "mentions";
  const last = Math.max(...own.map((s) => s.end));
  const stands = (t: string, i: number) =>
    VALID.has(t) && !NOT.has(toks[i - 1] ?? "") && !NOT.has(toks[i + 1] ?? "");
  return toks.some((t, i) => i >= last && stands(t, i)) ? "mentions" : "void-unclear";
}
