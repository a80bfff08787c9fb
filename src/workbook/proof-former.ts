// (brk21) A remark that keeps the state it replaced in brackets, after a word of "was": "Original
// eingegangen (war: Original folgt)", "original received (was: original to follow)", "DD reçue
// (était : DD en attente)", "PoS ricevuto (era: in attesa)", "PoS recibido (era: pendiente)", "SD
// ontvangen (was: volgt)", "SD otrzymano (było: brak SD)". Before, the old state's word of missing
// refused the row though the remark says the proof came. The bracket is the state before: the
// remark reads as what stands outside it, where that says a state of its own (proof-missing.ts);
// "SD (war: fehlt)" says none and is read whole, refused as before. (brk23 3) A row's status is
// read so too (status-marks.ts): "storniert (war: geliefert)" is cancelled, "geliefert (war:
// storniert)" delivered; "(alt: …)", "(old: …)", "(bisher: …)" are former states. Pure: words only.

/** A bracket opened by a word of "was" or "before" and a colon: the state a remark replaced. */
const FORMER =
  /[([]\s*(?:war|vorher|zuvor|bisher|alt|fr(?:u|ü|ue)her|was|old|previously|formerly|before|[eé]tait|avant|ancien|era|estaba|antes|prima|voorheen|vroeger|by[lł]o|wcze[sś]niej|poprzednio)\s*:[^)\]]*[)\]]/giu;

/** `text` without its brackets of a former state ("(war: Original folgt)"), or null where it holds none. */
export function withoutFormer(text: string): string | null {
  const now = text.replace(FORMER, " ");
  return now === text ? null : now;
}
