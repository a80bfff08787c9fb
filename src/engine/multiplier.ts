// A multiplier or divisor written with a unit (p-mult): "Menge t (x 1.000)", "Qty ('000 MT)",
// "Menge in 1000 kg", "Quantity (t) in thousands", "Menge [t] /1000", "en milliers", "miles de kg",
// "×10³", "Mio. L". The first law (BRIEF): a magnitude is read exactly or refused, so a heading or
// unit cell with one is refused naming it (unit-refusals.ts "multiplier"), never read as its plain
// unit. "1.000" may be one thousand (de) or one (en), "1000 kg" is a tonne to some and a typing
// slip to others: none is read, all are refused with what to do.

// "x 1000", "x 1.000", "×1 000", "* 1000", "x10³", "x 10^3", "x 1e3"
const TIMES = /(?:^|[^a-z])[x×*]\s*(?:1(?:[.,'’\u00a0\u202f ]?000)+|10\s*(?:\^|\*\*)?\s*[0-9³⁶⁹]|1e[0-9])/i;
// "/1000", "÷ 1000", "/ 1.000", ": 1000"
const DIVIDED = /[/÷:]\s*(?:1(?:[.,'’\u00a0\u202f ]?000)+|10\s*(?:\^|\*\*)?\s*[0-9³⁶⁹])/i;
// "1000 kg", "1 000 kg", "(in 1.000 t)", "(100 kg)", "'000 MT", "(000s)", "10³ t"
const COUNT =
  /(?<![0-9.,'’])(?:1(?:[.,'’\u00a0\u202f ]?000)+|10{1,}|10\s*[³⁶⁹]|['’]0{3}|0{3}s?)\s*(?=[a-zµ'’)\]]|$)/i;
// "Tsd.", "thousands", "en milliers", "miles de kg", "Mio. L", "kMT", "duizend", "(k t)"
const WORDS =
  /(?:^|[^a-z\u00c0-\u024f])(tsd|tausend|thousands?|milliers?|mille|miles|mil|duizend|duizendtal|mio|millionen|millions?|millones?|mln|mn|mrd|milliarden?|billions?|k|kmt|kton|ktons|mmt)(?=$|[^a-z\u00c0-\u024f])/i;

/**
 * `text` with every multiplier or divisor blanked out ("Menge (Tsd. kg)" -> "Menge ( kg)"), so that
 * the unit it multiplies can be found and named.
 */
export function withoutMultipliers(text: string): string {
  let out = text;
  for (let i = 0; i < 8; i++) {
    const m = multiplierOf(out);
    if (m === null) break;
    const at = out.indexOf(m);
    out = at < 0 ? out : `${out.slice(0, at)} ${out.slice(at + m.length).replace(/^\./, "")}`;
    if (at < 0) break;
  }
  return out;
}

/**
 * The multiplier or divisor in a heading or unit text, as written ("x 1.000", "Tsd.", "1000 kg"),
 * or null when it has none. Matched on the text as typed (so "10³" is not folded to "103").
 */
export function multiplierOf(text: string): string | null {
  for (const re of [TIMES, DIVIDED, WORDS, COUNT]) {
    const m = re.exec(text);
    if (m) return m[0].replace(/^[^0-9a-z×*/÷:'’]+/i, "").trim() || m[0].trim();
  }
  return null;
}
